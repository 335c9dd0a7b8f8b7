/**
 * Every transaction matching a query, across all of its pages: what a CSV
 * export and the spending summary need, where the list shows one page.
 * Framework-free; speaks only the `getTransactions` part of the fetcher.
 */

import type { FetchInit, SkippedTransaction, Transaction, TransactionPage, TransactionQuery } from '../fetcher/types.js';

/** The one fetcher method this needs, so a test or a host can pass just that. */
export interface TransactionPageSource {
  getTransactions(accountId: string, query: TransactionQuery, init?: FetchInit): Promise<TransactionPage>;
}

export interface FetchAllProgress {
  /** Pages answered so far. */
  pages: number;
  /** Pages there are, when the first page told (total and page size). */
  totalPages?: number;
  /** Rows read so far (before de-duplication). */
  rows: number;
  /** Transactions in the range, when the backend said. */
  total?: number;
}

export interface FetchAllOptions {
  signal?: AbortSignal;
  /** Pages requested at once after the first. Default 3: quick, and kind to the backend's rate limit. */
  concurrency?: number;
  /**
   * Refuse ranges of more pages than this (default 500: 10,000 rows at
   * Mono's 20 a page). A runaway backend that always says "next" ends here.
   */
  maxPages?: number;
  /** Called after each page arrives. */
  onProgress?: (progress: FetchAllProgress) => void;
}

/** A row the backend sent that could not be read, with the page it was on. */
export interface SkippedPageRow extends SkippedTransaction {
  page: number;
}

export interface AllTransactions {
  /** In page order, then row order; each id once (its first appearance). */
  transactions: Transaction[];
  /** How many rows could not be read (see `skippedRows` for which and why). */
  skipped: number;
  skippedRows: SkippedPageRow[];
  /**
   * Rows dropped because an earlier page already had their id: new
   * transactions arriving mid-fetch push rows onto the next page.
   */
  duplicates: number;
  /** Pages requested. */
  pages: number;
}

export const DEFAULT_MAX_PAGES = 500;

/** The range has more pages than `maxPages` allows. */
export class TooManyPagesError extends Error {
  override readonly name = 'TooManyPagesError';
  readonly code = 'TOO_MANY_PAGES';

  constructor(
    readonly maxPages: number,
    /** How many pages the backend said there are, when it said. */
    readonly pages?: number,
  ) {
    super(
      pages === undefined
        ? `The transactions still had a next page after ${maxPages} pages (the maxPages limit); narrow the range or raise maxPages.`
        : `The transactions fill ${pages} pages, more than the maxPages limit of ${maxPages}; narrow the range or raise maxPages.`,
    );
  }
}

/**
 * How many pages there are, from the first one, or `undefined` when it cannot
 * be told. Mono's v2 `meta` has `total` but no page size, so a first page that
 * has a next one is taken as full: its row count (skipped rows included) is
 * the page size. A `total` no larger than the first page is the normaliser's
 * fallback, not a count.
 */
function countPages(first: TransactionPage): number | undefined {
  const sent = first.transactions.length + (first.skipped?.length ?? 0);
  const perPage = first.perPage ?? sent;
  if (perPage < 1 || first.total <= sent) return undefined;
  return Math.ceil(first.total / perPage);
}

/**
 * All transactions matching `query` (its `page` is ignored): page 1, then the
 * rest `concurrency` at a time when their number is known, else one by one
 * until a page has no next. If the count was short (rows added meanwhile),
 * it carries on one by one from the last page. Rejects with the signal's
 * reason when it aborts, with a failing page's error (after cancelling the
 * pages in flight), or with `TooManyPagesError`.
 */
export async function fetchAllTransactions(
  fetcher: TransactionPageSource,
  accountId: string,
  query: TransactionQuery = {},
  options: FetchAllOptions = {},
): Promise<AllTransactions> {
  const { signal, concurrency = 3, maxPages = DEFAULT_MAX_PAGES, onProgress } = options;
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new RangeError(`concurrency must be a positive integer, got ${concurrency}`);
  if (!Number.isInteger(maxPages) || maxPages < 1) throw new RangeError(`maxPages must be a positive integer, got ${maxPages}`);
  signal?.throwIfAborted();

  // One controller for every request: the caller's abort, or one failing
  // page, cancels the pages still in flight.
  const inner = new AbortController();
  const relay = () => inner.abort(signal!.reason);
  signal?.addEventListener('abort', relay, { once: true });

  const { page: _ignored, ...rest } = query;
  const pages: TransactionPage[] = [];
  const progress: FetchAllProgress = { pages: 0, rows: 0 };

  const load = async (page: number): Promise<TransactionPage> => {
    inner.signal.throwIfAborted();
    const result = await fetcher.getTransactions(accountId, { ...rest, page }, { signal: inner.signal });
    inner.signal.throwIfAborted();
    pages[page - 1] = result;
    progress.pages++;
    progress.rows += result.transactions.length;
    return result;
  };
  const report = () => onProgress?.({ ...progress });

  const inParallel = async (from: number, to: number): Promise<void> => {
    let next = from;
    const worker = async () => {
      while (next <= to) {
        await load(next++);
        report();
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, to - from + 1) }, worker));
  };

  try {
    const first = await load(1);
    const known = first.hasNext ? countPages(first) : 1;
    if (known !== undefined) Object.assign(progress, { totalPages: known, total: first.total });
    report();
    if (known !== undefined && known > maxPages) throw new TooManyPagesError(maxPages, known);
    if (known !== undefined && known > 1) await inParallel(2, known);
    let last = pages[pages.length - 1]!;
    while (last.hasNext) {
      if (pages.length >= maxPages) throw new TooManyPagesError(maxPages);
      // The count was short or unknown: what remains cannot be told.
      delete progress.totalPages;
      last = await load(pages.length + 1);
      report();
    }
    return assemble(pages);
  } catch (error) {
    // Stop the other pages; the caller's abort wins over the errors it causes.
    inner.abort(error);
    if (signal?.aborted) throw signal.reason;
    throw error;
  } finally {
    signal?.removeEventListener('abort', relay);
  }
}

function assemble(pages: readonly TransactionPage[]): AllTransactions {
  const seen = new Set<string>();
  const transactions: Transaction[] = [];
  const skippedRows: SkippedPageRow[] = [];
  let duplicates = 0;
  pages.forEach((page, index) => {
    for (const row of page.transactions) {
      if (seen.has(row.id)) duplicates++;
      else {
        seen.add(row.id);
        transactions.push(row);
      }
    }
    for (const skipped of page.skipped ?? []) skippedRows.push({ ...skipped, page: index + 1 });
  });
  return { transactions, skipped: skippedRows.length, skippedRows, duplicates, pages: pages.length };
}
