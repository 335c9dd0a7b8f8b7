import { expect, fixture, fixtureCleanup, html, nextFrame, waitUntil } from '@open-wc/testing';
import '../../../src/elements/transactions/transactions.js';
import type { MonoTransactions } from '../../../src/elements/transactions/transactions.component.js';
import { SIMULATED_ACCOUNTS } from '../../../src/testing/index.js';
import { A, twoUserBackend } from '../fetcher/cache-backend.js';
import { emitLive, livePost, LIVE_ENDPOINT, liveStats } from '../live/live-fixture.js';

const rows = (el: MonoTransactions) => [...el.shadowRoot!.querySelectorAll('tbody tr:not(.skeleton)')].map((row) => row.textContent!.replace(/\s+/g, ' ').trim());
const button = (el: MonoTransactions, part: string) => el.shadowRoot!.querySelector<HTMLButtonElement>(`[part="${part}"]`)!;
/** Page `page`'s rows on screen (its number shown under them, not only asked for). */
const shown = (el: MonoTransactions, page: number) =>
  el.state === 'ready' && !!el.shadowRoot!.querySelector('[part="pagination"] span')?.textContent?.trim().startsWith(`Page ${page} `);
const ready = (el: MonoTransactions, page = 1) => waitUntil(() => shown(el, page), `page ${page} ready`, { timeout: 4000 });
const transactionRequests = (sent: { path: string }[]) => sent.filter((request) => request.path.includes('/transactions'));

