import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createMemoryBus, type BusEvent, type MonoWebhookEvent } from '../../../src/server/index.js';
import { accountUpdated } from '../../fixtures/mono/webhook-account-updated.js';
import { jobFinished } from '../../fixtures/mono/webhook-jobs-update.js';
import { accountUnlinked } from '../../fixtures/mono/webhook-account-unlinked.js';
import { accountReauthorized, reauthorisationRequired } from '../../fixtures/mono/webhook-reauthorisation.js';
import { accountConnected } from '../../fixtures/mono/webhook-account-connected.js';
import { startHarness, type Harness } from '../server/harness.js';

const SECRET = 'whsec_test_live';

describe('POST /webhooks', () => {
  let harness: Harness;
  const bus = createMemoryBus();
  const published: BusEvent[] = [];
  const received: MonoWebhookEvent[] = [];
  bus.subscribe((item) => published.push(item));

  before(async () => {
    harness = await startHarness({ webhookSecret: SECRET, bus, onWebhook: (event) => void received.push(event) });
  });
  after(() => harness.close());

  const post = (body: unknown, secret = SECRET) =>
    harness.request('/api/mono/webhooks', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(secret ? { 'mono-webhook-secret': secret } : {}) },
      body: JSON.stringify(body),
    });

  test('a wrong or missing secret is 401, and nothing is published or handed to onWebhook', async () => {
    const before = published.length;
    assert.equal((await post(accountUpdated, 'whsec_wrong')).status, 401);
    assert.equal((await post(accountUpdated, '')).status, 401);
    assert.equal(published.length, before);
    assert.equal(received.length, 0);
  });

  test('account_updated is published with the status and retrieved data only: no BVN, no account number', async () => {
    const response = await post(accountUpdated);
    assert.equal(response.status, 200);
    const last = published.at(-1)!;
    assert.deepEqual(last.event, {
      type: 'account_updated',
      accountId: '5f171a530295e231abca1153',
      dataStatus: 'AVAILABLE',
      retrievedData: ['identity', 'balance', 'transactions'],
    });
    assert.doesNotMatch(JSON.stringify(last), /9422|0131883461/);
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.equal(received.at(-1)?.event, 'mono.events.account_updated');
  });

  test('Mono sending the same event again is answered 2xx, published once, and onWebhook runs once', async () => {
    const before = published.length;
    const calls = received.length;
    const event = { ...reauthorisationRequired, data: { account: { _id: 'aaaaaaaaaaaaaaaaaaaaaaa1' } } };
    for (let i = 0; i < 3; i++) assert.equal((await post(event)).status, 200);
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.equal(published.length, before + 1);
    assert.equal(received.length, calls + 1);
  });

  test('an explicit event_id identifies a delivery even when the body differs', async () => {
    const before = published.length;
    await post({ ...accountUnlinked, event_id: 'evt_1' });
    await post({ ...accountUnlinked, event_id: 'evt_1', data: { account: { id: 'bbbbbbbbbbbbbbbbbbbbbbb2' } } });
    assert.equal(published.length, before + 1);
  });

  test('each Mono event becomes the page event DESIGN.md names', async () => {
    const before = published.length;
    await post(accountReauthorized);
    await post(jobFinished);
    await post(accountConnected); // nothing for the page
    const events = published.slice(before).map((item) => item.event);
    assert.deepEqual(events, [
      { type: 'account_reauthorized', accountId: '5fbcde8f8699984153e65537' },
      { type: 'job', accountId: '681b12e922f90e2319dea1a', jobId: '681b431edb122e972b21fd4c', status: 'finished' },
    ]);
  });

  test('only POST; and without webhookSecret the route does not exist', async () => {
    assert.equal((await harness.request('/api/mono/webhooks')).status, 405);
    const bare = await startHarness();
    try {
      const response = await bare.request('/api/mono/webhooks', { method: 'POST', headers: { 'mono-webhook-secret': SECRET }, body: '{}' });
      assert.equal(response.status, 404);
    } finally {
      await bare.close();
    }
  });

  test('the answer does not wait for onWebhook, nor fail with it', { timeout: 5000 }, async () => {
    for (const onWebhook of [() => new Promise<void>(() => {}), () => Promise.reject(new Error('host bug'))]) {
      const slow = await startHarness({ webhookSecret: SECRET, onWebhook });
      const logged = console.error;
      console.error = () => {};
      try {
        const response = await slow.request('/api/mono/webhooks', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'mono-webhook-secret': SECRET },
          body: JSON.stringify(accountUnlinked),
        });
        assert.equal(response.status, 200);
        await new Promise((resolve) => setTimeout(resolve, 20));
      } finally {
        console.error = logged;
        await slow.close();
      }
    }
  });

  test('a body that is not a Mono event is 400', async () => {
    assert.equal((await post({ hello: 'world' })).status, 400);
  });
});
