/**
 * Why the widget closed: `success` after a successful link or charge, `api`
 * after `close()` (or another element taking over the page's one session),
 * `user` for anything else (the user left, or the widget closed itself).
 */
export type MonoCloseReason = 'success' | 'user' | 'api';

export interface MonoCloseDetail {
  reason: MonoCloseReason;
}

export type MonoCloseEvent = CustomEvent<MonoCloseDetail>;

// On elements, and on document and window: every event bubbles and is
// composed, so a page may listen once at the top.
declare global {
  interface HTMLElementEventMap {
    'mono-close': MonoCloseEvent;
  }
  interface DocumentEventMap {
    'mono-close': MonoCloseEvent;
  }
  interface WindowEventMap {
    'mono-close': MonoCloseEvent;
  }
}
