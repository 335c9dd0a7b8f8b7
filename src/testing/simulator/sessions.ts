/*
 * Mono's customers and one-time payments (DirectPay), simulated: the part of
 * the API that DESIGN.md "Server-started sessions" calls. Shapes follow
 * Mono's docs (test/fixtures/mono/customer-*.ts and payment-*.ts name the
 * pages). Like Mono, the simulator keeps and echoes everything it is sent —
 * identity included — so tests can show that the proxy passes none of it on.
 */
import { isObject } from '../../core/fetcher/read-fields.js';

export type SimulatedPaymentStatus = 'successful' | 'failed' | 'pending' | 'abandoned';

export interface SimulatedCustomer {
  id: string;
  first_name: string;
  last_name: string;
  email: string;
  phone?: string;
  address?: string;
  identity: { type: string; number: string };
}

export interface SimulatedPayment {
  id: string;
  reference: string;
  /** Minor units, as the initiate call asked. */
  amount: number;
  description: string;
  type: string;
  currency: 'NGN';
  customerId?: string;
  /** `pending` until the widget completes it; then `outcome`. */
  status: SimulatedPaymentStatus;
}

export interface SimulatedPayments {
  /** What a payment becomes when the widget completes it. Default `successful`. */
  outcome: SimulatedPaymentStatus;
  /** Every payment initiated, oldest first. */
  readonly all: readonly SimulatedPayment[];
  /** A payment by its id (what the widget is opened with). */
  get(paymentId: string): SimulatedPayment | undefined;
  /** The widget's part: the user authorised the debit. Sets `outcome` and returns Mono's charge object. */
  complete(paymentId: string): Record<string, unknown> | undefined;
  /** The user left the widget without paying. */
  abandon(paymentId: string): void;
  /** Every customer created, oldest first. */
  readonly customers: readonly SimulatedCustomer[];
}

type Reply = (body: unknown, status?: number) => Response;


export function createSessionSimulation(tools: { reply: Reply; hex: (length: number) => string; now: () => number }) {
  const { reply, hex, now } = tools;
  const failed = (status: number, message: string) => reply({ status: 'failed', message, data: null }, status);
  const customers: SimulatedCustomer[] = [];
  const payments: SimulatedPayment[] = [];
  const byId = (id: string) => payments.find((payment) => payment.id === id);
  const stamp = () => new Date(now()).toISOString();

  const customerRecord = (customer: SimulatedCustomer) => ({
    ...customer,
    name: `${customer.first_name} ${customer.last_name}`.trim(),
    created_at: stamp(),
  });

  function createCustomer(body: unknown): Response {
    const identity = isObject(body) ? body['identity'] : undefined;
    if (!isObject(body) || typeof body['email'] !== 'string' || !isObject(identity) || typeof identity['number'] !== 'string') {
      return failed(400, 'email and identity are required.');
    }
    const number = identity['number'];
    // Mono refuses a second customer with the same identity, and says which: the proxy must not pass that on.
    if (customers.some((customer) => customer.identity.number === number)) return failed(400, `A customer with bvn ${number} already exists.`);
    const customer: SimulatedCustomer = {
      id: hex(24),
      first_name: String(body['first_name'] ?? ''),
      last_name: String(body['last_name'] ?? ''),
      email: body['email'],
      identity: { type: String(identity['type'] ?? 'bvn'), number },
      ...(typeof body['phone'] === 'string' ? { phone: body['phone'] } : {}),
      ...(typeof body['address'] === 'string' ? { address: body['address'] } : {}),
    };
    customers.push(customer);
    return reply({ status: 'successful', message: 'Created customer successfully', data: customerRecord(customer) });
  }

  function initiate(body: unknown): Response {
    if (!isObject(body)) return failed(400, 'The body must be an object.');
    const { amount, description, reference, type } = body;
    if (!Number.isSafeInteger(amount) || (amount as number) <= 0) return failed(400, 'amount must be a positive whole number of kobo.');
    if (typeof description !== 'string' || !description) return failed(400, 'description is required.');
    if (typeof reference !== 'string' || !reference) return failed(400, 'reference is required.');
    if (payments.some((payment) => payment.reference === reference)) return failed(400, 'This reference has been used already.');
    const customerId = isObject(body['customer']) && typeof body['customer']['id'] === 'string' ? body['customer']['id'] : undefined;
    if (customerId && !customers.some((customer) => customer.id === customerId)) return failed(400, 'No such customer.');
    const payment: SimulatedPayment = {
      id: `OD${hex(10).toUpperCase()}`,
      reference,
      amount: amount as number,
      description,
      type: typeof type === 'string' ? type : 'onetime-debit',
      currency: 'NGN',
      status: 'pending',
      ...(customerId ? { customerId } : {}),
    };
    payments.push(payment);
    return reply({
      status: 'successful',
      message: 'Payment Initiated Successfully',
      data: {
        id: payment.id,
        mono_url: `https://checkout.mono.co/${payment.id}`,
        type: payment.type,
        method: 'account',
        amount: payment.amount,
        description,
        reference,
        customer: customerId ?? null,
        created_at: stamp(),
        meta: isObject(body['meta']) ? body['meta'] : {},
      },
    });
  }

  function verify(reference: string): Response {
    const payment = payments.find((item) => item.reference === reference);
    if (!payment) return failed(404, 'Payment not found.');
    const customer = customers.find((item) => item.id === payment.customerId);
    return reply({
      status: 'successful',
      message: 'Payment retrieved successfully',
      data: {
        id: payment.id,
        channel: 'account',
        fee: 5000,
        type: payment.type,
        status: payment.status,
        amount: payment.amount,
        description: payment.description,
        currency: payment.currency,
        reference: payment.reference,
        // Mono returns the customer record with its identity: for the proxy to drop.
        customer: customer ? customerRecord(customer) : null,
        created_at: stamp(),
      },
    });
  }

  const simulated: SimulatedPayments = {
    outcome: 'successful',
    all: payments,
    customers,
    get: byId,
    complete(paymentId) {
      const payment = byId(paymentId);
      if (!payment) return undefined;
      payment.status = simulated.outcome;
      return { id: payment.id, type: payment.type, amount: payment.amount, description: payment.description, reference: payment.reference, status: payment.status };
    },
    abandon(paymentId) {
      const payment = byId(paymentId);
      if (payment?.status === 'pending') payment.status = 'abandoned';
    },
  };

  /** Answers the session paths (v2 only, as Mono has them), or `undefined` for any other. */
  async function handle(request: Request, parts: string[], v2: boolean): Promise<Response | undefined> {
    if (!v2) return undefined;
    const path = parts.join('/');
    const json = async () => {
      try {
        return await request.json();
      } catch {
        return undefined;
      }
    };
    if (request.method === 'POST' && path === 'customers') return createCustomer(await json());
    if (request.method === 'POST' && path === 'payments/initiate') return initiate(await json());
    if (request.method === 'GET' && parts.length === 3 && parts[0] === 'payments' && parts[1] === 'verify') return verify(parts[2]!);
    return undefined;
  }

  return { handle, payments: simulated };
}
