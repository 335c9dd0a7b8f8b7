import type { DataStatus } from '../core/fetcher/types.js';

export interface MonoStatusChangeDetail {
  /** The account's data status, normalised to upper case. */
  status: DataStatus;
  /** The status before, or null for the first one seen. */
  previous: DataStatus | null;
}

export type MonoStatusChangeEvent = CustomEvent<MonoStatusChangeDetail>;

// On elements, and on document and window: every event bubbles and is
// composed, so a page may listen once at the top.
declare global {
  interface HTMLElementEventMap {
    'mono-status-change': MonoStatusChangeEvent;
  }
  interface DocumentEventMap {
    'mono-status-change': MonoStatusChangeEvent;
  }
  interface WindowEventMap {
    'mono-status-change': MonoStatusChangeEvent;
  }
}
