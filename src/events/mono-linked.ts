export interface MonoLinkedDetail {
  /** Permanent Mono account id, as the backend returned it. */
  accountId: string;
  /** The one-time code it was exchanged for. */
  code: string;
}

export type MonoLinkedEvent = CustomEvent<MonoLinkedDetail>;

declare global {
  interface HTMLElementEventMap {
    'mono-linked': MonoLinkedEvent;
  }
}
