import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import '../../../src/elements/reauth-prompt/reauth-prompt.js';
import type { MonoReauthPrompt } from '../../../src/elements/reauth-prompt/reauth-prompt.component.js';
import { rowsFetcher } from '../data/fixtures.js';
import { recordEvents, settle } from '../helpers.js';
import { emitLive, livePost, liveStats, withLiveEvents } from '../live/live-fixture.js';

const ACCOUNT = 'aaaaaaaaaaaaaaaaaaaaaaa1';
const OTHER = 'bbbbbbbbbbbbbbbbbbbbbbb2';

describe('<mono-reauth-prompt>', () => {
  beforeEach(() => livePost('/reset'));
  afterEach(async () => {
    fixtureCleanup();
    document.querySelector('#sibling')?.remove();
    await waitUntil(async () => (await liveStats()).open === 0, 'the stream closes with the element');
  });

  const mount = async () => {
    const element = await fixture<MonoReauthPrompt>(
      html`<mono-reauth-prompt account-id=${ACCOUNT} public-key="test_pk_demo" .fetcher=${withLiveEvents(rowsFetcher([]))}></mono-reauth-prompt>`,
    );
    const log = recordEvents(element, ['mono-reauth-required', 'mono-reauthorized']);
    return { element, log };
  };
  const base = (element: MonoReauthPrompt) => element.shadowRoot!.querySelector('[part="base"]');

  it('renders nothing until needed: state ok, not displayed', async () => {
    const { element } = await mount();
    expect(element.getAttribute('state')).to.equal('ok');
    expect(base(element)).to.equal(null);
    expect(getComputedStyle(element).display).to.equal('none');
  });

  it('reauthorisation_required shows a message and a re-authorise button for this account; account_reauthorized hides it', async () => {
    const { element, log } = await mount();
    await emitLive({ type: 'reauthorisation_required', accountId: ACCOUNT });
    await waitUntil(() => element.state === 'required', 'required');
    await element.updateComplete;
    expect(element.getAttribute('state')).to.equal('required');
    expect(getComputedStyle(element).display).to.not.equal('none');
    expect(base(element)!.getAttribute('role')).to.equal('alert');
    expect(base(element)!.textContent).to.match(/sign in again/);
    const button = element.shadowRoot!.querySelector('mono-link-button')!;
    expect(button.getAttribute('account-id')).to.equal(ACCOUNT);
    expect(button.exchange).to.equal(true);
    expect(log.map((entry) => [entry.type, entry.detail])).to.deep.equal([['mono-reauth-required', { accountId: ACCOUNT }]]);

    await emitLive({ type: 'account_reauthorized', accountId: ACCOUNT });
    await waitUntil(() => element.state === 'ok', 'ok again');
    await element.updateComplete;
    expect(base(element)).to.equal(null);
    expect(log.map((entry) => entry.type)).to.deep.equal(['mono-reauth-required', 'mono-reauthorized']);
  });

  it('another account’s events change nothing', async () => {
    const { element, log } = await mount();
    // A second prompt, for the other account, on the same page (and the same event stream).
    const other = document.createElement('mono-reauth-prompt');
    other.id = 'sibling';
    other.accountId = OTHER;
    other.fetcher = withLiveEvents(rowsFetcher([]));
    document.body.append(other);
    await emitLive({ type: 'reauthorisation_required', accountId: OTHER });
    await settle(300);
    expect(element.state).to.equal('ok');
    expect(log).to.have.length(0);
  });

  it('a backend answer for this account that says "re-authorise" shows it too', async () => {
    const { element, log } = await mount();
    const sibling = document.createElement('div') as HTMLDivElement & { accountId?: string };
    sibling.accountId = OTHER;
    sibling.id = 'sibling';
    document.body.append(sibling);
    const error = { code: 'HTTP_400', message: 'Account requires reauthorization' };
    sibling.dispatchEvent(new CustomEvent('mono-error', { detail: { error, phase: 'fetch' }, bubbles: true, composed: true }));
    expect(element.state).to.equal('ok');
    sibling.accountId = ACCOUNT;
    sibling.dispatchEvent(new CustomEvent('mono-error', { detail: { error: { code: 'HTTP_500', message: 'Oops' }, phase: 'fetch' }, bubbles: true, composed: true }));
    expect(element.state).to.equal('ok');
    sibling.dispatchEvent(new CustomEvent('mono-error', { detail: { error, phase: 'fetch' }, bubbles: true, composed: true }));
    expect(element.state).to.equal('required');
    expect(log.map((entry) => entry.type)).to.deep.equal(['mono-reauth-required']);
  });

  it('finishing re-authorisation in the widget (its button’s mono-success) clears it', async () => {
    const { element, log } = await mount();
    element.require();
    await element.updateComplete;
    const button = element.shadowRoot!.querySelector('mono-link-button')!;
    button.dispatchEvent(new CustomEvent('mono-success', { detail: { code: 'code_1', data: {} }, bubbles: true, composed: true }));
    expect(element.state).to.equal('ok');
    expect(log.map((entry) => [entry.type, entry.detail])).to.deep.equal([
      ['mono-reauth-required', { accountId: ACCOUNT }],
      ['mono-reauthorized', { accountId: ACCOUNT }],
    ]);
  });
});
