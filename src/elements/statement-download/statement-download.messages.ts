import type { MessageTable } from '../../core/i18n/types.js';
import { localize } from '../../core/i18n/localize.js';

/*
 * Everything <mono-statement-download> says, in English. The element reads
 * these only through `statementMessage()`, which picks the table for the
 * language around the element (README, Languages).
 */

const plural = new Intl.PluralRules('en');

export const statementDownloadMessages = {
  /** The period picker's label. */
  periodLabel: 'Statement period',
  /** One option of the picker: the last `months` months. */
  periodOption: (months: number) => (plural.select(months) === 'one' ? 'Last month' : `Last ${months} months`),
  /** The button that starts preparing the PDF. */
  download: 'Get PDF statement',
  /** Announced when the user starts. */
  preparing: 'Preparing your statement…',
  /** First step: the account's data is not ready at Mono yet. */
  waitingForData: 'Waiting for your bank’s data…',
  /** Second step: Mono is building the PDF. */
  building: 'Building your PDF statement…',
  /** The progress bar's name. */
  progressLabel: 'Statement progress',
  /** After `slow-after` ms without a result. */
  slow: 'This is taking longer than usual. You can keep waiting or cancel.',
  keepWaiting: 'Keep waiting',
  cancel: 'Cancel',
  /** Announced after Cancel. */
  cancelled: 'Cancelled. Nothing was downloaded.',
  /** The PDF is built. */
  ready: 'Your statement is ready.',
  /** The download link's text. */
  save: 'Download statement (PDF)',
  /** The name the PDF is saved under. */
  fileName: (period: string) => `bank-statement-${period}.pdf`,
  /** Mono's job failed. */
  failed: 'Your bank could not produce this statement. Try again, or pick a shorter period.',
  /** The account's data could not be fetched from the bank (data status FAILED). */
  dataFailed: 'Your bank’s data could not be fetched, so there is no statement to download.',
  /** Any other failure, when the backend's own message is not for users. */
  error: 'The statement could not be prepared.',
  /** The fetcher has no statement calls. */
  notSupported: 'Statements are not available here.',
  retry: 'Try again',
};

export type StatementDownloadMessages = typeof statementDownloadMessages;
type Messages = StatementDownloadMessages;
type Args<K extends keyof Messages> = Messages[K] extends (...args: infer A) => string ? A : [];

export const statementDownloadTable: MessageTable<Messages> = {
  en: statementDownloadMessages,
  load: { fr: () => import('./statement-download.messages.fr.js') },
};

declare module '../../core/i18n/types.js' {
  interface MonoElementMessages {
    'mono-statement-download': Messages;
  }
}

/** The words for `key` (with its arguments, for those that take some), in the language in effect around `host`. */
export function statementMessage<K extends keyof Messages>(host: HTMLElement, key: K, ...args: Args<K>): string {
  const message = localize(host, statementDownloadTable)[key];
  return typeof message === 'function' ? (message as (...values: unknown[]) => string)(...args) : message;
}
