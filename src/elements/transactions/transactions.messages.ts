import type { MessageTable } from '../../core/i18n/types.js';
import { plural } from '../../core/i18n/plural.js';

const count = plural('en');

/**
 * What <mono-transactions> says around its rows (the export's words are in
 * transactions-export.messages.ts). Counts go through plural(): Intl's
 * plural rules and number format, never a word glued to a number.
 */
export const transactionsMessages = {
  /** The region's, table's and list's accessible name. */
  label: 'Transactions',
  loading: 'Loading transactions…',
  processing: 'Fetching transactions from the bank… this can take a minute.',
  processingLabel: 'Fetching transactions',
  failed: 'The bank’s data could not be fetched for this account. Link it again to retry.',
  loadFailed: 'The transactions could not be loaded.',
  retry: 'Retry',
  none: 'No transactions yet.',
  noMatch: 'No transactions match these filters.',
  partial: 'Only part of this account’s data is available so far (partial).',
  allSkipped: 'None of these transactions could be shown.',
  skipped: (rows: number) => count(rows, { one: '# transaction could not be shown.', other: '# transactions could not be shown.' }),
  /** Announced in each state. */
  announceLoading: 'Loading transactions.',
  announceProcessing: 'Fetching transactions from the bank.',
  announceEmpty: 'No transactions.',
  announceError: 'Transactions could not be loaded.',
  announceFailed: 'The bank’s data could not be fetched.',
  announcePage: (page: number) => `Page ${page} loaded.`,
  announceRows: (rows: number) => count(rows, { one: '# transaction loaded.', other: '# transactions loaded.' }),
  /** Filters. */
  filters: 'Filter transactions',
  search: 'Search',
  type: 'Type',
  all: 'All',
  debits: 'Debits',
  credits: 'Credits',
  from: 'From',
  to: 'To',
  /** Column headers. */
  date: 'Date',
  description: 'Description',
  category: 'Category',
  amount: 'Amount',
  /** Told apart by more than colour: read after the signed amount. */
  debit: 'Debit',
  credit: 'Credit',
  noDescription: 'No description',
  /** Paged mode. */
  pages: 'Transaction pages',
  previous: 'Previous',
  next: 'Next',
  /** `pages` once the page size is known. */
  page: (page: number, pages?: number) => (pages ? `Page ${page} of ${pages}` : `Page ${page}`),
  /** Infinite mode. */
  loadingMore: 'Loading more…',
  shownOf: (shown: number, total: number) => `${count(shown, { other: '#' })} of ${count(total, { one: '# transaction', other: '# transactions' })}`,
};

export type TransactionsMessages = typeof transactionsMessages;

export const transactionsTable: MessageTable<TransactionsMessages> = {
  en: transactionsMessages,
  load: { fr: () => import('./transactions.messages.fr.js') },
};

declare module '../../core/i18n/types.js' {
  interface MonoElementMessages {
    'mono-transactions': TransactionsMessages;
  }
}
