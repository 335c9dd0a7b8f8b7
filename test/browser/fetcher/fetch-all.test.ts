import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { MonoFetchError } from '../../../src/core/fetcher/errors.js';
import type { FetchInit, Transaction, TransactionPage, TransactionQuery } from '../../../src/core/fetcher/types.js';
import { fetchAllTransactions, TooManyPagesError, type FetchAllProgress, type TransactionPageSource } from '../../../src/core/transactions/fetch-all.js';
import { createMemoryFetcher, SIMULATED_ACCOUNTS } from '../../../src/testing/index.js';

const ACCOUNT = SIMULATED_ACCOUNTS.available;

/** Wraps a page source: counts requests, the most in flight at once, and the pages asked for. */
function counting(source: TransactionPageSource) {
  const stats = { requests: 0, inFlight: 0, maxInFlight: 0, pages: [] as number[], queries: [] as TransactionQuery[] };
  const wrapped: TransactionPageSource = {
    async getTransactions(accountId, query, init) {
      stats.requests++;
      stats.inFlight++;
      stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
      stats.pages.push(query.page ?? 1);
      stats.queries.push(query);
      try {
        return await source.getTransactions(accountId, query, init);
      } finally {
        stats.inFlight--;
      }
    },
  };
  return { source: wrapped, stats };
}

/** The rows the simulator holds for a query, in one page (it allows up to 500 a page). */
async function expected(fetcher: TransactionPageSource, query: TransactionQuery = {}): Promise<Transaction[]> {
  const page = await fetcher.getTransactions(ACCOUNT, { ...query, limit: 500 });
  expect(page.hasNext, 'the whole range fits one 500-row page').to.equal(false);
  return page.transactions;
}

const tx = (id: string): Transaction => ({ id, amount: 100, type: 'debit', narration: id, date: '2026-01-01T00:00:00Z' });

/**
 * A hand-made backend over `rows`, `size` a page, answering after `delayMs`
 * (and honouring the signal); `totalKnown: false` sends Mono's fallback total
 * (the page's own length), as a backend with no paging total does.
 */
function pagedSource(rows: Transaction[], size: number, options: { totalKnown?: boolean; delayMs?: number; fail?: (page: number) => unknown } = {}): TransactionPageSource {
  return {
    async getTransactions(_accountId: string, query: TransactionQuery, init: FetchInit = {}): Promise<TransactionPage> {
      const page = query.page ?? 1;
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(resolve, options.delayMs ?? 0);
        init.signal?.addEventListener('abort', () => {
          clearTimeout(timer);
          reject(init.signal!.reason);
        }, { once: true });
      });
      const failure = options.fail?.(page);
      if (failure) throw failure;
      const transactions = rows.slice((page - 1) * size, page * size);
      const hasNext = page * size < rows.length;
      const total = options.totalKnown === false ? transactions.length : rows.length;
      return { transactions, page, total, hasPrevious: page > 1, hasNext };
    },
  };
}

