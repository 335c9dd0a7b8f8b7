import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createRedisBus, type RedisBus } from '../../../src/server/redis.js';
import { reauthorisationRequired, accountReauthorized } from '../../fixtures/mono/webhook-reauthorisation.js';
import { accountUpdated } from '../../fixtures/mono/webhook-account-updated.js';
import { startHarness, type Harness } from '../server/harness.js';
import { startRedis, type RedisProcess } from './redis-server.js';
import { openSse } from './sse-client.js';

const SECRET = 'whsec_redis_test';
const ACCOUNT = '5fbcde8f8699984153e65537';
const UPDATED = '5f171a530295e231abca1153';

/** Two proxy instances (as behind a load balancer) on one real redis-server started for this file. */
describe('createRedisBus: a webhook on one instance reaches a page on another', () => {
  let redis: RedisProcess;
  let busA: RedisBus;
  let busB: RedisBus;
  let a: Harness;
  let b: Harness;

  before(async () => {
    redis = await startRedis();
    // A prefix per run: a shared Redis would otherwise replay another run's events.
    const prefix = `test${process.pid}:`;
    busA = createRedisBus({ url: redis.url, prefix });
    busB = createRedisBus({ url: redis.url, prefix });
    await Promise.all([busA.ready(), busB.ready()]);
    a = await startHarness({ webhookSecret: SECRET, bus: busA, heartbeatMs: 200 });
    b = await startHarness({ webhookSecret: SECRET, bus: busB, heartbeatMs: 200 });
    for (const harness of [a, b]) harness.owners.set('ada', new Set([ACCOUNT, UPDATED]));
  });
  after(async () => {
    await a?.close();
    await b?.close();
    await busA?.close();
    await busB?.close();
    await redis?.stop();
  });

  const webhook = (harness: Harness, body: unknown) =>
    harness.request('/api/mono/webhooks', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'mono-webhook-secret': SECRET },
      body: JSON.stringify(body),
    });
  const events = (harness: Harness, headers: Record<string, string> = {}) =>
    openSse(`${harness.url}/api/mono/events?account=${ACCOUNT}&account=${UPDATED}`, { 'x-test-user': 'ada', ...headers });

  test('webhook into A, event out of B’s stream, once even when Mono retries on both instances', async () => {
    const stream = await events(b);
    try {
      await stream.next(); // connected
      assert.equal((await webhook(a, reauthorisationRequired)).status, 200);
      assert.equal((await webhook(b, reauthorisationRequired)).status, 200); // the retry lands elsewhere
      const event = await stream.nextEvent();
      assert.equal(event.event, 'reauthorisation_required');
      assert.deepEqual(JSON.parse(event.data!), { accountId: ACCOUNT });
      assert.match(event.id!, /^\d+-\d+$/);
      await assert.rejects(stream.nextEvent(400), /No SSE message/);
    } finally {
      stream.close();
    }
  });

  test('a page resumes on the other instance with Last-Event-ID and gets what it missed', async () => {
    const first = await events(a);
    await webhook(b, accountReauthorized);
    const seen = await first.nextEvent();
    first.close();
    await webhook(a, accountUpdated);
    const resumed = await events(b, { 'last-event-id': seen.id! });
    try {
      const missed = await resumed.nextEvent();
      assert.equal(missed.event, 'account_updated');
      assert.equal(JSON.parse(missed.data!).accountId, UPDATED);
    } finally {
      resumed.close();
    }
  });

  test('Redis going away: streams end, new ones and webhooks are 503, nothing crashes; back: streams reconnect and events flow', async () => {
    const stream = await events(b);
    await stream.next();
    const down = new Promise<void>((resolve) => {
      const off = busB.onState((state) => state === 'down' && (off(), resolve()));
    });
    await redis.stop();
    await down;
    await stream.ended; // the page's EventSource reconnects from here (and polls meanwhile)
    const refused = await fetch(`${b.url}/api/mono/events?account=${ACCOUNT}`, { headers: { 'x-test-user': 'ada' } });
    assert.equal(refused.status, 503);
    assert.ok(refused.headers.get('retry-after'));
    // Mono is told to retry: the event is not lost behind a 2xx.
    for (let i = 0; i < 50 && busA.state !== 'down'; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    assert.equal((await webhook(a, { ...reauthorisationRequired, event_id: 'during-outage' })).status, 503);
    // The account routes do not depend on Redis.
    assert.equal((await b.request(`/api/mono/accounts/${'5f9a0c1b2d3e4f5a6b7c8d01'}`, { user: 'ada' })).status, 403);

    await redis.start();
    await Promise.all([busA.ready(), busB.ready()]);
    const again = await events(b);
    try {
      assert.equal(again.response.status, 200);
      await again.next();
      // Mono's retry of the refused delivery now goes through.
      assert.equal((await webhook(a, { ...reauthorisationRequired, event_id: 'during-outage' })).status, 200);
      const event = await again.nextEvent();
      assert.equal(event.event, 'reauthorisation_required');
    } finally {
      again.close();
    }
  });
});
