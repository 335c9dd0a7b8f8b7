import { expect, waitUntil } from '@open-wc/testing';
import { MonoFetchError } from '../../../src/core/fetcher/errors.js';
import { clearCache } from '../../../src/core/clear-cache.js';
import { configure } from '../../../src/core/config.js';
import { SIMULATED_ACCOUNTS } from '../../../src/testing/index.js';
import { emitLive, livePost, LIVE_ENDPOINT, liveStats } from '../live/live-fixture.js';
import { A, B, twoUserBackend } from './cache-backend.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the HTTP fetcher’s response cache', () => {
  it('inside the freshness window: the same account and page again cost 0 requests, and each caller gets its own objects', async () => {
    const backend = twoUserBackend();
    const fetcher = backend.fetcher(() => 'ada');
    const account = await fetcher.getAccount(A);
    const page = await fetcher.getTransactions(A, { page: 1 });
    expect(backend.reads()).to.equal(2);
    const again = await fetcher.getAccount(A);
    const pageAgain = await fetcher.getTransactions(A, { page: 1 });
    expect(backend.reads()).to.equal(2, 'no request inside the window');
    expect(again).to.deep.equal(account);
    expect(pageAgain).to.deep.equal(page);
    expect(again !== account && pageAgain !== page, 'new objects for each caller').to.equal(true);
    // Another page, another filter: other requests.
    await fetcher.getTransactions(A, { page: 2 });
    await fetcher.getTransactions(A, { page: 1, type: 'debit' });
    expect(backend.sent.map((r) => r.path)).to.deep.equal([
      `GET /accounts/${A}`,
      `GET /accounts/${A}/transactions?page=1`,
      `GET /accounts/${A}/transactions?page=2`,
      `GET /accounts/${A}/transactions?page=1&type=debit`,
    ]);
  });

  it('after the window: the kept answer at once, read again in the background; listeners hear only of a change', async () => {
    const backend = twoUserBackend();
    const fetcher = backend.fetcher(() => 'ada', { cache: { maxAge: 50 } });
    const changes: unknown[] = [];
    const listening = new AbortController();
    fetcher.onRevalidate!([A], (change) => changes.push(change), { signal: listening.signal });
    const first = await fetcher.getTransactions(A, { page: 1 });
    await sleep(80);
    backend.simulator.faults.latencyMs = 400;
    const started = performance.now();
    const stale = await fetcher.getTransactions(A, { page: 1 });
    // Shown before the background read could have answered.
    expect(performance.now() - started).to.be.below(300);
    expect(stale).to.deep.equal(first);
    expect(backend.reads()).to.equal(2, 'the background read went out');
    await sleep(600);
    expect(changes).to.deep.equal([], 'nothing changed, nothing said');
    // Mono's data changes; the next stale read shows the old rows, then says so.
    for (const transaction of backend.simulator.account(A)!.transactions) transaction.narration = `UPDATED ${transaction.narration}`;
    await sleep(80);
    const old = await fetcher.getTransactions(A, { page: 1 });
    expect(old.transactions[0]!.narration).to.not.match(/^UPDATED/);
    await waitUntil(() => changes.length === 1, 'told of the change');
    expect(changes).to.deep.equal([{ accountId: A, dataStatus: undefined }]);
    const reads = backend.reads();
    const fresh = await fetcher.getTransactions(A, { page: 1 });
    expect(fresh.transactions[0]!.narration).to.match(/^UPDATED/);
    expect(backend.reads()).to.equal(reads, 'the new rows come from the cache');
    listening.abort();
  });

  it('past both windows, or with staleWhileRevalidate 0, a read waits for the backend', async () => {
    const backend = twoUserBackend();
    const fetcher = backend.fetcher(() => 'ada', { cache: { maxAge: 30, staleWhileRevalidate: 0 } });
    await fetcher.getAccount(A);
    await sleep(50);
    backend.simulator.account(A)!.balance = 123_45;
    expect((await fetcher.getAccount(A)).balance).to.equal(123_45);
    expect(backend.reads()).to.equal(2);
  });

  it('two users on one page never see each other’s answers, even for the same account id', async () => {
    const backend = twoUserBackend();
    let user = 'ada';
    const fetcher = backend.fetcher(() => user);
    expect((await fetcher.getTransactions(A, { page: 1 })).transactions).to.not.be.empty;
    await fetcher.getAccount(A);
    // Bola signs in on the same page: A is not hers, and the backend says so.
    user = 'bola';
    const refused = await fetcher.getTransactions(A, { page: 1 }).catch((error: unknown) => error);
    expect(refused).to.be.instanceOf(MonoFetchError).and.include({ status: 403 });
    const refusedAccount = await fetcher.getAccount(A).catch((error: unknown) => error);
    expect(refusedAccount).to.be.instanceOf(MonoFetchError).and.include({ status: 403 });
    expect((await fetcher.getAccount(B)).id).to.equal(B);
    // Ada again: her answers were dropped when Bola's headers were sent.
    user = 'ada';
    const reads = backend.reads();
    await fetcher.getAccount(A);
    expect(backend.reads()).to.equal(reads + 1);
    expect(backend.sent.filter((r) => r.path === `GET /accounts/${A}`).map((r) => r.user)).to.deep.equal(['Bearer ada', 'Bearer bola', 'Bearer ada']);
  });

  it('one account’s answers never answer for another', async () => {
    const backend = twoUserBackend();
    const fetcher = backend.fetcher(() => 'ada');
    const a = await fetcher.getAccount(A);
    const processing = await fetcher.getAccount(SIMULATED_ACCOUNTS.processing);
    expect(processing.id).to.not.equal(a.id);
    expect(backend.sent.map((r) => r.path)).to.deep.equal([`GET /accounts/${A}`, `GET /accounts/${SIMULATED_ACCOUNTS.processing}`]);
  });

  it('never keeps errors, nor an account whose data is not readable', async () => {
    const backend = twoUserBackend();
    const fetcher = backend.fetcher(() => 'ada');
    backend.simulator.faults.serverErrors = 1;
    await fetcher.getTransactions(A, { page: 1 }).catch(() => {});
    expect((await fetcher.getTransactions(A, { page: 1 })).transactions).to.not.be.empty;
    expect(backend.reads()).to.equal(2, 'the error was not kept');
    const slow = twoUserBackend('/api/mono', 60_000);
    const reader = slow.fetcher(() => 'ada');
    expect((await reader.getAccount(SIMULATED_ACCOUNTS.processing)).dataStatus).to.equal('PROCESSING');
    await reader.getAccount(SIMULATED_ACCOUNTS.processing);
    expect(slow.reads()).to.equal(2, 'a status that is not readable is asked again');
  });

  it('a refresh, an unlink, fetcher.clearCache(id) and the page’s clearCache() each forget', async () => {
    const backend = twoUserBackend();
    const fetcher = backend.fetcher(() => 'ada');
    const cycle = async (forget: () => unknown) => {
      await fetcher.getAccount(A);
      const before = backend.reads();
      await fetcher.getAccount(A);
      expect(backend.reads()).to.equal(before, 'kept');
      await forget();
      await fetcher.getAccount(A);
      expect(backend.reads()).to.equal(before + 1, 'forgotten');
    };
    await cycle(() => fetcher.refreshAccount!(A));
    await cycle(() => fetcher.clearCache!(A));
    await cycle(() => clearCache());
    await cycle(() => fetcher.clearCache!());
    // Unlinked: the backend is asked, and says the account is gone.
    await fetcher.getAccount(A);
    await fetcher.unlinkAccount!(A).catch(() => {});
    const reads = backend.reads();
    await fetcher.getAccount(A).catch(() => {});
    expect(backend.reads()).to.equal(reads + 1);
  });

  it('an answer on its way when the page cleared its cache is not kept', async () => {
    const backend = twoUserBackend();
    const fetcher = backend.fetcher(() => 'ada');
    backend.simulator.faults.latencyMs = 100;
    const pending = fetcher.getAccount(A);
    await sleep(20);
    clearCache();
    await pending;
    await fetcher.getAccount(A);
    expect(backend.reads()).to.equal(2);
  });

  it('keeps at most maxEntries answers, the least recently used going first; cache: false and configure({ cache }) decide', async () => {
    const backend = twoUserBackend();
    const fetcher = backend.fetcher(() => 'ada', { cache: { maxEntries: 2 } });
    await fetcher.getTransactions(A, { page: 1 });
    await fetcher.getTransactions(A, { page: 2 });
    await fetcher.getTransactions(A, { page: 1 }); // page 1 used last
    await fetcher.getTransactions(A, { page: 3 }); // page 2 goes
    expect(backend.reads()).to.equal(3);
    await fetcher.getTransactions(A, { page: 1 });
    expect(backend.reads()).to.equal(3);
    await fetcher.getTransactions(A, { page: 2 });
    expect(backend.reads()).to.equal(4);
    const off = twoUserBackend();
    const uncached = off.fetcher(() => 'ada', { cache: false });
    await uncached.getAccount(A);
    await uncached.getAccount(A);
    expect(off.reads()).to.equal(2);
    // Fetchers created without a cache option follow configure().
    const configured = twoUserBackend();
    const follows = configured.fetcher(() => 'ada', { cache: undefined });
    try {
      configure({ cache: false });
      await follows.getAccount(A);
      await follows.getAccount(A);
      expect(configured.reads()).to.equal(2);
    } finally {
      configure({ cache: undefined });
    }
    await follows.getAccount(A);
    await follows.getAccount(A);
    expect(configured.reads()).to.equal(3);
  });

  describe('live events', () => {
    beforeEach(() => livePost('/reset'));

    it('any live event about an account forgets it before the page hears of it', async () => {
      const backend = twoUserBackend(LIVE_ENDPOINT);
      const fetcher = backend.fetcher(() => 'ada', { endpoint: LIVE_ENDPOINT, EventSource: undefined });
      const heard: string[] = [];
      const listening = new AbortController();
      fetcher.subscribe!([A], (event) => heard.push(event.type), { signal: listening.signal });
      await fetcher.getTransactions(A, { page: 1 });
      await fetcher.getTransactions(A, { page: 1 });
      expect(backend.reads()).to.equal(1);
      await emitLive({ type: 'account_updated', accountId: A, dataStatus: 'AVAILABLE', retrievedData: ['transactions'] });
      await waitUntil(() => heard.length === 1, 'the event arrived');
      await fetcher.getTransactions(A, { page: 1 });
      expect(backend.reads()).to.equal(2);
      listening.abort();
      await waitUntil(async () => (await liveStats()).open === 0, 'stream closed');
    });
  });
});
