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

declare global {
  interface HTMLElementEventMap {
    'mono-success': MonoSuccessEvent;
  }
}