describe('fetchAllTransactions', () => {
  it('reads every page of the memory fetcher, in order, each row once', async () => {
    const fetcher = createMemoryFetcher();
    const want = await expected(fetcher);
    const { source, stats } = counting(fetcher);
    const result = await fetchAllTransactions(source, ACCOUNT, {});
    expect(want.length).to.be.greaterThan(200);
    expect(result.transactions.map((row) => row.id)).to.deep.equal(want.map((row) => row.id));
    expect(result.pages).to.equal(Math.ceil(want.length / 20));
    expect(stats.requests).to.equal(result.pages);
    expect([...stats.pages].sort((a, b) => a - b)).to.deep.equal(Array.from({ length: result.pages }, (_, i) => i + 1));
    expect(result).to.deep.include({ skipped: 0, duplicates: 0 });
  });

  it('passes the filter on every request and ignores the query\'s own page', async () => {
    const fetcher = createMemoryFetcher();
    const query: TransactionQuery = { type: 'credit', start: '2025-01-01', narration: 'a', page: 7 };
    const { page: _, ...filter } = query;
    const want = await expected(fetcher, filter);
    const { source, stats } = counting(fetcher);
    const result = await fetchAllTransactions(source, ACCOUNT, query);
    expect(result.transactions).to.deep.equal(want);
    expect(result.transactions.every((row) => row.type === 'credit')).to.equal(true);
    for (const sent of stats.queries) expect(sent).to.deep.include(filter);
    expect(stats.pages[0]).to.equal(1);
  });

  it('keeps to the concurrency bound, and uses it', async () => {
    const rows = Array.from({ length: 95 }, (_, i) => tx(`t${i}`));
    for (const concurrency of [1, 2, 3, 5]) {
      const { source, stats } = counting(pagedSource(rows, 10, { delayMs: 5 }));
      const result = await fetchAllTransactions(source, ACCOUNT, {}, { concurrency });
      expect(result.transactions).to.deep.equal(rows);
      expect(stats.maxInFlight, `concurrency ${concurrency}`).to.equal(concurrency);
    }
  });

  it('walks one page at a time when the total is unknown', async () => {
    const rows = Array.from({ length: 47 }, (_, i) => tx(`t${i}`));
    const { source, stats } = counting(pagedSource(rows, 10, { totalKnown: false, delayMs: 2 }));
    const progress: FetchAllProgress[] = [];
    const result = await fetchAllTransactions(source, ACCOUNT, {}, { onProgress: (p) => progress.push(p) });
    expect(result.transactions).to.deep.equal(rows);
    expect(stats.pages).to.deep.equal([1, 2, 3, 4, 5]);
    expect(stats.maxInFlight).to.equal(1);
    expect(progress.map((p) => p.pages)).to.deep.equal([1, 2, 3, 4, 5]);
    expect(progress.every((p) => p.totalPages === undefined)).to.equal(true);
  });

  it('reports progress with the page count when the backend gave a total', async () => {
    const rows = Array.from({ length: 25 }, (_, i) => tx(`t${i}`));
    const progress: FetchAllProgress[] = [];
    await fetchAllTransactions(pagedSource(rows, 10), ACCOUNT, {}, { onProgress: (p) => progress.push(p) });
    expect(progress).to.deep.equal([
      { pages: 1, rows: 10, totalPages: 3, total: 25 },
      { pages: 2, rows: 20, totalPages: 3, total: 25 },
      { pages: 3, rows: 25, totalPages: 3, total: 25 },
    ]);
  });

  it('carries on past a short page count, and drops rows a shifted page repeats', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => tx(`t${i}`));
    const inner = pagedSource(rows, 10);
    // The first page says 20 rows; by page 2 five new ones have arrived on top.
    const grown = [...Array.from({ length: 5 }, (_, i) => tx(`new${i}`)), ...rows];
    const later = pagedSource(grown, 10);
    const source: TransactionPageSource = {
      async getTransactions(id, query, init) {
        if ((query.page ?? 1) === 1) return { ...(await inner.getTransactions(id, query, init)), total: 20 };
        return later.getTransactions(id, query, init);
      },
    };
    const result = await fetchAllTransactions(source, ACCOUNT, {});
    expect(result.pages).to.equal(4);
    expect(result.duplicates).to.equal(5);
    // Pages 2–4 of the grown list start at t5: t5–t9 are seen twice, kept once; the new rows were not asked for.
    expect(result.transactions).to.deep.equal(rows);
  });

  it('stops asking when the signal aborts, and rejects with its reason', async () => {
    const fetcher = createMemoryFetcher();
    fetcher.simulator.faults.latencyMs = 20;
    const { source, stats } = counting(fetcher);
    const controller = new AbortController();
    const reason = new DOMException('Stopped by the test', 'AbortError');
    const pending = fetchAllTransactions(source, ACCOUNT, {}, {
      signal: controller.signal,
      onProgress: ({ pages }) => pages === 3 && controller.abort(reason),
    });
    const error = await pending.catch((e: unknown) => e);
    expect(error).to.equal(reason);
    const asked = stats.requests;
    expect(asked).to.be.lessThan(8);
    await new Promise((r) => setTimeout(r, 100));
    expect(stats.requests, 'no request after the abort').to.equal(asked);
    expect(stats.inFlight).to.equal(0);
  });

  it('asks nothing when the signal has already aborted', async () => {
    const { source, stats } = counting(createMemoryFetcher());
    const error = await fetchAllTransactions(source, ACCOUNT, {}, { signal: AbortSignal.abort('gone') }).catch((e: unknown) => e);
    expect(error).to.equal('gone');
    expect(stats.requests).to.equal(0);
  });

  it('rejects with a failing page\'s error and cancels the pages in flight', async () => {
    const rows = Array.from({ length: 200 }, (_, i) => tx(`t${i}`));
    const failure = new MonoFetchError(502, 'UPSTREAM_ERROR', 'page 4 failed');
    const { source, stats } = counting(pagedSource(rows, 10, { delayMs: 10, fail: (page) => page === 4 && failure }));
    const error = await fetchAllTransactions(source, ACCOUNT, {}).catch((e: unknown) => e);
    expect(error).to.equal(failure);
    const asked = stats.requests;
    expect(asked).to.be.lessThan(10);
    await new Promise((r) => setTimeout(r, 60));
    expect(stats.requests).to.equal(asked);
    expect(stats.inFlight).to.equal(0);
  });

  it('meets the memory fetcher\'s failure as a MonoFetchError', async () => {
    const fetcher = createMemoryFetcher({ retry: { retries: 0, baseDelayMs: 1 } });
    const { source } = counting(fetcher);
    fetcher.simulator.faults.serverErrors = Infinity;
    const error = await fetchAllTransactions(source, ACCOUNT, {}).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(MonoFetchError);
  });

  it('refuses more pages than maxPages, before asking for them when it can tell', async () => {
    const rows = Array.from({ length: 100 }, (_, i) => tx(`t${i}`));
    const known = counting(pagedSource(rows, 10));
    const error = (await fetchAllTransactions(known.source, ACCOUNT, {}, { maxPages: 5 }).catch((e: unknown) => e)) as TooManyPagesError;
    expect(error).to.be.instanceOf(TooManyPagesError);
    expect(error).to.deep.include({ code: 'TOO_MANY_PAGES', pages: 10, maxPages: 5 });
    expect(known.stats.requests).to.equal(1);

    // A backend that always has a next page, and never says how many.
    const endless: TransactionPageSource = {
      getTransactions: async (_id, query) => ({ transactions: [tx(`p${query.page}`)], page: query.page ?? 1, total: 1, hasPrevious: false, hasNext: true }),
    };
    const walked = counting(endless);
    const runaway = (await fetchAllTransactions(walked.source, ACCOUNT, {}, { maxPages: 7 }).catch((e: unknown) => e)) as TooManyPagesError;
    expect(runaway).to.be.instanceOf(TooManyPagesError);
    expect(runaway.message).to.contain('after 7 pages');
    expect(walked.stats.requests).to.equal(7);
  });

  it('counts skipped rows with their page', async () => {
    const source: TransactionPageSource = {
      getTransactions: async (_id, query) => {
        const page = query.page ?? 1;
        return {
          transactions: [tx(`p${page}`)],
          page,
          total: 4,
          hasPrevious: page > 1,
          hasNext: page < 2,
          skipped: [{ index: 1, reason: `data[1].amount should be a number, got string` }],
        };
      },
    };
    const result = await fetchAllTransactions(source, ACCOUNT, {});
    expect(result.transactions.map((row) => row.id)).to.deep.equal(['p1', 'p2']);
    expect(result.skipped).to.equal(2);
    expect(result.skippedRows.map((row) => row.page)).to.deep.equal([1, 2]);
  });

  it('rejects a concurrency or maxPages that is not a positive integer', async () => {
    const source = pagedSource([], 10);
    for (const options of [{ concurrency: 0 }, { concurrency: 1.5 }, { maxPages: 0 }]) {
      const error = await fetchAllTransactions(source, ACCOUNT, {}, options).catch((e: unknown) => e);
      expect(error).to.be.instanceOf(RangeError);
    }
  });

  it('returns the same rows as one big page, for any page size, concurrency and known or unknown total (fast-check)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 6 }), { maxLength: 60 }),
        fc.integer({ min: 1, max: 15 }),
        fc.integer({ min: 1, max: 6 }),
        fc.boolean(),
        async (ids, size, concurrency, totalKnown) => {
          const rows = ids.map(tx);
          const { source, stats } = counting(pagedSource(rows, size, { totalKnown }));
          const result = await fetchAllTransactions(source, ACCOUNT, {}, { concurrency });
          expect(result.transactions).to.deep.equal(rows);
          expect(stats.requests).to.equal(Math.max(1, Math.ceil(rows.length / size)));
          expect(stats.maxInFlight).to.be.at.most(concurrency);
        },
      ),
      { numRuns: 150 },
    );
  });
});
