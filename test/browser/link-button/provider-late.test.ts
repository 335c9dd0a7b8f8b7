import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/elements/link-button/link-button.js';
import type { MonoLinkButton } from '../../../src/elements/link-button/link-button.component.js';
import { createSandboxDriver } from '../../../src/testing/index.js';
import { LINK_EVENTS, recordEvents, settle } from '../helpers.js';
import { exchangeOnly, recording } from './recording-driver.js';

// Everything here needs <mono-provider> undefined at the start, and a
// definition cannot be undone: one test, in a page of its own.
describe('<mono-link-button> inside a <mono-provider> defined late', () => {
  it('waits for the provider when clicked before it is defined, then uses its key, driver and fetcher; asks it when clicked after', async () => {
    const sandbox = createSandboxDriver({ issueCode: () => 'code_late' });
    const driver = recording(sandbox);
    const wrapper = await fixture<HTMLElement>(html`<div>
      <mono-provider public-key="test_pk_late" .driver=${driver} .fetcher=${exchangeOnly('acc_late')}>
        <mono-link-button id="early" exchange></mono-link-button>
        <mono-link-button id="cancelled"></mono-link-button>
        <mono-link-button id="later"></mono-link-button>
      </mono-provider>
    </div>`);
    const [early, cancelled, later] = ['early', 'cancelled', 'later'].map((id) => wrapper.querySelector<MonoLinkButton>(`#${id}`)!);
    expect(customElements.get('mono-provider')).to.equal(undefined);
    const earlyLog = recordEvents(early, LINK_EVENTS);
    const cancelledLog = recordEvents(cancelled, LINK_EVENTS);

    early.shadowRoot!.querySelector('button')!.click();
    cancelled.open();
    await settle(200);
    // Waiting, busy: no MISSING_PUBLIC_KEY, and nothing asked of any driver.
    expect(earlyLog).to.deep.equal([]);
    expect(early.shadowRoot!.querySelector('button')!.getAttribute('aria-busy')).to.equal('true');
    expect(driver.preloads).to.equal(0);
    expect(driver.opened).to.deep.equal([]);
    cancelled.close();
    expect(cancelledLog.map((e) => [e.type, e.detail])).to.deep.equal([['mono-close', { reason: 'api' }]]);

    const opened = oneEvent(early, 'mono-open');
    await import('../../../src/elements/provider/provider.js');
    await opened;
    expect(driver.opened).to.deep.equal(['test_pk_late']);
    sandbox.link();
    expect((await oneEvent(early, 'mono-linked')).detail).to.deep.equal({ accountId: 'acc_late', code: 'code_late' });
    expect(cancelledLog, 'the cancelled click stays cancelled').to.have.length(1);

    // Upgraded before the provider, clicked after: asks it at the click.
    setTimeout(() => later.open());
    await oneEvent(later, 'mono-open');
    expect(driver.opened).to.deep.equal(['test_pk_late', 'test_pk_late']);
    const closed = oneEvent(later, 'mono-close');
    later.close();
    await closed;
  });
});
