import type { FetchInit } from './types.js';

/** What `POST {endpoint}/link` answers: the customer the widget opens for, if the server chose one. */
export interface LinkSession {
  /** A Mono customer id. The customer's identity stays on the server. */
  customerId?: string;
}

/** What `POST {endpoint}/payments` answers: a payment the server initiated at Mono. */
export interface PaymentSession {
  /** Mono's payment id: the widget opens on it. */
  id: string;
  /** The reference to verify the payment by. */
  reference: string;
}

/** What `GET {endpoint}/payments/:reference` answers: Mono's verification. */
export interface PaymentVerification {
  reference: string;
  /** Lower case: `successful` is the one that means paid. Also `failed`, `pending`, `abandoned`, … */
  status: string;
  /** Minor units (kobo), as Mono verified it. */
  amount: number;
  currency: string;
}

/**
 * The fetcher's part in DESIGN.md "Server-started sessions". Optional, so a
 * host's own fetcher without them still links accounts as before; a
 * payment needs `createPayment` and `verifyPayment`.
 */
export interface SessionFetcher {
  /** `POST {endpoint}/link` `{ accountId? }`. A 404 (`MonoFetchError.status`) means the backend has no session route. */
  createLinkSession?(input: { accountId?: string }, init?: FetchInit): Promise<LinkSession>;
  /** `POST {endpoint}/payments` with the button's `payment` property: the server decides the amount. */
  createPayment?(payment: Record<string, unknown>, init?: FetchInit): Promise<PaymentSession>;
  /** `GET {endpoint}/payments/:reference`. */
  verifyPayment?(reference: string, init?: FetchInit): Promise<PaymentVerification>;
}
