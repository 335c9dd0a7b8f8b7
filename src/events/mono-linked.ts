export interface MonoLinkedDetail {
  /** Permanent Mono account id, as the backend returned it. */
  accountId: string;
  /** The one-time code it was exchanged for. */
  code: string;
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
