export interface MonoSuccessDetail {
  /**
   * One-time code to exchange for an account id on the backend; valid for
   * 10 minutes. Empty for the `payments` scope, where `data` is the charge.
   */
  code: string;
  /** Everything the widget sent: `{ code }` when linking, the charge object for payments. */
  data: Record<string, unknown>;
}

export type MonoSuccessEvent = CustomEvent<MonoSuccessDetail>;

// On elements, and on document and window: every event bubbles and is
// composed, so a page may listen once at the top.
declare global {
  interface HTMLElementEventMap {
    'mono-success': MonoSuccessEvent;
  }
  interface DocumentEventMap {
    'mono-success': MonoSuccessEvent;
  }
  interface WindowEventMap {
    'mono-success': MonoSuccessEvent;
  }
}
