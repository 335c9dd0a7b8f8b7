import type { MonoFetcher, Transaction, TransactionPage, TransactionQuery } from '../../../src/core/fetcher/types.js';

export const row = (overrides: Partial<Transaction> = {}): Transaction => ({
  id: 't1',
  amount: 147085,
  type: 'debit',
  narration: 'POS PURCHASE SHOPRITE',
  date: '2026-10-30T10:00:00.000Z',
  category: 'bank_charges',
  ...overrides,
});

export interface RecordedCall {
  accountId: string;
  query: TransactionQuery;
  signal?: AbortSignal;
}

/** A fetcher over fixed rows (AVAILABLE), paging `pageSize` at a time, recording every call. */
export function rowsFetcher(rows: Transaction[], pageSize = 20): MonoFetcher & { calls: RecordedCall[] } {
  const calls: RecordedCall[] = [];
  return {
    calls,
    exchangeCode: async () => ({ accountId: 'acc' }),
    getAccount: async (accountId) => ({
      id: accountId,
      name: 'ADA OKAFOR',
      lastFour: '6789',
      type: 'SAVINGS ACCOUNT',
      currency: 'NGN',
      balance: 1000000,
      institution: { name: 'GTBank' },
      dataStatus: 'AVAILABLE',
    }),
    getTransactions: async (accountId, query, init) => {
      calls.push({ accountId, query, signal: init?.signal });
      const page = query.page ?? 1;
      const matching = rows.filter((r) => !query.type || r.type === query.type);
      const transactions = matching.slice((page - 1) * pageSize, page * pageSize);
      const result: TransactionPage = {
        transactions,
        page,
        total: matching.length,
        hasPrevious: page > 1,
        hasNext: page * pageSize < matching.length,
      };
      return result;
    },
  };
}

/** Swallows the virtualizer's benign ResizeObserver notice, which mocha would report as a failure. */
export function ignoreResizeObserverLoop(): void {
  window.addEventListener('error', (event) => {
    if (event.message?.startsWith('ResizeObserver loop')) {
      event.stopImmediatePropagation();
      event.preventDefault();
    }
  });
}
