/** The user chose an account in `<mono-accounts>` (click, or Enter/Space on its main area). */
export interface MonoAccountSelectDetail {
  /** The account chosen. */
  accountId: string;
}

export type MonoAccountSelectEvent = CustomEvent<MonoAccountSelectDetail>;

// On elements, and on document and window: every event bubbles and is
// composed, so a page may listen once at the top.
declare global {
  interface HTMLElementEventMap {
    'mono-account-select': MonoAccountSelectEvent;
  }
  interface DocumentEventMap {
    'mono-account-select': MonoAccountSelectEvent;
  }
  interface WindowEventMap {
    'mono-account-select': MonoAccountSelectEvent;
  }
}
