/**
 * A refresh of an account's data (`POST {endpoint}/accounts/:id/refresh`,
 * billed by Mono) was answered: `finished` means the fresh data is in;
 * `processing` means Mono is still fetching it, and a second event with
 * `finished` follows once the account shows the new data.
 */
export interface MonoRefreshedDetail {
  /** The account refreshed. */
  accountId: string;
  status: 'finished' | 'processing';
  /** Mono's job id, when it gave one. */
  jobId?: string;
}

export type MonoRefreshedEvent = CustomEvent<MonoRefreshedDetail>;

// On elements, and on document and window: every event bubbles and is
// composed, so a page may listen once at the top.
declare global {
  interface HTMLElementEventMap {
    'mono-refreshed': MonoRefreshedEvent;
  }
  interface DocumentEventMap {
    'mono-refreshed': MonoRefreshedEvent;
  }
  interface WindowEventMap {
    'mono-refreshed': MonoRefreshedEvent;
  }
}
