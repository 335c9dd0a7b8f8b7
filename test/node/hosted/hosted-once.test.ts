import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Redis } from 'ioredis';
import { createMemoryBus, type MonoBus } from '../../../src/server/index.js';
import { createRedisBus, type RedisBus } from '../../../src/server/redis.js';
import { startRedis, type RedisProcess } from '../live/redis-server.js';
import { Browser, WEBHOOK_SECRET, playHostedPage, postJson, startHostedHarness, type HostedHarness } from './hosted-harness.js';

/*
 * onLinked runs once per ref however the requests interleave: the page polls
 * from several tabs or instances at once, and Mono retries its webhook (the
 * same delivery, and events that differ only in their event_id) on every
 * instance. Once on one process's memory bus, once across two instances on
 * one real redis-server.
 */

const stores: { name: string; setup(): Promise<{ busFor(index: number): MonoBus; redis?: Redis; prefix?: string; close(): Promise<void> }> }[] = [
  {
    name: 'memory bus (two instances sharing it)',
    async setup() {
      const bus = createMemoryBus();
      return { busFor: () => bus, close: () => bus.close() };
    },
  },
  {
    name: 'Redis (two instances, two connections)',
    async setup() {
      const server: RedisProcess = await startRedis();
      const prefix = `hosted${process.pid}:`;
      const buses: RedisBus[] = [createRedisBus({ url: server.url, prefix }), createRedisBus({ url: server.url, prefix })];
      await Promise.all(buses.map((bus) => bus.ready()));
      const redis = new Redis(server.url);
      return {
        busFor: (index) => buses[index]!,
        redis,
        prefix,
        async close() {
          redis.disconnect();
          for (const bus of buses) await bus.close();
          await server.stop();
        },
      };
    },
  },
];

