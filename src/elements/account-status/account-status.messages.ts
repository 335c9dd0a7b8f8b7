import type { MessageTable } from '../../core/i18n/types.js';

/** What <mono-account-status> says: the data status by name, and its error state. */
export const accountStatusMessages = {
  AVAILABLE: 'Data ready',
  PARTIAL: 'Some data ready (partial)',
  PROCESSING: 'Fetching data from the bank…',
  UNAVAILABLE: 'Data not available yet…',
  UNKNOWN: 'Checking data status…',
  FAILED: 'The bank’s data could not be fetched',
  /** No `account-id` set. */
  noAccount: 'No account',
  /** Checking failed, and the error has no words for users (or the language is not English). */
  checkFailed: 'The account’s data status could not be checked.',
  retry: 'Retry',
};

/** The element's messages, by key (for typing overrides and translations). */
export type AccountStatusMessages = typeof accountStatusMessages;

export const accountStatusTable: MessageTable<typeof accountStatusMessages> = {
  en: accountStatusMessages,
  load: { fr: () => import('./account-status.messages.fr.js') },
};

declare module '../../core/i18n/types.js' {
  interface MonoElementMessages {
    'mono-account-status': typeof accountStatusMessages;
  }
}
