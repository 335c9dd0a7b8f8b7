import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { SIMULATED_ACCOUNTS } from '../../../src/testing/node.js';
import type { CustomerAnswer } from '../../../src/server/index.js';
import { postJson, startHarness, type Harness } from '../server/harness.js';

const BVN = '22110033445';
const { available } = SIMULATED_ACCOUNTS;

describe('POST /link: the server decides the customer', () => {
  let app: Harness;
  let described: CustomerAnswer = null;
  let asked = 0;
  const saved: { id: string; user: string | null }[] = [];
  before(async () => {
    app = await startHarness({
      customer: () => {
        asked++;
        return described;
      },
      onCustomer: (id, request) => void saved.push({ id, user: request.headers.get('x-test-user') }),
    });
  });
  after(() => app.close());

  test('creates a new customer at Mono and answers only its id: the identity stays on the server', async () => {
    described = { name: 'Ada Obi', email: 'ada.obi@example.com', phone: '08012345678', identity: { type: 'bvn', number: BVN } };
    const response = await app.request('/api/mono/link', { ...postJson({}), user: 'alice' });
    const text = await response.text();
    assert.equal(response.status, 200);
    const created = app.simulator.payments.customers.at(-1)!;
    assert.deepEqual(JSON.parse(text), { customerId: created.id });
    // Mono got the identity; the browser got none of the record Mono echoed.
    assert.equal(created.identity.number, BVN);
    assert.deepEqual([created.first_name, created.last_name], ['Ada', 'Obi']);
    for (const secret of [BVN, 'ada.obi@example.com', '08012345678', 'Obi']) assert.ok(!text.includes(secret), secret);
    assert.deepEqual(saved.at(-1), { id: created.id, user: 'alice' });
  });

  test('a customer the host saved is answered as is, without a call to Mono', async () => {
    described = { id: '6578295bbf09b0a505123456' };
    const before = app.simulator.requests.length;
    const response = await app.request('/api/mono/link', { ...postJson({}), user: 'alice' });
    assert.deepEqual(await response.json(), { customerId: '6578295bbf09b0a505123456' });
    assert.equal(app.simulator.requests.length, before);
  });

  test('Mono refusing a customer is 502 without Mono\'s words, which quote the identity', async () => {
    described = { name: 'Ada Obi', email: 'ada2@example.com', identity: { type: 'bvn', number: BVN } };
    const response = await app.request('/api/mono/link', { ...postJson({}), user: 'alice' });
    const text = await response.text();
    assert.equal(response.status, 502);
    assert.equal(JSON.parse(text).error.code, 'CUSTOMER_NOT_CREATED');
    assert.ok(!text.includes(BVN));
  });

  test('a customer() answer that is not a customer is the host\'s bug: 500, nothing sent to Mono', async () => {
    described = { name: 'Ada', email: 'not an email', identity: { type: 'bvn', number: BVN } };
    const before = app.simulator.requests.length;
    const response = await app.request('/api/mono/link', { ...postJson({}), user: 'alice' });
    const text = await response.text();
    assert.equal(response.status, 500);
    assert.equal(JSON.parse(text).error.code, 'CUSTOMER_INVALID');
    assert.ok(!text.includes(BVN));
    assert.equal(app.simulator.requests.length, before);
  });

  test('re-authorising someone else\'s account is 403 and reaches nothing upstream, not even customer()', async () => {
    app.owners.set('alice', new Set([available]));
    const [requests, calls] = [app.simulator.requests.length, asked];
    const response = await app.request('/api/mono/link', { ...postJson({ accountId: available }), user: 'mallory' });
    assert.equal(response.status, 403);
    assert.equal((await response.json()).error.code, 'FORBIDDEN');
    assert.equal(app.simulator.requests.length, requests);
    assert.equal(asked, calls);
  });

  test('re-authorising your own account is allowed and needs no customer', async () => {
    const calls = asked;
    const response = await app.request('/api/mono/link', { ...postJson({ accountId: available }), user: 'alice' });
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), {});
    assert.equal(asked, calls);
  });

  test('nobody signed in: 403 before customer() or Mono', async () => {
    const [requests, calls] = [app.simulator.requests.length, asked];
    assert.equal((await app.request('/api/mono/link', postJson({}))).status, 403);
    assert.equal(app.simulator.requests.length, requests);
    assert.equal(asked, calls);
  });

  test('bad bodies and methods are 4xx', async () => {
    assert.equal((await app.request('/api/mono/link', { ...postJson({ accountId: '../x' }), user: 'alice' })).status, 400);
    assert.equal((await app.request('/api/mono/link', { ...postJson([]), user: 'alice' })).status, 400);
    assert.equal((await app.request('/api/mono/link', { method: 'POST', body: '{}', user: 'alice' })).status, 415);
    const get = await app.request('/api/mono/link', { user: 'alice' });
    assert.equal(get.status, 405);
    assert.equal(get.headers.get('allow'), 'POST');
  });
});

describe('POST /link without a customer option', () => {
  let app: Harness;
  before(async () => {
    app = await startHarness();
  });
  after(() => app.close());

  test('answers an empty session: the widget opens as before', async () => {
    const response = await app.request('/api/mono/link', { ...postJson({}), user: 'alice' });
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), {});
  });
});
