import type { DataStatus } from '../../core/fetcher/types.js';
import { localize } from '../../core/i18n/localize.js';
import type { MessageTable } from '../../core/i18n/types.js';

/*
 * Everything <mono-accounts> says, in English. Counts and times reach these
 * already formatted by Intl (RelativeTimeFormat, NumberFormat units), so no
 * sentence is built from a number and a word here.
 */
export const accountsMessages = {
  listLabel: 'Linked bank accounts',
  loading: 'Loading your accounts…',
  loadFailed: 'Your accounts could not be loaded.',
  retry: 'Try again',
  emptyTitle: 'No bank accounts linked yet',
  emptyText: 'Link a bank account to see its balance and transactions here.',
  /** `bank` may be missing: then the account is named by its number alone. */
  accountLabel: (bank: string | undefined, lastFour: string | undefined) =>
    [bank ?? 'Bank account', lastFour ? `ending ${lastFour}` : ''].filter(Boolean).join(' '),
  endingIn: (lastFour: string) => `account ending ${lastFour}`,
  balance: 'Balance',
  balanceUnavailable: 'Balance unavailable',
  /** `ago` is Intl.RelativeTimeFormat's, e.g. "5 minutes ago". */
  updated: (ago: string) => `Updated ${ago}`,
  status: (status: DataStatus) =>
    ({
      AVAILABLE: 'Up to date',
      PARTIAL: 'Partly available',
      PROCESSING: 'Fetching data…',
      UNAVAILABLE: 'Data not available yet',
      FAILED: 'Data could not be fetched',
      UNKNOWN: 'Status unknown',
    })[status],
  reauthNeeded: 'Your bank needs you to sign in again.',
  reconnect: 'Reconnect',
  refresh: 'Refresh',
  refreshing: 'Refreshing…',
  /** `time` is m:ss, e.g. 4:59. */
  cooldown: (time: string) => `Again in ${time}`,
  /** `wait` is Intl's, e.g. "5 minutes"; read with the Refresh button, not announced every second. */
  cooldownDescription: (wait: string) => `Refreshed a moment ago. You can refresh again in ${wait}.`,
  refreshStarted: (account: string) => `Refreshing ${account}.`,
  refreshDone: (account: string) => `${account} is up to date.`,
  refreshFailed: (account: string) => `${account} could not be refreshed.`,
  disconnect: 'Disconnect',
  confirmTitle: 'Disconnect this account?',
  confirmText: (account: string) =>
    `${account} will no longer be shared with this app. You can link it again later.`,
  cancel: 'Cancel',
  confirm: 'Disconnect',
  disconnecting: 'Disconnecting…',
  disconnectFailed: 'The account could not be disconnected. Try again.',
  disconnected: (account: string) => `${account} was disconnected.`,
  removed: (account: string) => `${account} is no longer linked.`,
  unreadable: 'This account could not be read right now.',
  unreadableLabel: 'Unreadable account',
  noListAccounts: 'Your accounts could not be loaded.',
};

export type AccountsMessages = typeof accountsMessages;

export const accountsTable: MessageTable<AccountsMessages> = {
  en: accountsMessages,
  load: { fr: () => import('./accounts.messages.fr.js') },
};

/** What the element says: in the nearest `lang`, with the host's overrides (`configure({ messages })`, the provider's). */
export const accountsText = (host: HTMLElement): AccountsMessages => localize(host, accountsTable);

declare module '../../core/i18n/types.js' {
  interface MonoElementMessages {
    'mono-accounts': AccountsMessages;
  }
}
