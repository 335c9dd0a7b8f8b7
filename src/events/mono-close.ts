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

declare global {
  interface HTMLElementEventMap {
    'mono-close': MonoCloseEvent;
  }
}
