import type { StatementPeriod } from '../core/fetcher/types.js';

export interface MonoStatementReadyDetail {
  accountId: string;
  /** The months the statement covers, e.g. `last6months`. */
  period: StatementPeriod;
  /** Where the PDF can be downloaded (Mono's link, or a `data:` URL in the sandbox). */
  url: string;
}

export type MonoStatementReadyEvent = CustomEvent<MonoStatementReadyDetail>;

// On elements, and on document and window: every event bubbles and is
// composed, so a page may listen once at the top.
declare global {
  interface HTMLElementEventMap {
    /** `<mono-statement-download>`: Mono has built the PDF statement, and the download is offered. */
    'mono-statement-ready': MonoStatementReadyEvent;
  }
  interface DocumentEventMap {
    'mono-statement-ready': MonoStatementReadyEvent;
  }
  interface WindowEventMap {
    'mono-statement-ready': MonoStatementReadyEvent;
  }
}
