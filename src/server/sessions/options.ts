import type { CallMono } from '../upstream.js';
import type { CustomerAnswer, PaymentDecision } from './checks.js';

/** The proxy options of DESIGN.md "Server-started sessions" (merged into `MonoProxyOptions`). */
export interface SessionOptions {
  /**
   * Who the signed-in user is at Mono, for `POST {basePath}/link` and
   * `POST {basePath}/payments`: `{ id }` of a Mono customer you saved, or
   * `{ name, email, phone?, address?, identity }` to create one (then
   * `onCustomer` lets you save its id). The identity stays on the server:
   * the browser only ever gets the customer id. `null`: no customer.
   */
  customer?: (request: Request) => CustomerAnswer | Promise<CustomerAnswer>;
  /** Save the Mono customer just created for the signed-in user. A throw fails the request with 500. */
  onCustomer?: (customerId: string, request: Request) => void | Promise<void>;
  /**
   * Decides the payment for `POST {basePath}/payments` from what the page
   * sent (e.g. `{ orderId }`): amount, description, reference. The amount
   * never comes from the browser. `null` refuses (400). Without this option
   * the payment routes answer 404.
   */
  payment?: (request: Request, body: unknown) => PaymentDecision | null | undefined | Promise<PaymentDecision | null | undefined>;
}

/** What the session routes need from the proxy. */
export interface SessionContext {
  /** `authorize()`, failing closed: throws a 403 `RequestError` when refused. */
  authorized(request: Request, accountId: string | null): Promise<void>;
  call: CallMono;
  /** A JSON answer with the secret key scrubbed out. */
  answer(body: unknown): Response;
  maxBodyBytes: number;
}
