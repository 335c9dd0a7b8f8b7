export interface MonoLinkedDetail {
  /** Permanent Mono account id, as the backend returned it. */
  accountId: string;
  /**
   * The one-time code it was exchanged for. Absent after a hosted link
   * (`mode="hosted"`): no code reaches the browser, Mono's webhook names the account.
   */
  code?: string;
  /**
   * The id of an account the user already had at the same bank with the same
   * last 4 digits, when the backend found one (`listAccounts` configured):
   * Mono issues a new id on every re-link, so the host may replace the old.
   */
  duplicateOf?: string;
}

export type MonoLinkedEvent = CustomEvent<MonoLinkedDetail>;

// On elements, and on document and window: every event bubbles and is
// composed, so a page may listen once at the top.
declare global {
  interface HTMLElementEventMap {
    'mono-linked': MonoLinkedEvent;
  }
  interface DocumentEventMap {
    'mono-linked': MonoLinkedEvent;
  }
  interface WindowEventMap {
    'mono-linked': MonoLinkedEvent;
  }
}
