import type { Transaction } from '../core/fetcher/types.js';

export interface MonoTransactionsLoadedDetail {
  page: number;
  /** All transactions matching the filters, across pages. */
  total: number;
  /** The rows of this page. */
  transactions: Transaction[];
}

export type MonoTransactionsLoadedEvent = CustomEvent<MonoTransactionsLoadedDetail>;

// On elements, and on document and window: every event bubbles and is
// composed, so a page may listen once at the top.
declare global {
  interface HTMLElementEventMap {
    'mono-transactions-loaded': MonoTransactionsLoadedEvent;
  }
  interface DocumentEventMap {
    'mono-transactions-loaded': MonoTransactionsLoadedEvent;
  }
  interface WindowEventMap {
    'mono-transactions-loaded': MonoTransactionsLoadedEvent;
  }
}
