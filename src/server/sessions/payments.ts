import { fail } from '../responses.js';
import { UpstreamError } from '../upstream.js';
import { RequestError, readJsonBody } from '../validate.js';
import { checkPayment, isToken, monoId, verifiedPayment, type PaymentDecision } from './checks.js';
import { resolveCustomer } from './customer.js';
import type { SessionContext, SessionOptions } from './options.js';

type Decide = NonNullable<SessionOptions['payment']>;

async function decide(payment: Decide, request: Request, body: unknown): Promise<PaymentDecision> {
  let decided: unknown;
  try {
    decided = await payment(request, body);
  } catch {
    throw new RequestError(500, 'PAYMENT_FAILED', 'payment() threw.');
  }
  const checked = checkPayment(decided);
  if (!checked) throw new RequestError(400, 'PAYMENT_REFUSED', 'This payment cannot be made.');
  return checked;
}

/**
 * `POST {basePath}/payments`: the page sends what it knows (an order id);
 * `payment(request, body)` on the server turns it into an amount, and only
 * that amount goes to Mono (`POST /v2/payments/initiate`). A field named
 * `amount` in the page's body is just data `payment()` may ignore. Answers
 * `{ id, reference }`: the payment id the widget opens on, and the
 * reference to verify it by.
 */
export function createPaymentRoute(payment: Decide, options: SessionOptions, context: SessionContext) {
  return async (request: Request): Promise<Response> => {
    await context.authorized(request, null);
    const body = await readJsonBody(request, context.maxBodyBytes);
    const decided = await decide(payment, request, body);
    const customerId = await resolveCustomer(options, context, request);
    const initiate: Record<string, unknown> = {
      amount: decided.amount,
      type: decided.type ?? 'onetime-debit',
      method: 'account',
      description: decided.description,
      reference: decided.reference,
    };
    if (customerId) initiate['customer'] = { id: customerId };
    if (decided.meta) initiate['meta'] = decided.meta;
    const id = monoId(await context.call(request.signal, 'POST', '/v2/payments/initiate', initiate), 'payment');
    return context.answer({ id, reference: decided.reference });
  };
}

/**
 * `GET {basePath}/payments/:reference`: Mono's verification
 * (`GET /v2/payments/verify/:reference`), cut down to
 * `{ reference, status, amount, currency }`.
 */
export function verifyPaymentRoute(context: SessionContext) {
  return async (request: Request, reference: string): Promise<Response> => {
    if (!isToken(reference)) throw new RequestError(400, 'INVALID_REFERENCE', 'The payment reference is not valid.');
    await context.authorized(request, null);
    let body: unknown;
    try {
      body = await context.call(request.signal, 'GET', `/v2/payments/verify/${reference}`);
    } catch (error) {
      // The shared upstream names a 404 for accounts; here it is a payment.
      if (error instanceof UpstreamError && error.response.status === 404) return fail(404, 'PAYMENT_NOT_FOUND', 'Mono has no payment with this reference.');
      throw error;
    }
    return context.answer(verifiedPayment(body, reference));
  };
}