for (const store of stores) {
  describe(`hosted link on the ${store.name}`, () => {
    let harness: HostedHarness;
    let shared: Awaited<ReturnType<(typeof store)['setup']>>;

    before(async () => {
      shared = await store.setup();
      // Mono's webhooks land on instance B; the page started on A.
      harness = await startHostedHarness({ count: 2, busFor: shared.busFor, webhookTo: 1, proxy: { hostedLinkTtlMs: 60_000 } });
    });
    after(async () => {
      await harness.close();
      await shared.close();
    });

    const [a, b] = [0, 1];
    const api = (index: number) => `${harness.instances[index]!.url}/api/mono`;

    test('concurrent polls on both instances and webhook retries on both: onLinked exactly once, linked only after it', async () => {
      harness.onLinkedDelayMs = 150;
      const ada = new Browser('ada');
      const { url, ref } = (await (await ada.fetch(`${api(a)}/link/hosted`, postJson({ redirectUrl: `${harness.instances[a]!.url}/` }))).json()) as {
        url: string;
        ref: string;
      };
      await playHostedPage(url);
      const accountId = harness.simulator.hostedSessions.at(-1)!.accountId!;
      const connected = (eventId: string) => ({
        event: 'mono.events.account_connected',
        event_id: eventId,
        data: { id: accountId, customer: 'c', meta: { ref, data_status: 'PROCESSING' } },
      });
      const webhook = (index: number, body: unknown) =>
        fetch(`${api(index)}/webhooks`, { method: 'POST', headers: { 'content-type': 'application/json', 'mono-webhook-secret': WEBHOOK_SECRET }, body: JSON.stringify(body) });
      const polls = Array.from({ length: 24 }, (_, n) => async () => {
        await new Promise((resolve) => setTimeout(resolve, (n % 6) * 40));
        const answer = await ada.fetch(`${api(n % 2)}/link/hosted/${ref}`);
        return { status: answer.status, body: (await answer.json()) as Record<string, unknown> };
      });
      const retries = Array.from({ length: 12 }, (_, n) => async () => {
        const answer = await webhook(n % 2, connected(n % 3 === 0 ? 'same-delivery' : `retry-${n}`));
        return answer.status;
      });
      const [answers, statuses] = await Promise.all([Promise.all(polls.map((poll) => poll())), Promise.all(retries.map((retry) => retry()))]);
      assert.ok(statuses.every((status) => status === 200), String(statuses));
      for (const { status, body } of answers) {
        assert.equal(status, 200);
        assert.ok(body['status'] === 'pending' || (body['status'] === 'linked' && body['accountId'] === accountId), JSON.stringify(body));
      }
      // Until it settles; then every instance says the same.
      for (let attempt = 0; attempt < 100; attempt++) {
        const body = (await (await ada.fetch(`${api(attempt % 2)}/link/hosted/${ref}`)).json()) as Record<string, unknown>;
        if (body['status'] === 'linked') break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      for (const index of [a, b]) assert.deepEqual(await (await ada.fetch(`${api(index)}/link/hosted/${ref}`)).json(), { status: 'linked', accountId });
      assert.deepEqual(harness.linked.filter((entry) => entry.accountId === accountId), [{ accountId, user: 'ada' }]);
      harness.onLinkedDelayMs = 0;
    });

    test('onLinked that throws is not counted: the next poll runs it again, and linked is answered only then', async () => {
      const ada = new Browser('ada');
      const { url, ref } = (await (await ada.fetch(`${api(a)}/link/hosted`, postJson({ redirectUrl: `${harness.instances[a]!.url}/` }))).json()) as {
        url: string;
        ref: string;
      };
      await playHostedPage(url);
      const accountId = harness.simulator.hostedSessions.at(-1)!.accountId!;
      await new Promise((resolve) => setTimeout(resolve, 300));
      const linked = harness.linked.length;
      const push = harness.linked.push.bind(harness.linked);
      harness.linked.push = () => {
        throw new Error('database down');
      };
      try {
        const failed = await ada.fetch(`${api(b)}/link/hosted/${ref}`);
        assert.equal(failed.status, 500);
        assert.equal(((await failed.json()) as { error: { code: string } }).error.code, 'LINK_NOT_SAVED');
      } finally {
        harness.linked.push = push;
      }
      assert.deepEqual(await (await ada.fetch(`${api(a)}/link/hosted/${ref}`)).json(), { status: 'linked', accountId });
      assert.deepEqual(harness.linked.slice(linked), [{ accountId, user: 'ada' }]);
    });

    test('records expire with hostedLinkTtlMs on the store itself', async () => {
      const ada = new Browser('ada');
      const { ref } = (await (await ada.fetch(`${api(a)}/link/hosted`, postJson({ redirectUrl: `${harness.instances[a]!.url}/` }))).json()) as { ref: string };
      assert.deepEqual(await (await ada.fetch(`${api(b)}/link/hosted/${ref}`)).json(), { status: 'pending' }, 'the other instance knows the ref');
      if (shared.redis) {
        const ttl = await shared.redis.pttl(`${shared.prefix}value:mono:hosted:session:${ref}`);
        assert.ok(ttl > 55_000 && ttl <= 60_000, `PTTL ${ttl}`);
      }
    });
  });
}

describe('the bus store: put/get with a TTL and set-if-absent', () => {
  test('memory: expires, refuses a second put when absent-only, and stays bounded', async () => {
    const bus = createMemoryBus({ maxValues: 3 });
    assert.equal(await bus.put('k', 'v1', 50, true), true);
    assert.equal(await bus.put('k', 'v2', 50, true), false);
    assert.equal(await bus.get('k'), 'v1');
    assert.equal(await bus.put('k', 'v3', 50), true);
    assert.equal(await bus.get('k'), 'v3');
    await new Promise((resolve) => setTimeout(resolve, 70));
    assert.equal(await bus.get('k'), undefined);
    assert.equal(await bus.put('k', 'v4', 50, true), true, 'an expired key is absent');
    for (const key of ['a', 'b', 'c', 'd']) await bus.put(key, key, 60_000);
    assert.equal(await bus.get('k'), undefined, 'the oldest went first');
    assert.equal(await bus.get('d'), 'd');
    await bus.close();
  });
});
