import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createMonoProxy } from '../../../src/server/index.js';
import { customerCreated, customerRequest } from '../../fixtures/mono/customer-create.js';
import { paymentInitiated, paymentInitiateRequest } from '../../fixtures/mono/payment-initiate.js';
import { paymentAbandoned, paymentFailed, paymentPending, paymentSuccessful } from '../../fixtures/mono/payment-verify.js';
import { startFakeUpstream, type FakeUpstream } from '../server/fake-upstream.js';

/** Mono answering with the documented bodies: what reaches Mono, and what the browser gets back. */
describe('session routes against Mono\'s documented answers', () => {
  let mono: FakeUpstream;
  let verifyWith: unknown = paymentSuccessful;
  before(async () => {
    mono = await startFakeUpstream((request, response) => {
      const body = request.url === '/v2/customers' ? customerCreated : request.url === '/v2/payments/initiate' ? paymentInitiated : verifyWith;
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    });
  });
  after(() => mono.close());

  const proxy = () =>
    createMonoProxy({
      secretKey: 'test_sk_fixture',
      apiBase: mono.url,
      authorize: () => true,
      customer: () => ({ name: 'Ada Obi', email: customerRequest.email, phone: customerRequest.phone, address: customerRequest.address, identity: customerRequest.identity }),
      payment: () => ({ amount: paymentInitiateRequest.amount, description: paymentInitiateRequest.description, reference: paymentInitiateRequest.reference }),
    });
  const post = (path: string, body: unknown) =>
    proxy()(new Request(`http://app.test/api/mono${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }));

  test('POST /link sends Mono the documented customer body and answers only the id', async () => {
    const response = await post('/link', {});
    assert.deepEqual(await response.json(), { customerId: customerCreated.data.id });
    assert.deepEqual(JSON.parse(mono.seen.at(-1)!.body), customerRequest);
  });

  test('POST /payments sends the documented initiate body and answers { id, reference }', async () => {
    const response = await post('/payments', { orderId: 'o1043' });
    assert.deepEqual(await response.json(), { id: paymentInitiated.data.id, reference: paymentInitiateRequest.reference });
    assert.deepEqual(JSON.parse(mono.seen.at(-1)!.body), paymentInitiateRequest);
  });

  test('GET /payments/:reference passes the status in every documented state, and nothing of the customer or account', async () => {
    for (const fixture of [paymentSuccessful, paymentFailed, paymentPending, paymentAbandoned]) {
      verifyWith = fixture;
      const response = await proxy()(new Request(`http://app.test/api/mono/payments/${fixture.data.reference}`));
      const text = await response.text();
      assert.deepEqual(JSON.parse(text), { reference: fixture.data.reference, status: fixture.data.status, amount: 150000, currency: 'NGN' });
      assert.equal(mono.seen.at(-1)!.url, `/v2/payments/verify/${fixture.data.reference}`);
      for (const secret of ['22110033445', '0123456789', 'ada.obi@example.com']) assert.ok(!text.includes(secret), secret);
    }
  });

  test('a verification of another reference is 502, never passed on as this payment', async () => {
    verifyWith = paymentSuccessful;
    const response = await proxy()(new Request('http://app.test/api/mono/payments/someotherref123'));
    assert.equal(response.status, 502);
  });
});

