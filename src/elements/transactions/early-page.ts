import type { MonoFetcher, TransactionPage, TransactionQuery } from '../../core/fetcher/types.js';
import { lastSeenUnreadable } from '../../core/fetcher/readiness.js';
import { sameQuery } from './transactions-query.js';

interface Asked {
  accountId: string;
  fetcher: MonoFetcher;
  query: TransactionQuery;
  page: Promise<TransactionPage>;
  controller: AbortController;
}

/**
 * The first page, asked for together with the account's data status rather
 * than after it: one round trip to the first row instead of two (on a phone
 * on mobile data, about 0.6 s). Most accounts shown are readable; one just
 * linked or last seen processing on this page is not asked for early, and if the status
 * says the data is not readable the early page is dropped unseen (the
 * fetcher's cache does not keep it either: see cached-reads.ts).
 */
export class EarlyPage {
  private asked?: Asked;

  /** Asks for the page now, unless the account was last seen not readable. */
  ask(accountId: string | undefined, fetcher: MonoFetcher, query: TransactionQuery): void {
    this.drop();
    if (!accountId || lastSeenUnreadable(accountId)) return;
    const controller = new AbortController();
    const page = fetcher.getTransactions(accountId, query, { signal: controller.signal });
    // Whoever takes it hears how it ended; nobody may.
    page.catch(() => {});
    this.asked = { accountId, fetcher, query, page, controller };
  }

  /**
   * The page asked for early, when it is the one wanted now: from then on
   * `signal` (the page task's) ends it. Otherwise nothing, and it is dropped.
   */
  take(accountId: string, fetcher: MonoFetcher, query: TransactionQuery, signal: AbortSignal): Promise<TransactionPage> | undefined {
    const asked = this.asked;
    this.asked = undefined;
    if (!asked) return undefined;
    if (asked.accountId !== accountId || asked.fetcher !== fetcher || !sameQuery(asked.query, query) || signal.aborted) {
      asked.controller.abort();
      return undefined;
    }
    signal.addEventListener('abort', () => asked.controller.abort(signal.reason), { once: true });
    return asked.page;
  }

  /** The status says not readable, or the element left: the page will not be shown. */
  drop(): void {
    this.asked?.controller.abort();
    this.asked = undefined;
  }
}
