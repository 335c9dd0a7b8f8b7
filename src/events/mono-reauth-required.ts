/** The bank needs the user to sign in again before Mono can read this account. */
export interface MonoReauthRequiredDetail {
  /** The account the event is about. */
  accountId: string;
}

export type MonoReauthRequiredEvent = CustomEvent<MonoReauthRequiredDetail>;

// On elements, and on document and window: every event bubbles and is
// composed, so a page may listen once at the top.
declare global {
  interface HTMLElementEventMap {
    'mono-reauth-required': MonoReauthRequiredEvent;
  }
  interface DocumentEventMap {
    'mono-reauth-required': MonoReauthRequiredEvent;
  }
  interface WindowEventMap {
    'mono-reauth-required': MonoReauthRequiredEvent;
  }
}
