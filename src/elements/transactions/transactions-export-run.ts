import type { MonoFetcher, Transaction, TransactionQuery } from '../../core/fetcher/types.js';
import { transactionsToCsv } from '../../core/transactions/csv.js';
import { fetchAllTransactions, type AllTransactions, type FetchAllProgress } from '../../core/transactions/fetch-all.js';

/*
 * The export's work, imported the first time a user presses "Export CSV"
 * (the fetch-all and CSV code stay out of the element's entry): every
 * page of the filter, the file's text, its name, and the download.
 */

export interface ExportJob {
  fetcher: MonoFetcher;
  accountId: string;
  /** The element's filters (the page is ignored). */
  query: TransactionQuery;
  /** Currency for rows without one. */
  currency: string;
  /** The account's last 4 digits, when known: the file is named after them. */
  lastFour?: string;
  signal: AbortSignal;
  onProgress(progress: FetchAllProgress): void;
}

export interface ExportFile extends Pick<AllTransactions, 'skipped' | 'skippedRows'> {
  rows: Transaction[];
  csv: string;
  filename: string;
}

/** Keeps a file name portable: letters, digits, `-` and `_` only. */
const safe = (part: string) => part.replace(/[^A-Za-z0-9_-]+/g, '_');

/** `transactions-1234-2026-01-01-2026-03-31.csv`; `from-`/`to-` when only one end is set. */
export function exportFilename(account: string, start?: string, end?: string): string {
  const range = start && end ? [start, end] : start ? ['from', start] : end ? ['to', end] : [];
  return `${['transactions', account, ...range].map(safe).join('-')}.csv`;
}

export async function buildExport(job: ExportJob): Promise<ExportFile> {
  const { transactions, skipped, skippedRows } = await fetchAllTransactions(job.fetcher, job.accountId, job.query, {
    signal: job.signal,
    onProgress: job.onProgress,
  });
  return {
    rows: transactions,
    csv: transactionsToCsv(transactions, { currency: job.currency }),
    filename: exportFilename(job.lastFour ?? job.accountId, job.query.start, job.query.end),
    skipped,
    skippedRows,
  };
}

/** How long a download's Blob URL lives (as FileSaver.js does, for the same browsers). */
const REVOKE_AFTER_MS = 30_000;

/**
 * Hands the file to the browser's downloads: a Blob URL on an `<a download>`
 * clicked in `root` (inside the element, so the page's DOM is untouched).
 * The URL is revoked a while later, not at once: Safari and older Firefox
 * read it after the click returns, and an early revoke cancels the download.
 */
export function saveFile(root: ParentNode, csv: string, filename: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  root.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}
