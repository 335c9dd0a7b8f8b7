// The demo backend's part in DESIGN.md "Server-started sessions": who the
// signed-in user is at Mono, and what an order costs. The page never says
// either: it sends an order id, and this file decides the amount.
import type { SessionOptions } from '../src/server/index.js';
import type { MonoApiSimulator } from '../src/testing/index.js';

/** The demo shop's orders, in kobo. */
export const DEMO_ORDERS: Record<string, { amount: number; description: string }> = {
  'order-1043': { amount: 150000, description: 'Order 1043: two bags of rice' },
};

let references = 0;

/** `customer`, `onCustomer` and `payment` for the demo's one signed-in user. */
export function demoSessions(): SessionOptions {
  // A real backend keeps the Mono customer id in its user table.
  let customerId: string | undefined;
  return {
    // The identity is made up, and stays on this server: the page only ever sees the customer id.
    customer: () => customerId ? { id: customerId } : { name: 'Ada Obi', email: 'ada@example.com', identity: { type: 'bvn', number: '22110033445' } },
    onCustomer: (id) => void (customerId = id),
    payment: (_request, body) => {
      const orderId = typeof body === 'object' && body !== null ? (body as { orderId?: unknown }).orderId : undefined;
      const order = typeof orderId === 'string' ? DEMO_ORDERS[orderId] : undefined;
      // Whatever else the page sent (an "amount", say) is ignored.
      if (!order) return null;
      return { ...order, reference: `demo${Date.now()}x${++references}`, meta: { orderId } };
    },
  };
}

/** The sandbox widget's part in a payment: the user authorised the debit (the simulator sets its status). */
export function sandboxCharge(simulator: MonoApiSimulator, paymentId: unknown): Record<string, unknown> | undefined {
  return typeof paymentId === 'string' ? simulator.payments.complete(paymentId) : undefined;
}
