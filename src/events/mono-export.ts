import type { Transaction } from '../core/fetcher/types.js';

export interface MonoExportDetail {
  accountId: string;
  /** Every transaction in the filter, across all pages, in the order of the file. */
  rows: Transaction[];
  /** The name the download gets, e.g. `transactions-1234-2026-01-01-2026-03-31.csv`. */
  filename: string;
  /** The file's text (RFC 4180, UTF-8 with a byte order mark). */
  csv: string;
}

/**
 * Fired by `<mono-transactions export>` when the CSV is ready, before the
 * download. Cancelable: `preventDefault()` stops the element's download, so
 * a host can save the rows its own way (upload them, build a spreadsheet).
 */
export type MonoExportEvent = CustomEvent<MonoExportDetail>;

// On elements, and on document and window: every event bubbles and is
// composed, so a page may listen once at the top.
declare global {
  interface HTMLElementEventMap {
    'mono-export': MonoExportEvent;
  }
  interface DocumentEventMap {
    'mono-export': MonoExportEvent;
  }
  interface WindowEventMap {
    'mono-export': MonoExportEvent;
  }
}
