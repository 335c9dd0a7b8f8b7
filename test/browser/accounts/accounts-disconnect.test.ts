import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/account-status/account-status.js';
import type { MonoAccounts } from '../../../src/elements/accounts/accounts.component.js';
import { recordEvents } from '../helpers.js';
import { emitLive, livePost, liveStats, withLiveEvents } from '../live/live-fixture.js';
import { announced, backend, gatedBackend, mount, part, root, rows, shown, SIMULATED_ACCOUNTS } from './fixtures.js';

const { available, partial, empty } = SIMULATED_ACCOUNTS;
const dialog = (el: MonoAccounts) => root(el).querySelector('dialog')!;
const active = (el: MonoAccounts) => root(el).activeElement;

async function press(el: MonoAccounts, key: string) {
  await sendKeys({ press: key });
  await el.updateComplete;
}

describe('<mono-accounts>: disconnect', () => {
  afterEach(() => fixtureCleanup());

  it('keyboard only: Tab to Disconnect, Enter opens the dialog with focus inside, Escape returns focus; confirming removes the account', async () => {
    const fetcher = backend({ accounts: [available, partial] });
    const { el, wrapper } = await mount(fetcher);
    const log = recordEvents(el, ['mono-unlinked']);
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    // The first account: its main area, Refresh, Disconnect.
    for (let i = 0; i < 3; i++) await press(el, 'Tab');
    const trigger = part(rows(el)[0]!, 'disconnect');
    expect(active(el)).to.equal(trigger);

    await press(el, 'Enter');
    await waitUntil(() => dialog(el).open, 'the dialog opens');
    expect(dialog(el).contains(active(el))).to.equal(true, 'focus is in the dialog');
    expect(shown(active(el)!)).to.equal('Cancel');
    expect(root(el).getElementById(dialog(el).getAttribute('aria-labelledby')!)!.textContent).to.equal('Disconnect this account?');
    expect(shown(root(el).getElementById(dialog(el).getAttribute('aria-describedby')!)!)).to.match(/ending \d{4} will no longer be shared/);
    await expect(el).to.be.accessible();

    await press(el, 'Escape');
    await waitUntil(() => !dialog(el).open, 'Escape closes it');
    expect(active(el)).to.equal(trigger, 'focus is back on Disconnect');
    expect(rows(el)).to.have.length(2);
    expect(log).to.deep.equal([]);

    await press(el, 'Enter');
    await waitUntil(() => dialog(el).open);
    await press(el, 'Tab');
    expect(shown(active(el)!)).to.equal('Disconnect');
    await press(el, 'Enter');
    await waitUntil(() => rows(el).length === 1, 'the account leaves the list');
    expect(dialog(el).open).to.equal(false);
    expect(log.map((entry) => entry.detail)).to.deep.equal([{ accountId: available }]);
    expect(fetcher.simulator.account(available)).to.equal(undefined, 'unlinked at Mono');
    await el.updateComplete;
    expect(active(el)).to.equal(part(rows(el)[0]!, 'main'), 'focus moves to the next account');
    expect(announced(el)).to.match(/ending \d{4} was disconnected\.$/);
    // The backend's list agrees.
    expect((await fetcher.listAccounts!()).accounts.map((account) => account.id)).to.deep.equal([partial]);
  });

  it('disconnecting the last account leaves the empty state, with focus on it', async () => {
    const { el } = await mount(backend({ accounts: [available] }));
    part(rows(el)[0]!, 'disconnect').click();
    await waitUntil(() => dialog(el).open);
    dialog(el).querySelector<HTMLButtonElement>('.confirm')!.click();
    await waitUntil(() => el.state === 'empty', 'empty');
    await el.updateComplete;
    expect(active(el)).to.equal(root(el).querySelector('.empty-title'));
    await expect(el).to.be.accessible();
  });

  it('a failed disconnect is said in the dialog, which stays open; mono-error tells developers', async () => {
    const { fetcher, gate } = gatedBackend([available]);
    const { el } = await mount(fetcher);
    const log = recordEvents(el, ['mono-error', 'mono-unlinked']);
    part(rows(el)[0]!, 'disconnect').click();
    await waitUntil(() => dialog(el).open);
    gate.fail = 1;
    dialog(el).querySelector<HTMLButtonElement>('.confirm')!.click();
    await waitUntil(() => log.length === 1, 'mono-error');
    await el.updateComplete;
    expect(log[0]!.detail.error.code).to.equal('HTTP_503');
    expect(dialog(el).open).to.equal(true);
    expect(shown(dialog(el).querySelector('[role="alert"]')!)).to.equal('The account could not be disconnected. Try again.');
    expect(rows(el)).to.have.length(1);
    expect(gate.methods.filter((request) => request.startsWith('DELETE'))).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('an account disconnected by another element on the page leaves this list too (mono-unlinked)', async () => {
    const fetcher = backend({ accounts: [available, partial] });
    const wrapper = await fixture<HTMLElement>(html`<div>
      <mono-accounts id="a" .fetcher=${fetcher}></mono-accounts>
      <mono-accounts id="b" .fetcher=${fetcher}></mono-accounts>
    </div>`);
    const [a, b] = [wrapper.querySelector<MonoAccounts>('#a')!, wrapper.querySelector<MonoAccounts>('#b')!];
    await waitUntil(() => a.state === 'ready' && b.state === 'ready');
    part(rows(a)[1]!, 'disconnect').click();
    await waitUntil(() => dialog(a).open);
    dialog(a).querySelector<HTMLButtonElement>('.confirm')!.click();
    await waitUntil(() => rows(b).length === 1, 'gone from the other list');
    expect(rows(a)).to.have.length(1);
    expect(announced(b)).to.match(/is no longer linked\.$/);
    await b.updateComplete;
    // Focus follows the user's own action in one list; the other list does not take it.
    expect(active(a)).to.equal(part(rows(a)[0]!, 'main'));
    expect(active(b)).to.equal(null);
  });

  it('a newly linked account joins the list (mono-linked); a re-link takes the place of its duplicate', async () => {
    const fetcher = backend({ accounts: [available, partial] });
    const { el } = await mount(fetcher);
    const { accountId } = await fetcher.exchangeCode(fetcher.simulator.issueCode({ accountId: empty }));
    document.body.dispatchEvent(new CustomEvent('mono-linked', { detail: { accountId, code: 'c' }, bubbles: true, composed: true }));
    await waitUntil(() => rows(el).length === 3, 'the new account is listed');
    const code = fetcher.simulator.issueCode();
    const relinked = await fetcher.exchangeCode(code);
    document.body.dispatchEvent(new CustomEvent('mono-linked', { detail: { accountId: relinked.accountId, code, duplicateOf: partial }, bubbles: true, composed: true }));
    await waitUntil(() => rows(el)[1]!.querySelector('[part="main"]') && !rows(el).some((row) => row.textContent!.includes(fetcher.simulator.account(partial)!.name)), 'replaced');
    expect(rows(el)).to.have.length(3);
    expect(shown(part(rows(el)[1]!, 'name'))).to.equal(fetcher.simulator.account(relinked.accountId)!.name);
  });
});

describe('<mono-accounts>: live account_unlinked', () => {
  beforeEach(() => livePost('/reset'));
  afterEach(async () => {
    fixtureCleanup();
    await waitUntil(async () => (await liveStats()).open === 0, 'streams closed with the element');
  });

  it('an account unlinked elsewhere (a live event) leaves the list; focus on its row moves on', async () => {
    const fetcher = withLiveEvents(backend({ accounts: [available, partial] }));
    const { el } = await mount(fetcher);
    part(rows(el)[0]!, 'main').focus();
    await emitLive({ type: 'account_unlinked', accountId: available });
    await waitUntil(() => rows(el).length === 1, 'removed live');
    await el.updateComplete;
    expect(active(el)).to.equal(part(rows(el)[0]!, 'main'));
    expect(announced(el)).to.match(/is no longer linked\.$/);
    await expect(el).to.be.accessible();
  });

  it('a re-link leaves the live stream without the replaced id at once, though another element subscribes to the new one in the same event', async () => {
    const fetcher = withLiveEvents(backend({ accounts: [available, partial] }));
    const { el, wrapper } = await mount(fetcher);
    await waitUntil(async () => (await liveStats()).urls.some((url) => url.includes(`account=${partial}`)), 'the list hears both accounts');
    const status = document.createElement('mono-account-status');
    Object.assign(status, { fetcher });
    wrapper.append(status);
    const code = fetcher.simulator.issueCode();
    const relinked = await fetcher.exchangeCode(code);
    const before = (await liveStats()).urls.length;
    // The list's re-read takes a while, as over a network: the window where a stale id could be asked for.
    fetcher.simulator.faults.latencyMs = 400;
    // As a page does (the demo): the status element follows the new account, in the same event.
    document.addEventListener('mono-linked', (event) => status.setAttribute('account-id', event.detail.accountId), { once: true });
    document.body.dispatchEvent(new CustomEvent('mono-linked', { detail: { accountId: relinked.accountId, code, duplicateOf: partial }, bubbles: true, composed: true }));
    await waitUntil(async () => (await liveStats()).urls.slice(before).some((url) => url.includes(`account=${relinked.accountId}`)), 'a stream for the new id');
    await waitUntil(() => rows(el).some((row) => shown(part(row, 'name')) === fetcher.simulator.account(relinked.accountId)!.name), 'the list re-read');
    // Every stream opened since asked only for ids this user may read: the backend would refuse the whole stream otherwise.
    fetcher.simulator.faults.latencyMs = 0;
    const opened = (await liveStats()).urls.slice(before);
    expect(opened.filter((url) => url.includes(`account=${partial}`))).to.deep.equal([]);
    // The last reopen settled: no stream is still connecting when the element goes (afterEach counts open ones).
    await waitUntil(async () => (await liveStats()).open === 1, 'one stream open, for the list and the status together');
  });

  it('reauthorisation_required offers Reconnect at once; account_reauthorized takes it away', async () => {
    const fetcher = withLiveEvents(backend({ accounts: [available] }));
    const { el } = await mount(fetcher);
    await emitLive({ type: 'reauthorisation_required', accountId: available });
    await waitUntil(() => rows(el)[0]!.querySelector('mono-link-button'), 'Reconnect');
    await emitLive({ type: 'account_reauthorized', accountId: available });
    await waitUntil(() => rows(el)[0]!.querySelector('[part="refresh"]'), 'Refresh again');
  });
});
