import type { MessageTable } from '../../core/i18n/types.js';

/** What <mono-account-card> says around the account's own data. */
export const accountCardMessages = {
  /** The card's name, with the bank's name as Mono sent it. */
  bankAccount: (bank: string) => `${bank} account`,
  /** The card's name when Mono sent no bank. */
  anyBankAccount: 'Bank account',
  /** How a screen reader reads the masked number. */
  endingIn: (lastFour: string) => `account number ending ${lastFour}`,
  /** Read before the balance (visually hidden). */
  balance: 'Balance:',
  balanceUnavailable: 'Balance unavailable',
  /** Notes by data status (none for AVAILABLE). */
  PARTIAL: 'Partial data: some details are still on their way.',
  PROCESSING: 'Fetching data from the bank…',
  UNAVAILABLE: 'Data not available yet.',
  FAILED: 'The bank’s data could not be fetched.',
  UNKNOWN: 'Data status unknown.',
  loading: 'Loading account',
  loadFailed: 'This account could not be loaded.',
  retry: 'Retry',
};

/** The element's messages, by key (for typing overrides and translations). */
export type AccountCardMessages = typeof accountCardMessages;

export const accountCardTable: MessageTable<typeof accountCardMessages> = {
  en: accountCardMessages,
  load: { fr: () => import('./account-card.messages.fr.js') },
};

declare module '../../core/i18n/types.js' {
  interface MonoElementMessages {
    'mono-account-card': typeof accountCardMessages;
  }
}
