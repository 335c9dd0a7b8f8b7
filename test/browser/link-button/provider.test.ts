import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/elements/link-button/link-button.js';
import type { MonoLinkButton } from '../../../src/elements/link-button/link-button.component.js';
import type { MonoFetcher } from '../../../src/core/fetcher/types.js';
import type { MonoProvider } from '../../../src/elements/provider/provider.component.js';
import type { WidgetDriver } from '../../../src/core/widget/types.js';
import { createSandboxDriver, type SandboxDriver } from '../../../src/testing/index.js';

const exchangeOnly = (accountId: string): MonoFetcher => {
  const unused = () => Promise.reject(new Error('not used in this test'));
  return { exchangeCode: async () => ({ accountId }), getAccount: unused, getTransactions: unused };
};

/** The sandbox driver, noting the public key of every widget it opens. */
const noting = (driver: SandboxDriver): WidgetDriver & { keys: string[] } => {
  const keys: string[] = [];
  return {
    keys,
    origin: driver.origin,
    preload: () => driver.preload(),
    open: (config, callbacks, signal) => {
      keys.push(config.key);
      return driver.open(config, callbacks, signal);
    },
  };
};

// The button asks its provider only when the user acts, so these run in
// order in one page: first a provider that is not defined yet, then one
// whose values change after the button was upgraded.
describe('<mono-link-button> inside <mono-provider>', () => {
  it('reaches a provider defined after the button was upgraded', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <mono-provider public-key="test_pk_from_provider"><mono-link-button exchange></mono-link-button></mono-provider>
    </div>`);
    const provider = wrapper.querySelector<MonoProvider>('mono-provider')!;
    const button = wrapper.querySelector<MonoLinkButton>('mono-link-button')!;
    expect(customElements.get('mono-provider')).to.equal(undefined);
    await import('../../../src/elements/provider/provider.js');
    const driver = createSandboxDriver({ issueCode: () => 'code_provided' });
    const noted = noting(driver);
    provider.driver = noted;
    provider.fetcher = exchangeOnly('acc_from_provider');
    await provider.updateComplete;

    setTimeout(() => button.open());
    await oneEvent(button, 'mono-open');
    expect(noted.keys).to.deep.equal(['test_pk_from_provider']);
    driver.link();
    const linked = await oneEvent(button, 'mono-linked');
    expect(linked.detail).to.deep.equal({ accountId: 'acc_from_provider', code: 'code_provided' });
  });

  it('reads the provider when the user acts, so later changes count', async () => {
    const first = noting(createSandboxDriver());
    const provider = await fixture<MonoProvider>(html`<mono-provider public-key="test_pk_first" .driver=${first}><mono-link-button></mono-link-button></mono-provider>`);
    const button = provider.querySelector<MonoLinkButton>('mono-link-button')!;
    const second = noting(createSandboxDriver());
    provider.publicKey = 'test_pk_second';
    provider.driver = second;
    await provider.updateComplete;

    setTimeout(() => button.open());
    await oneEvent(button, 'mono-open');
    expect(first.keys).to.deep.equal([]);
    expect(second.keys).to.deep.equal(['test_pk_second']);
    const closed = oneEvent(button, 'mono-close');
    button.close();
    expect((await closed).detail).to.deep.equal({ reason: 'api' });
  });

  it('refuses a secret key that comes from the provider, loading nothing', async () => {
    const driver = noting(createSandboxDriver());
    const provider = await fixture<MonoProvider>(html`<mono-provider public-key="live_sk_not_a_real_key" .driver=${driver}><mono-link-button></mono-link-button></mono-provider>`);
    const button = provider.querySelector<MonoLinkButton>('mono-link-button')!;
    setTimeout(() => button.open());
    const error = await oneEvent(button, 'mono-error');
    expect(error.detail.phase).to.equal('config');
    expect(error.detail.error.code).to.equal('SECRET_KEY_REFUSED');
    expect(driver.keys).to.deep.equal([]);
  });
});
