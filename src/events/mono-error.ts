/**
 * Where something went wrong, so a handler can tell a bad setup from a
 * network blip. `session`: the backend would not start the widget's session
 * (`POST {endpoint}/link` or `/payments`); `payment`: a payment was not
 * verified as successful; `export`: `<mono-transactions export>` could not
 * build its CSV; `statement`: `<mono-statement-download>` could not get the
 * PDF statement built.
 */
export type MonoErrorPhase = 'config' | 'load' | 'widget' | 'exchange' | 'session' | 'payment' | 'fetch' | 'export' | 'statement';

export interface MonoErrorInfo {
  /** Stable, machine-readable code such as `SECRET_KEY_REFUSED` or `HTTP_503`. */
  code: string;
  /** Human-readable explanation, safe to log (never contains a key). */
  message: string;
  /** HTTP status, when the failure came from a response. */
  status?: number;
}

export interface MonoErrorDetail {
  error: MonoErrorInfo;
  phase: MonoErrorPhase;
}

export type MonoErrorEvent = CustomEvent<MonoErrorDetail>;

// On elements, and on document and window: every event bubbles and is
// composed, so a page may listen once at the top.
declare global {
  interface HTMLElementEventMap {
    'mono-error': MonoErrorEvent;
  }
  interface DocumentEventMap {
    'mono-error': MonoErrorEvent;
  }
  interface WindowEventMap {
    'mono-error': MonoErrorEvent;
  }
}
