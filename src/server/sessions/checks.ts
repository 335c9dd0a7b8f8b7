/*
 * What the host's `customer()` and `payment()` return, and what Mono answers
 * to the session calls, checked before anything goes on. A host value that
 * fails here is the host's bug (500, with a message for its developer); a
 * Mono answer that fails is 502, as everywhere else in the proxy.
 */

import { isObject } from '../../core/fetcher/read-fields.js';
import { RequestError } from '../validate.js';


/** Ids and references end up in a path (`/payments/:reference`): plain tokens only. */
const TOKEN = /^[A-Za-z0-9_-]{1,128}$/;
export const isToken = (value: unknown): value is string => typeof value === 'string' && TOKEN.test(value);

/** A new Mono customer, as `customer(request)` describes one. Stays on the server. */
export interface NewMonoCustomer {
  name: string;
  email: string;
  phone?: string;
  address?: string;
  /** e.g. `{ type: 'bvn', number: '22110033445' }`. Never leaves the server. */
  identity: { type: string; number: string };
}

/** What `customer(request)` may return: an existing Mono customer, a new one, or nobody. */
export type CustomerAnswer = { id: string } | NewMonoCustomer | null | undefined;

/** What `payment(request, body)` returns: the payment the server decided. `null` refuses it. */
export interface PaymentDecision {
  /** Minor units (kobo): `150000` is ₦1,500.00. */
  amount: number;
  description: string;
  /** Your unique reference for this payment; Mono's is at least 10 characters. */
  reference: string;
  /** Mono's payment type. Default `onetime-debit`. */
  type?: string;
  /** Passed to Mono as `meta` (e.g. your order id). Never sent to the browser. */
  meta?: Record<string, unknown>;
}

const hostBug = (code: string, message: string) => new RequestError(500, code, message);

const text = (value: unknown, max: number): value is string => typeof value === 'string' && value.trim().length > 0 && value.length <= max;

export function checkCustomer(value: unknown): { id: string } | NewMonoCustomer | undefined {
  if (value === null || value === undefined) return undefined;
  if (!isObject(value)) throw hostBug('CUSTOMER_INVALID', 'customer() must return { id } or { name, email, identity }.');
  if ('id' in value) {
    if (!isToken(value['id'])) throw hostBug('CUSTOMER_INVALID', 'customer() returned an id that is not a Mono customer id.');
    return { id: value['id'] };
  }
  const identity = value['identity'];
  const valid =
    text(value['name'], 200) &&
    text(value['email'], 254) &&
    /^[^\s@]+@[^\s@]+$/.test(value['email'] as string) &&
    (value['phone'] === undefined || text(value['phone'], 32)) &&
    (value['address'] === undefined || text(value['address'], 100)) &&
    isObject(identity) &&
    text(identity['type'], 32) &&
    typeof identity['number'] === 'string' &&
    /^[A-Za-z0-9]{1,64}$/.test(identity['number']);
  // The message names fields, never their values: it may reach a log.
  if (!valid) throw hostBug('CUSTOMER_INVALID', 'customer() must return { name, email, phone?, address?, identity: { type, number } } with non-empty strings.');
  return value as unknown as NewMonoCustomer;
}

export function checkPayment(value: unknown): PaymentDecision | undefined {
  if (value === null || value === undefined) return undefined;
  const valid =
    isObject(value) &&
    Number.isSafeInteger(value['amount']) &&
    (value['amount'] as number) > 0 &&
    text(value['description'], 255) &&
    isToken(value['reference']) &&
    (value['type'] === undefined || text(value['type'], 32)) &&
    (value['meta'] === undefined || isObject(value['meta']));
  if (!valid) {
    throw hostBug(
      'PAYMENT_INVALID',
      'payment() must return { amount (a positive whole number of kobo), description, reference (letters, digits, _ or -), type?, meta? }.',
    );
  }
  return value as unknown as PaymentDecision;
}

/** Mono's envelope (`{ status, message, data }`) or a bare object. */
export const monoData = (body: unknown): Record<string, unknown> | undefined => {
  if (!isObject(body)) return undefined;
  return isObject(body['data']) ? body['data'] : body;
};

const invalidAnswer = (message: string) => new RequestError(502, 'UPSTREAM_INVALID_RESPONSE', message);

/** The id in Mono's answer to `POST /v2/customers` or `POST /v2/payments/initiate`. */
export function monoId(body: unknown, what: string): string {
  const data = monoData(body);
  const id = data?.['id'] ?? data?.['_id'];
  if (!isToken(id)) throw invalidAnswer(`Mono did not return a usable ${what} id.`);
  return id;
}

/** What the browser may see of a verified payment (DESIGN.md "Server-started sessions"), and nothing else. */
export interface VerifiedPayment {
  reference: string;
  /** Mono's status in lower case: `successful`, `failed`, `pending`, `abandoned`, … */
  status: string;
  /** Minor units, as Mono verified it. */
  amount: number;
  currency: string;
}

export function verifiedPayment(body: unknown, reference: string): VerifiedPayment {
  const data = monoData(body);
  const status = data?.['status'];
  const amount = data?.['amount'];
  // Mono answers for the reference it was asked about; anything else is not this payment.
  if (data?.['reference'] !== undefined && data['reference'] !== reference) throw invalidAnswer('Mono verified a different payment.');
  if (typeof status !== 'string' || !status || !Number.isSafeInteger(amount)) throw invalidAnswer('Mono\'s verification has no status or amount.');
  const currency = typeof data?.['currency'] === 'string' && /^[A-Za-z]{3}$/.test(data['currency']) ? data['currency'].toUpperCase() : 'NGN';
  return { reference, status: status.toLowerCase(), amount: amount as number, currency };
}
