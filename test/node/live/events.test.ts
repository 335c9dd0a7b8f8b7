import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createMemoryBus } from '../../../src/server/index.js';
import { startHarness, type Harness } from '../server/harness.js';
import { openSse } from './sse-client.js';

const A = 'aaaaaaaaaaaaaaaaaaaaaaa1';
const B = 'bbbbbbbbbbbbbbbbbbbbbbb2';
const OTHER = 'ccccccccccccccccccccccc3';

describe('GET /events', () => {
  let harness: Harness;
  const bus = createMemoryBus({ bufferSize: 5 });
  let subscribers = 0;
  const subscribe = bus.subscribe.bind(bus);
  bus.subscribe = (listener) => {
    subscribers++;
    const off = subscribe(listener);
    return () => {
      subscribers--;
      return off();
    };
  };

  before(async () => {
    harness = await startHarness({ bus, heartbeatMs: 100 });
    harness.owners.set('ada', new Set([A, B]));
    harness.owners.set('eve', new Set([OTHER]));
  });
  after(() => harness.close());

  const url = (...accounts: string[]) => `${harness.url}/api/mono/events?${accounts.map((id) => `account=${id}`).join('&')}`;

  test('every account is authorised: one refused is 403 for the whole stream, none named is 400', async () => {
    const refused = await fetch(url(A, OTHER), { headers: { 'x-test-user': 'ada' } });
    assert.equal(refused.status, 403);
    assert.equal((await fetch(url(A), {})).status, 403);
    assert.equal((await fetch(url(), { headers: { 'x-test-user': 'ada' } })).status, 400);
    assert.equal((await fetch(url('../x'), { headers: { 'x-test-user': 'ada' } })).status, 400);
  });

  test('events for the stream’s accounts arrive with an id, the DESIGN name and payload; another user’s never do', async () => {
    const ada = await openSse(url(A, B), { 'x-test-user': 'ada' });
    const eve = await openSse(url(OTHER), { 'x-test-user': 'eve' });
    try {
      assert.equal(ada.response.status, 200);
      assert.match(ada.response.headers.get('content-type') ?? '', /^text\/event-stream/);
      await bus.publish({ type: 'reauthorisation_required', accountId: OTHER });
      await bus.publish({ type: 'account_updated', accountId: A, dataStatus: 'AVAILABLE', retrievedData: ['balance'] });
      await bus.publish({ type: 'job', accountId: B, jobId: 'job1', status: 'finished' });
      const first = await ada.nextEvent();
      assert.equal(first.event, 'account_updated');
      assert.ok(first.id);
      assert.deepEqual(JSON.parse(first.data!), { accountId: A, dataStatus: 'AVAILABLE', retrievedData: ['balance'] });
      const second = await ada.nextEvent();
      assert.equal(second.event, 'job');
      assert.deepEqual(JSON.parse(second.data!), { accountId: B, jobId: 'job1', status: 'finished' });
      assert.notEqual(second.id, first.id);
      const theirs = await eve.nextEvent();
      assert.equal(theirs.event, 'reauthorisation_required');
      assert.deepEqual(JSON.parse(theirs.data!), { accountId: OTHER });
      await assert.rejects(eve.nextEvent(300), /No SSE message/);
    } finally {
      ada.close();
      eve.close();
    }
  });

  test('a comment heartbeat keeps the stream open', async () => {
    const stream = await openSse(url(A), { 'x-test-user': 'ada' });
    try {
      const seen: string[] = [];
      for (let i = 0; i < 3; i++) seen.push((await stream.next(1000)).comment ?? '');
      assert.ok(seen.includes('heartbeat'), `comments: ${seen.join(', ')}`);
    } finally {
      stream.close();
    }
  });

  test('Last-Event-ID replays what was missed, for this stream’s accounts only, then goes live', async () => {
    const first = await openSse(url(A), { 'x-test-user': 'ada' });
    await bus.publish({ type: 'account_reauthorized', accountId: A });
    const seen = await first.nextEvent();
    first.close();
    await bus.publish({ type: 'account_unlinked', accountId: OTHER });
    await bus.publish({ type: 'account_unlinked', accountId: A });
    const resumed = await openSse(url(A), { 'x-test-user': 'ada', 'last-event-id': seen.id! });
    try {
      const missed = await resumed.nextEvent();
      assert.equal(missed.event, 'account_unlinked');
      assert.deepEqual(JSON.parse(missed.data!), { accountId: A });
      await bus.publish({ type: 'account_reauthorized', accountId: A });
      assert.equal((await resumed.nextEvent()).event, 'account_reauthorized');
    } finally {
      resumed.close();
    }
  });

  test('a client that goes away leaves no subscription behind', async () => {
    const settled = async () => {
      for (let i = 0; i < 50 && subscribers !== 0; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    };
    await settled(); // the earlier tests' streams, closed by then
    assert.equal(subscribers, 0);
    const before = 0;
    const streams = await Promise.all([1, 2, 3].map(() => openSse(url(A), { 'x-test-user': 'ada' })));
    await streams[0]!.next();
    assert.equal(subscribers, before + 3);
    for (const stream of streams) stream.close();
    await settled();
    assert.equal(subscribers, before);
  });

  test('only GET', async () => {
    assert.equal((await fetch(url(A), { method: 'POST', headers: { 'x-test-user': 'ada' } })).status, 405);
  });
});