describe('<mono-transactions> with the fetcher’s cache', () => {
  afterEach(() => fixtureCleanup());

  it('revisiting page 1 inside the window shows its rows at once, with 0 requests', async () => {
    const backend = twoUserBackend();
    const el = await fixture<MonoTransactions>(html`<mono-transactions account-id=${A} .fetcher=${backend.fetcher(() => 'ada')}></mono-transactions>`);
    await ready(el);
    const first = rows(el);
    button(el, 'next').click();
    await ready(el, 2);
    const before = backend.sent.length;
    backend.simulator.faults.latencyMs = 1000;
    button(el, 'previous').click();
    // Before the next frame is painted: no loading state a user could see.
    await nextFrame();
    expect(shown(el, 1)).to.equal(true);
    expect(rows(el)).to.deep.equal(first);
    expect(backend.sent.length).to.equal(before, '0 requests');
    await expect(el).to.be.accessible();
  });

  it('after the window, page 1 is shown at once from the cache, read again, and updated when it changed', async () => {
    const backend = twoUserBackend();
    const el = await fixture<MonoTransactions>(
      html`<mono-transactions account-id=${A} .fetcher=${backend.fetcher(() => 'ada', { cache: { maxAge: 100 } })}></mono-transactions>`,
    );
    await ready(el);
    const first = rows(el);
    button(el, 'next').click();
    await ready(el, 2);
    await new Promise((resolve) => setTimeout(resolve, 150));
    for (const transaction of backend.simulator.account(A)!.transactions) transaction.narration = `UPDATED ${transaction.narration}`;
    backend.simulator.faults.latencyMs = 300;
    const before = transactionRequests(backend.sent).length;
    button(el, 'previous').click();
    await nextFrame();
    expect(shown(el, 1)).to.equal(true);
    expect(rows(el)).to.deep.equal(first, 'the rows it had, at once');
    expect(transactionRequests(backend.sent).length).to.equal(before + 1, 'read again in the background');
    await waitUntil(() => rows(el)[0]?.includes('UPDATED'), 'the new rows replace them', { timeout: 4000 });
    expect(el.state).to.equal('ready');
    expect(el.page).to.equal(1);
  });

  it('asks for the account and the first page together: both are on their way before either answers', async () => {
    const backend = twoUserBackend();
    backend.simulator.faults.latencyMs = 300;
    const el = await fixture<MonoTransactions>(html`<mono-transactions account-id=${A} .fetcher=${backend.fetcher(() => 'ada')}></mono-transactions>`);
    await waitUntil(() => backend.sent.length === 2, 'two requests sent');
    expect(el.state).to.equal('loading', 'neither has answered yet');
    expect(backend.sent.map((request) => request.path).sort()).to.deep.equal([`GET /accounts/${A}`, `GET /accounts/${A}/transactions?page=1`]);
    await ready(el);
    expect(backend.sent).to.have.length(2, 'the early page is the one shown');
  });

  it('an account not readable yet: the early page is dropped unseen, the rows come once the data is ready', async () => {
    const backend = twoUserBackend('/api/mono', 600);
    const states: string[] = [];
    const el = await fixture<MonoTransactions>(
      html`<mono-transactions account-id=${SIMULATED_ACCOUNTS.processing} poll-interval="100" .fetcher=${backend.fetcher(() => 'ada')}></mono-transactions>`,
    );
    const watch = setInterval(() => states.push(el.state), 10);
    await waitUntil(() => el.state === 'processing', 'processing');
    await waitUntil(() => el.state === 'ready', 'ready', { timeout: 5000 });
    clearInterval(watch);
    expect(states.slice(0, states.indexOf('ready'))).to.not.include.members(['empty']);
    expect(rows(el).length).to.be.greaterThan(0);
    // An account linked just now: its rows wait for its status, nothing is asked early.
    const fetcher = backend.fetcher(() => 'ada');
    const { accountId } = await fetcher.exchangeCode(backend.simulator.issueCode());
    const sent = backend.sent.length;
    const linked = await fixture<MonoTransactions>(html`<mono-transactions account-id=${accountId} poll-interval="100" .fetcher=${fetcher}></mono-transactions>`);
    await waitUntil(() => linked.state === 'processing', 'processing');
    expect(transactionRequests(backend.sent.slice(sent))).to.deep.equal([], 'no early page for an account just linked');
    await ready(linked);
  });

  it('another user on the same page and fetcher never sees the rows the first one saw', async () => {
    const backend = twoUserBackend();
    let user = 'ada';
    const fetcher = backend.fetcher(() => user);
    const el = await fixture<MonoTransactions>(html`<mono-transactions account-id=${A} .fetcher=${fetcher}></mono-transactions>`);
    await ready(el);
    fixtureCleanup();
    user = 'bola';
    const seen: string[] = [];
    const other = await fixture<MonoTransactions>(html`<mono-transactions account-id=${A} .fetcher=${fetcher}></mono-transactions>`);
    const watch = setInterval(() => seen.push(other.state), 5);
    await waitUntil(() => other.state === 'error', 'refused', { timeout: 4000 });
    clearInterval(watch);
    expect(seen).to.not.include('ready');
    expect(rows(other)).to.deep.equal([]);
  });

  describe('live events', () => {
    beforeEach(() => livePost('/reset'));
    afterEach(async () => {
      fixtureCleanup();
      await waitUntil(async () => (await liveStats()).open === 0, 'streams closed with the elements');
    });

    it('account_updated: the rows are read from the backend again, not from the cache', async () => {
      const backend = twoUserBackend(LIVE_ENDPOINT);
      const fetcher = backend.fetcher(() => 'ada', { endpoint: LIVE_ENDPOINT, EventSource: undefined });
      const el = await fixture<MonoTransactions>(html`<mono-transactions account-id=${A} .fetcher=${fetcher}></mono-transactions>`);
      await ready(el);
      for (const transaction of backend.simulator.account(A)!.transactions) transaction.narration = `LIVE ${transaction.narration}`;
      await emitLive({ type: 'account_updated', accountId: A, dataStatus: 'AVAILABLE', retrievedData: ['transactions'] });
      await waitUntil(() => rows(el)[0]?.includes('LIVE'), 'new rows', { timeout: 4000 });
    });
  });
});
