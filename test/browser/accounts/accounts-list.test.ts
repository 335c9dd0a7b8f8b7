import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import '../../../src/elements/provider/provider.js';
import { sendKeys } from '@web/test-runner-commands';
import { recordEvents } from '../helpers.js';
import { backend, gatedBackend, mount, part, root, rowOf, rows, shown, SIMULATED_ACCOUNTS } from './fixtures.js';

const { available, failed, partial } = SIMULATED_ACCOUNTS;

describe('<mono-accounts>: list, empty, loading, error', () => {
  afterEach(() => fixtureCleanup());

  it('lists the user’s accounts: bank, name, masked number (never the whole), balance, data status', async () => {
    const fetcher = backend({ accounts: [available, failed, partial] });
    const { el } = await mount(fetcher);
    expect(el.state).to.equal('ready');
    expect(rows(el)).to.have.length(3);
    const zenith = fetcher.simulator.account(available)!;
    const row = rowOf(el, zenith.bank.name)!;
    expect(shown(part(row, 'name'))).to.equal(zenith.name);
    expect(part(row, 'number').querySelector('[aria-hidden="true"]')!.textContent).to.equal(`•••• ${zenith.accountNumber.slice(-4)}`);
    expect(shown(part(row, 'number'))).to.contain(`account ending ${zenith.accountNumber.slice(-4)}`);
    expect(shown(part(row, 'balance'))).to.equal(`Balance: ${new Intl.NumberFormat('en-NG', { style: 'currency', currency: 'NGN' }).format(zenith.balance / 100)}`);
    expect(shown(part(row, 'status'))).to.equal('Up to date');
    expect(row.dataset['status']).to.equal('AVAILABLE');
    // No full account number anywhere in the element, for any account.
    for (const id of [available, failed, partial]) expect(shown(root(el))).not.to.contain(fetcher.simulator.account(id)!.accountNumber);
    // FAILED offers Reconnect (a re-authorising link button for that account) instead of Refresh.
    const failedRow = rows(el).find((candidate) => candidate.dataset['status'] === 'FAILED')!;
    const reconnect = failedRow.querySelector('mono-link-button')!;
    expect(reconnect.getAttribute('account-id')).to.equal(failed);
    expect(reconnect.hasAttribute('exchange')).to.equal(true);
    expect(failedRow.querySelector('[part="refresh"]')).to.equal(null);
    expect(shown(rows(el).find((candidate) => candidate.dataset['status'] === 'PARTIAL')!.querySelector('[part="status"]')!)).to.equal('Partly available');
    await expect(el).to.be.accessible();
  });

  it('shows "updated N ago" in the locale, and moves it on as time passes', async () => {
    const fetcher = backend({ accounts: [available] });
    const { el } = await mount(fetcher);
    // The simulator sends no update time; a finished refresh gives one.
    expect(root(el).querySelector('time')).to.equal(null);
    part(rows(el)[0]!, 'refresh').click();
    await waitUntil(() => root(el).querySelector('time'), 'the refresh time is shown');
    expect(shown(root(el).querySelector('time')!)).to.equal('Updated this minute');
    el.locale = 'fr-FR';
    (el as unknown as { now: number }).now = Date.now() + 5 * 60_000;
    await el.updateComplete;
    expect(shown(root(el).querySelector('time')!)).to.equal('Updated il y a 5 minutes');
  });

  it('choosing an account (click or Enter) fires mono-account-select and marks it current', async () => {
    const { el } = await mount(backend({ accounts: [available, partial] }));
    const log = recordEvents(el, ['mono-account-select']);
    part(rows(el)[1]!, 'main').click();
    await el.updateComplete;
    expect(el.selected).to.equal(partial);
    expect(el.getAttribute('selected')).to.equal(partial);
    expect(part(rows(el)[1]!, 'main').getAttribute('aria-current')).to.equal('true');
    part(rows(el)[0]!, 'main').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(log.map((entry) => entry.detail.accountId)).to.deep.equal([partial, available]);
    expect(part(rows(el)[0]!, 'main').getAttribute('aria-current')).to.equal('true');
    expect(part(rows(el)[1]!, 'main').getAttribute('aria-current')).to.equal('false');
  });

  it('empty: invites linking, and shows the host’s add button', async () => {
    const { el } = await mount(backend({ accounts: [] }), { extra: html`<button slot="add">Add account</button>` });
    expect(el.state).to.equal('empty');
    expect(shown(part(root(el) as unknown as Element, 'empty'))).to.contain('No bank accounts linked yet');
    const slot = root(el).querySelector<HTMLSlotElement>('slot[name="add"]')!;
    expect(slot.assignedElements().map((node) => node.textContent)).to.deep.equal(['Add account']);
    await expect(el).to.be.accessible();
  });

  it('the add slot is shown below the list too', async () => {
    const { el } = await mount(backend({ accounts: [available] }), { extra: html`<button slot="add">Add account</button>` });
    const slot = root(el).querySelector<HTMLSlotElement>('slot[name="add"]')!;
    expect(slot.assignedElements()).to.have.length(1);
    expect(root(el).querySelector('[part="list"]')!.compareDocumentPosition(slot) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
  });

  it('loading: a busy skeleton until the list arrives', async () => {
    const { fetcher, gate } = gatedBackend([available]);
    gate.stall = true;
    const wrapper = document.createElement('div');
    document.body.append(wrapper);
    const el = document.createElement('mono-accounts');
    el.fetcher = fetcher;
    wrapper.append(el);
    await el.updateComplete;
    expect(el.state).to.equal('loading');
    const skeleton = root(el).querySelector('[part="skeleton"]')!;
    expect(skeleton.getAttribute('aria-busy')).to.equal('true');
    expect(shown(skeleton)).to.equal('Loading your accounts…');
    await expect(el).to.be.accessible();
    wrapper.remove();
  });

  it('error: says so in words, fires mono-error, and Retry loads the list', async () => {
    const { fetcher, gate } = gatedBackend([available]);
    gate.fail = 1;
    const errors: CustomEvent[] = [];
    document.addEventListener('mono-error', (event) => errors.push(event), { once: true });
    const { el } = await mount(fetcher);
    expect(el.state).to.equal('error');
    expect(shown(part(root(el) as unknown as Element, 'error'))).to.contain('Your accounts could not be loaded.');
    expect(errors[0]!.detail).to.deep.include({ phase: 'fetch' });
    expect(errors[0]!.detail.error.code).to.equal('HTTP_503');
    await expect(el).to.be.accessible();
    root(el).querySelector<HTMLButtonElement>('[part="retry"]')!.click();
    await waitUntil(() => el.state === 'ready', 'the list loads on retry');
    expect(rows(el)).to.have.length(1);
  });

  it('an account the backend could not read is a row that says so; the others show', async () => {
    const gone = 'aaaaaaaaaaaaaaaaaaaaaaaa';
    const errors: CustomEvent[] = [];
    document.addEventListener('mono-error', (event) => errors.push(event), { once: true });
    const { el } = await mount(backend({ accounts: [available, gone] }));
    expect(rows(el)).to.have.length(2);
    const row = rows(el).find((candidate) => candidate.matches('[part~="unreadable"]'))!;
    expect(shown(row)).to.contain('This account could not be read right now.');
    expect(row.querySelector('[part="disconnect"]')).to.exist;
    expect(errors[0]!.detail.error.code).to.equal('ACCOUNTS_UNREADABLE');
    expect(errors[0]!.detail.error.message).to.contain(`${gone} ACCOUNT_NOT_FOUND`);
    await expect(el).to.be.accessible();
  });

  it('finds its fetcher through <mono-provider>, and shows a bank’s logo from getInstitutions() when one matches', async () => {
    const fetcher = backend({
      accounts: [available],
      institutions: { institutions: [{ id: 'zen', name: 'Zenith Bank Plc', icon: 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', authMethods: ['internet_banking'] }] },
    });
    const wrapper = await fixture<HTMLElement>(html`<mono-provider .fetcher=${fetcher}><mono-accounts></mono-accounts></mono-provider>`);
    const el = wrapper.querySelector('mono-accounts')!;
    await waitUntil(() => el.state === 'ready', 'listed through the provider');
    await waitUntil(() => rows(el)[0]!.querySelector('img[part="logo"]'), 'the logo');
    expect(rows(el)[0]!.querySelector('img')!.getAttribute('alt')).to.equal('');
  });

  it('says what the host overrides through the provider (messages by tag), in the nearest lang', async () => {
    const messages = { en: { 'mono-accounts': { emptyTitle: 'Nothing linked' } }, yo: { 'mono-accounts': { emptyTitle: 'Kò sí àkáǹtì' } } };
    const wrapper = await fixture<HTMLElement>(
      html`<mono-provider .fetcher=${backend({ accounts: [] })} .messages=${messages}><mono-accounts></mono-accounts></mono-provider>`,
    );
    const el = wrapper.querySelector('mono-accounts')!;
    await waitUntil(() => el.state === 'empty');
    expect(shown(root(el).querySelector('.empty-title')!)).to.equal('Nothing linked');
    wrapper.setAttribute('lang', 'yo');
    await waitUntil(() => shown(root(el).querySelector('.empty-title')!) === 'Kò sí àkáǹtì', 'the lang change re-renders');
  });

  it('a fetcher without listAccounts: the error state, without Retry, and a developer message', async () => {
    const { listAccounts: _, ...older } = backend();
    const errors: CustomEvent[] = [];
    document.addEventListener('mono-error', (event) => errors.push(event), { once: true });
    const { el } = await mount(older);
    expect(el.state).to.equal('error');
    expect(root(el).querySelector('[part="retry"]')).to.equal(null);
    expect(errors[0]!.detail.error.code).to.equal('NO_LIST_ACCOUNTS');
    expect(errors[0]!.detail.error.message).to.contain('listAccounts()');
  });
});
