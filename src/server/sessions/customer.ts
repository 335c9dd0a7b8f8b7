import { fail } from '../responses.js';
import { UpstreamError } from '../upstream.js';
import { RequestError } from '../validate.js';
import { checkCustomer, monoId, type NewMonoCustomer } from './checks.js';
import type { SessionContext, SessionOptions } from './options.js';

/** Mono's customer endpoint takes first and last names; hosts give one name. */
function names(name: string): { first_name: string; last_name: string } {
  const parts = name.trim().split(/\s+/);
  const last = parts.length > 1 ? parts.pop()! : parts[0]!;
  return { first_name: parts.join(' '), last_name: last };
}

async function createCustomer(context: SessionContext, request: Request, customer: NewMonoCustomer): Promise<string> {
  const body: Record<string, unknown> = { ...names(customer.name), email: customer.email, identity: { type: customer.identity.type, number: customer.identity.number } };
  if (customer.phone) body['phone'] = customer.phone;
  if (customer.address) body['address'] = customer.address;
  let answer: unknown;
  try {
    answer = await context.call(request.signal, 'POST', '/v2/customers', body);
  } catch (error) {
    // Mono's own message may quote what it was sent (a BVN): only the status goes back.
    // The proxy's own failures (timeouts, 5xx, bad answers) carry no text of Mono's and pass as they are.
    if (error instanceof UpstreamError) {
      const { status, headers } = error.response;
      const retryAfter = headers.get('retry-after');
      if (status === 429) throw new UpstreamError(fail(429, 'RATE_LIMITED', 'Too many requests to Mono. Try again shortly.', retryAfter ? { 'retry-after': retryAfter } : {}));
      if (status < 500) throw new UpstreamError(fail(502, 'CUSTOMER_NOT_CREATED', `Mono did not create the customer (${status}).`));
    }
    throw error;
  }
  return monoId(answer, 'customer');
}

/** What `customer(request)` says about the signed-in user, checked; `undefined`: nobody (or no `customer` option). */
export async function describeCustomer(options: SessionOptions, request: Request): Promise<{ id: string } | NewMonoCustomer | undefined> {
  if (!options.customer) return undefined;
  let described: unknown;
  try {
    described = await options.customer(request);
  } catch {
    throw new RequestError(500, 'CUSTOMER_FAILED', 'customer() threw.');
  }
  return checkCustomer(described);
}

/**
 * The Mono customer id for what `describeCustomer` gave: the id the host
 * saved, or a customer created at Mono now (`POST /v2/customers`) and handed
 * to `onCustomer`.
 */
export async function customerIdFor(options: SessionOptions, context: SessionContext, request: Request, customer: { id: string } | NewMonoCustomer): Promise<string> {
  if ('id' in customer) return customer.id;
  const id = await createCustomer(context, request, customer);
  if (options.onCustomer) {
    try {
      await options.onCustomer(id, request);
    } catch {
      throw new RequestError(500, 'CUSTOMER_NOT_SAVED', 'The customer was created at Mono but could not be saved. Try again.');
    }
  }
  return id;
}

/**
 * The signed-in user's Mono customer id, from `customer(request)`: an id the
 * host saved, or a customer created at Mono now (`POST /v2/customers`) and
 * handed to `onCustomer`. `undefined` when there is no `customer` option or
 * it returned nobody.
 */
export async function resolveCustomer(options: SessionOptions, context: SessionContext, request: Request): Promise<string | undefined> {
  const customer = await describeCustomer(options, request);
  return customer ? customerIdFor(options, context, request, customer) : undefined;
}
