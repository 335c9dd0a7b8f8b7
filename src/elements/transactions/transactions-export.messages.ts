import type { MessageTable } from '../../core/i18n/types.js';
import { localize } from '../../core/i18n/localize.js';

/*
 * What the export part of <mono-transactions> says. One English table,
 * read through `exportMessages()`, so languages can be wired in there.
 * Counts go through Intl (plural rules and number format), never words
 * glued to a number.
 */

const rules = new Intl.PluralRules('en');
const number = new Intl.NumberFormat('en');
/** `# transaction` or `# transactions`, the count formatted. */
const transactions = (count: number) => (rules.select(count) === 'one' ? `${number.format(count)} transaction` : `${number.format(count)} transactions`);

export const transactionsExportMessages = {
  /** The button. */
  export: 'Export CSV',
  /** The button's label while an export runs. */
  exporting: 'Exporting…',
  /** Stops a running export. */
  cancel: 'Cancel',
  /** The cancel button's accessible name. */
  cancelLabel: 'Cancel the export',
  /** The progress bar's accessible name. */
  progressLabel: 'Export progress',
  /** While the first page is on its way. */
  starting: 'Preparing the export…',
  /** While pages arrive, when the backend said how many rows there are. */
  progressOf: (rows: number, total: number) => `Fetched ${number.format(rows)} of ${transactions(total)}…`,
  /** While pages arrive, when it did not. */
  progress: (rows: number) => `Fetched ${transactions(rows)}…`,
  /** Once the file is saved (or handed to the page, which cancelled the download). */
  done: (rows: number, filename: string) => `Exported ${transactions(rows)} to ${filename}.`,
  /** Added to `done` when some rows could not be read (their detail is in `mono-error`). */
  skipped: (count: number) => (rules.select(count) === 'one' ? `${number.format(count)} transaction could not be read and is not in the file.` : `${number.format(count)} transactions could not be read and are not in the file.`),
  cancelled: 'Export cancelled.',
  /** The export failed and the error has no words for users. */
  failed: 'The transactions could not be exported. Try again.',
  /** More pages than the export will fetch at once. */
  tooMany: 'Too many transactions to export at once. Choose a shorter date range and try again.',
  /** The error on screen, with what the backend said went wrong. */
  failedBecause: (reason: string) => `The export failed: ${reason}`,
};

export type TransactionsExportMessages = typeof transactionsExportMessages;

export const transactionsExportTable: MessageTable<TransactionsExportMessages> = {
  // Their own name in overrides: 'mono-transactions' is the rest of the element's words.
  tag: 'mono-transactions-export',
  en: transactionsExportMessages,
  load: { fr: () => import('./transactions-export.messages.fr.js') },
};

declare module '../../core/i18n/types.js' {
  interface MonoElementMessages {
    'mono-transactions-export': TransactionsExportMessages;
  }
}

/** The words for `host`, in the language in effect around it (README, Languages). */
export function exportMessages(host: HTMLElement): TransactionsExportMessages {
  return localize(host, transactionsExportTable);
}
