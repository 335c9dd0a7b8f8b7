export interface MonoPaidDetail {
  /** The payment's reference, as your backend initiated it. */
  reference: string;
  /** Always `successful`: anything else is a `mono-error` (phase `payment`). */
  status: string;
  /** Minor units (kobo), as Mono verified it: never a figure from the page. */
  amount: number;
  currency: string;
}

/** Fired only after your backend verified the payment with Mono (`GET {endpoint}/payments/:reference`). */
export type MonoPaidEvent = CustomEvent<MonoPaidDetail>;

// On elements, and on document and window: every event bubbles and is
// composed, so a page may listen once at the top.
declare global {
  interface HTMLElementEventMap {
    'mono-paid': MonoPaidEvent;
  }
  interface DocumentEventMap {
    'mono-paid': MonoPaidEvent;
  }
  interface WindowEventMap {
    'mono-paid': MonoPaidEvent;
  }
}
