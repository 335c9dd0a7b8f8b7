import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/elements/link-button/link-button.js';
import type { MonoLinkButton } from '../../../src/elements/link-button/link-button.component.js';
import { normaliseExchange } from '../../../src/core/fetcher/normalise-exchange.js';
import type { MonoLinkedDetail } from '../../../src/events/mono-linked.js';
import { createMemoryFetcher, createSandboxDriver } from '../../../src/testing/index.js';

/** Links `institutionId` in the sandbox widget, as a user would, and returns mono-linked's detail. */
async function linkIn(el: MonoLinkButton, driver: ReturnType<typeof createSandboxDriver>, institutionId: string): Promise<MonoLinkedDetail> {
  setTimeout(() => el.open());
  await oneEvent(el, 'mono-open');
  const linked = oneEvent(el, 'mono-linked');
  driver.link({ institutionId });
  return (await linked).detail;
}

describe('<mono-link-button>: mono-linked says when a link is a re-link (duplicateOf)', () => {
  it('through the in-memory fetcher, the real proxy and the sandbox: a second link of the same bank account names the first', async () => {
    const fetcher = createMemoryFetcher({ accounts: [], processingMs: 0 });
    const driver = createSandboxDriver({ simulator: fetcher.simulator });
    const el = await fixture<MonoLinkButton>(html`<mono-link-button public-key="test_pk_sandbox" exchange></mono-link-button>`);
    el.fetcher = fetcher;
    el.driver = driver;

    const first = await linkIn(el, driver, 'sandbox-kuda');
    expect(first).to.have.keys(['accountId', 'code']);

    const other = await linkIn(el, driver, 'sandbox-zenith');
    expect(other).to.not.have.property('duplicateOf');

    // Mono issues a new id on every re-link of the same account.
    const again = await linkIn(el, driver, 'sandbox-kuda');
    expect(again.accountId).to.not.equal(first.accountId);
    expect(again).to.deep.equal({ accountId: again.accountId, code: again.code, duplicateOf: first.accountId });
  });

  it('re-authorising through the sandbox keeps the account\'s id (as Mono does), and is never its own duplicate', async () => {
    const fetcher = createMemoryFetcher({ accounts: [], processingMs: 0 });
    const driver = createSandboxDriver({ simulator: fetcher.simulator });
    const el = await fixture<MonoLinkButton>(html`<mono-link-button public-key="test_pk_sandbox" exchange></mono-link-button>`);
    el.fetcher = fetcher;
    el.driver = driver;
    const { accountId } = await linkIn(el, driver, 'sandbox-gtbank');
    el.accountId = accountId;
    await el.updateComplete;
    expect(await linkIn(el, driver, 'sandbox-gtbank')).to.deep.include({ accountId }).and.not.have.property('duplicateOf');
  });

  it('the exchange answer\'s duplicateOf is read beside the id, and one that is not a usable other id is left out', () => {
    expect(normaliseExchange({ id: 'acc_new', duplicateOf: 'acc_old' })).to.deep.equal({ accountId: 'acc_new', duplicateOf: 'acc_old' });
    expect(normaliseExchange({ data: { id: 'acc_new', duplicateOf: 'acc_old' } })).to.deep.equal({ accountId: 'acc_new', duplicateOf: 'acc_old' });
    for (const duplicateOf of ['acc_new', '', '  ', 42, null, { id: 'acc_old' }]) {
      expect(normaliseExchange({ id: 'acc_new', duplicateOf })).to.deep.equal({ accountId: 'acc_new' });
    }
  });
});
