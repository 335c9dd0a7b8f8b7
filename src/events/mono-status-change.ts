import type { DataStatus } from '../core/fetcher/types.js';

export interface MonoStatusChangeDetail {
  /** The account's data status, normalised to upper case. */
  status: DataStatus;
  /** The status before, or null for the first one seen. */
  previous: DataStatus | null;
}

export type MonoStatusChangeEvent = CustomEvent<MonoStatusChangeDetail>;

declare global {
  interface HTMLElementEventMap {
    'mono-status-change': MonoStatusChangeEvent;
  }
}
