import type { SummaryTotals } from '../core/transactions/summary.js';

export interface MonoSummaryLoadedDetail {
  accountId: string;
  /** How many calendar months the summary covers (the element's `months`, 1–24). */
  months: number;
  /** Money in, money out and net over those months (minor units), the rows counted and their currency. */
  totals: SummaryTotals;
}

export type MonoSummaryLoadedEvent = CustomEvent<MonoSummaryLoadedDetail>;

// On elements, and on document and window: every event bubbles and is
// composed, so a page may listen once at the top.
declare global {
  interface HTMLElementEventMap {
    'mono-summary-loaded': MonoSummaryLoadedEvent;
  }
  interface DocumentEventMap {
    'mono-summary-loaded': MonoSummaryLoadedEvent;
  }
  interface WindowEventMap {
    'mono-summary-loaded': MonoSummaryLoadedEvent;
  }
}
