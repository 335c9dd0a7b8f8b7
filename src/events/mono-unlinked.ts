/**
 * The user disconnected an account in `<mono-accounts>`: the backend unlinked
 * it at Mono (`DELETE {endpoint}/accounts/:id` answered). Every
 * `<mono-accounts>` on the page drops it when this reaches the document.
 */
export interface MonoUnlinkedDetail {
  /** The account that was unlinked. */
  accountId: string;
}

export type MonoUnlinkedEvent = CustomEvent<MonoUnlinkedDetail>;

// On elements, and on document and window: every event bubbles and is
// composed, so a page may listen once at the top.
declare global {
  interface HTMLElementEventMap {
    'mono-unlinked': MonoUnlinkedEvent;
  }
  interface DocumentEventMap {
    'mono-unlinked': MonoUnlinkedEvent;
  }
  interface WindowEventMap {
    'mono-unlinked': MonoUnlinkedEvent;
  }
}
