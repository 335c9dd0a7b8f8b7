/** The account was re-authorised: its data flows again. */
export interface MonoReauthorizedDetail {
  /** The account the event is about. */
  accountId: string;
}

export type MonoReauthorizedEvent = CustomEvent<MonoReauthorizedDetail>;

// On elements, and on document and window: every event bubbles and is
// composed, so a page may listen once at the top.
declare global {
  interface HTMLElementEventMap {
    'mono-reauthorized': MonoReauthorizedEvent;
  }
  interface DocumentEventMap {
    'mono-reauthorized': MonoReauthorizedEvent;
  }
  interface WindowEventMap {
    'mono-reauthorized': MonoReauthorizedEvent;
  }
}
