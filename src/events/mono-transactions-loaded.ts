import type { Transaction } from '../core/fetcher/types.js';

export interface MonoTransactionsLoadedDetail {
  page: number;
  /** All transactions matching the filters, across pages. */
  total: number;
  /** The rows of this page. */
  transactions: Transaction[];
}

export type MonoTransactionsLoadedEvent = CustomEvent<MonoTransactionsLoadedDetail>;

declare global {
  interface HTMLElementEventMap {
    'mono-transactions-loaded': MonoTransactionsLoadedEvent;
  }
}
