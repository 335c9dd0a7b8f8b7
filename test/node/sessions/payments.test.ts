import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { PaymentDecision } from '../../../src/server/index.js';
import { postJson, startHarness, type Harness } from '../server/harness.js';

const BVN = '22110033445';
/** The host's own prices: the only place an amount comes from. */
const ORDERS: Record<string, number> = { o1: 150000, o2: 2500 };
let sequence = 0;

function payment(_request: Request, body: unknown): PaymentDecision | null {
  const orderId = (body as { orderId?: unknown }).orderId;
  if (typeof orderId !== 'string' || !(orderId in ORDERS)) return null;
  return { amount: ORDERS[orderId]!, description: `Order ${orderId}`, reference: `ref${orderId}x${String(++sequence).padStart(8, '0')}`, meta: { orderId } };
}

describe('payments: the server decides the amount and verifies', () => {
  let app: Harness;
  before(async () => {
    // As a host would: create the Mono customer once, then use its saved id.
    let saved: string | undefined;
    app = await startHarness({
      payment,
      customer: () => (saved ? { id: saved } : { name: 'Ada Obi', email: 'ada@example.com', identity: { type: 'bvn', number: BVN } }),
      onCustomer: (id) => void (saved = id),
    });
  });
  after(() => app.close());

  const start = async (body: unknown, user = 'alice') => app.request('/api/mono/payments', { ...postJson(body), user });

  test('the amount Mono is asked for is the host\'s, whatever the page sends', async () => {
    const response = await start({ orderId: 'o1', amount: 1, data: { amount: 1 } });
    const text = await response.text();
    assert.equal(response.status, 200);
    const initiated = app.simulator.payments.all.at(-1)!;
    assert.deepEqual(JSON.parse(text), { id: initiated.id, reference: initiated.reference });
    assert.equal(initiated.amount, 150000);
    assert.ok(initiated.customerId, 'the payment is for the server\'s customer');
    assert.ok(!text.includes(BVN));
  });

  test('verification answers only { reference, status, amount, currency }, in each of Mono\'s states', async () => {
    const { id, reference } = (await (await start({ orderId: 'o2' })).json()) as { id: string; reference: string };
    const verify = async () => {
      const response = await app.request(`/api/mono/payments/${reference}`, { user: 'alice' });
      const text = await response.text();
      assert.equal(response.status, 200);
      assert.ok(!text.includes(BVN) && !text.includes('ada@example.com'));
      return JSON.parse(text);
    };
    assert.deepEqual(await verify(), { reference, status: 'pending', amount: 2500, currency: 'NGN' });
    app.simulator.payments.outcome = 'failed';
    app.simulator.payments.complete(id);
    assert.equal((await verify()).status, 'failed');
    app.simulator.payments.outcome = 'successful';
    app.simulator.payments.complete(id);
    assert.deepEqual(await verify(), { reference, status: 'successful', amount: 2500, currency: 'NGN' });
  });

  test('a payment the host refuses is 400, and Mono hears nothing', async () => {
    const before = app.simulator.requests.length;
    const response = await start({ orderId: 'no-such-order', amount: 100 });
    assert.equal(response.status, 400);
    assert.equal((await response.json()).error.code, 'PAYMENT_REFUSED');
    assert.equal(app.simulator.requests.length, before);
  });

  test('nobody signed in: 403 before payment() or Mono, for both routes', async () => {
    const before = app.simulator.requests.length;
    assert.equal((await app.request('/api/mono/payments', postJson({ orderId: 'o1' }))).status, 403);
    assert.equal((await app.request('/api/mono/payments/refo1x00000001')).status, 403);
    assert.equal(app.simulator.requests.length, before);
  });

  test('an unknown reference is 404 PAYMENT_NOT_FOUND; a reference that is not a token never reaches Mono', async () => {
    const missing = await app.request('/api/mono/payments/nosuchreference1', { user: 'alice' });
    assert.equal(missing.status, 404);
    assert.equal((await missing.json()).error.code, 'PAYMENT_NOT_FOUND');
    const before = app.simulator.requests.length;
    for (const path of ['/api/mono/payments/a.b', '/api/mono/payments/..%2Fx', '/api/mono/payments/x/y']) {
      const response = await app.request(path, { user: 'alice' });
      assert.ok(response.status === 400 || response.status === 404, `${path}: ${response.status}`);
    }
    assert.equal(app.simulator.requests.length, before);
  });

  test('methods are checked', async () => {
    assert.equal((await app.request('/api/mono/payments', { user: 'alice' })).status, 405);
    assert.equal((await app.request('/api/mono/payments/refo1x00000001', { ...postJson({}), user: 'alice' })).status, 405);
  });
});

describe('payment() answers that are not payments', () => {
  test('an amount that is not whole kobo is the host\'s bug: 500 PAYMENT_INVALID, nothing sent', async () => {
    const app = await startHarness({ payment: () => ({ amount: '1500' as unknown as number, description: 'x', reference: 'ref0000000001' }) });
    try {
      const response = await app.request('/api/mono/payments', { ...postJson({}), user: 'alice' });
      assert.equal(response.status, 500);
      assert.equal((await response.json()).error.code, 'PAYMENT_INVALID');
      assert.equal(app.simulator.requests.length, 0);
    } finally {
      await app.close();
    }
  });

  test('without a payment option both payment routes are 404', async () => {
    const app = await startHarness();
    try {
      assert.equal((await app.request('/api/mono/payments', { ...postJson({ orderId: 'o1' }), user: 'alice' })).status, 404);
      assert.equal((await app.request('/api/mono/payments/ref0000000001', { user: 'alice' })).status, 404);
    } finally {
      await app.close();
    }
  });
});
