import { MonoFetchError } from './errors.js';
import { isObject } from './read-fields.js';
import type { LinkSession, PaymentSession, PaymentVerification, SessionFetcher } from './session-types.js';

/** How the HTTP fetcher sends: a POST retried only on 429 (it may create something), a GET retried and shared. */
export interface SessionTransport {
  post(path: string, body: unknown, signal?: AbortSignal): Promise<unknown>;
  get(path: string, signal?: AbortSignal): Promise<unknown>;
}

const invalid = (what: string) => new MonoFetchError(200, 'INVALID_RESPONSE', `The backend's ${what} answer does not have the expected shape.`);
const text = (value: unknown): value is string => typeof value === 'string' && value.length > 0;

function linkSession(body: unknown): LinkSession {
  if (!isObject(body)) throw invalid('link session');
  const { customerId } = body;
  if (customerId === undefined || customerId === null) return {};
  if (!text(customerId)) throw invalid('link session');
  return { customerId };
}

function paymentSession(body: unknown): PaymentSession {
  if (!isObject(body) || !text(body['id']) || !text(body['reference'])) throw invalid('payment');
  return { id: body['id'], reference: body['reference'] };
}

function verification(body: unknown, reference: string): PaymentVerification {
  if (!isObject(body) || !text(body['status']) || !Number.isSafeInteger(body['amount'])) throw invalid('payment verification');
  // Only the payment asked about counts.
  if (body['reference'] !== reference) throw invalid('payment verification');
  return {
    reference,
    status: body['status'].toLowerCase(),
    amount: body['amount'] as number,
    currency: text(body['currency']) ? body['currency'] : 'NGN',
  };
}

/** `createLinkSession`, `createPayment` and `verifyPayment` over the backend contract. */
export function sessionRequests(transport: SessionTransport): Required<SessionFetcher> {
  return {
    async createLinkSession(input, init = {}) {
      return linkSession(await transport.post('/link', input.accountId ? { accountId: input.accountId } : {}, init.signal));
    },
    async createPayment(payment, init = {}) {
      return paymentSession(await transport.post('/payments', payment, init.signal));
    },
    async verifyPayment(reference, init = {}) {
      if (!text(reference)) throw new MonoFetchError(0, 'INVALID_REFERENCE', 'A payment reference is required.');
      return verification(await transport.get(`/payments/${encodeURIComponent(reference)}`, init.signal), reference);
    },
  };
}
