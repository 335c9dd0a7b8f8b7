import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getEventListeners } from 'node:events';
import { createServer } from 'node:http';
import { Socket } from 'node:net';
import { toNodeHandler } from '../../../src/server/index.js';
import { json, jsonTextOf } from '../../../src/server/responses.js';
import { REDACTED, scrubSecret } from '../../../src/server/scrub.js';
import { createUpstream, UpstreamError } from '../../../src/server/upstream.js';
import { closeServer, listen } from './harness.js';

/*
 * What bench/proxy.ts found and what was changed for it (README, "The proxy"):
 * each change keeps what the proxy promises, and these tests hold it there.
 */

const SECRET = 'test_sk_costs_0123456789';
const timers = () => process.getActiveResourcesInfo().filter((name) => name === 'Timeout').length;

describe('upstream calls leave nothing behind', () => {
  const upstream = (send: (request: Request) => Promise<Response>, timeoutMs = 60_000) =>
    createUpstream({ apiBase: 'http://mono.test', secretKey: SECRET, send, timeoutMs, maxBytes: 1 << 20 });

  test('no timer and no abort listener outlives a call, whether it succeeds or fails', async () => {
    const { call } = upstream(async () => new Response('{"ok":true}', { status: 200 }));
    const failing = upstream(async () => new Response('{"message":"no"}', { status: 404 }));
    // A long-lived signal, as a host might pass: listeners must not pile up on it.
    const client = new AbortController().signal;
    const before = timers();
    for (let i = 0; i < 50; i++) {
      assert.deepEqual(await call(client, 'GET', '/v2/accounts/a'), { ok: true });
      await assert.rejects(failing.call(client, 'GET', '/v2/accounts/a'), UpstreamError);
    }
    assert.equal(timers(), before, 'every timeout timer was cleared');
    assert.equal(getEventListeners(client, 'abort').length, 0);
  });

  test('the timeout still covers a call, and is 504', async () => {
    const { call } = upstream(() => new Promise<Response>(() => {}), 50);
    const error = await call(new AbortController().signal, 'GET', '/v2/accounts/a').catch((e: unknown) => e);
    assert.ok(error instanceof UpstreamError);
    assert.equal(error.response.status, 504);
    assert.equal(timers(), 0);
  });

  test('a client that goes away stops the call at once, and reaches the upstream request', async () => {
    let seen: AbortSignal | undefined;
    const { call } = upstream((request) => {
      seen = request.signal;
      return new Promise<Response>(() => {});
    });
    const client = new AbortController();
    const pending = call(client.signal, 'GET', '/v2/accounts/a').catch((e: unknown) => e);
    await new Promise((resolve) => setImmediate(resolve));
    client.abort();
    const error = await pending;
    assert.ok(error instanceof UpstreamError);
    assert.equal(error.response.status, 502);
    assert.equal(seen?.aborted, true, 'the request sent upstream was aborted too');
    assert.equal(getEventListeners(client.signal, 'abort').length, 0);
  });
});

describe('toNodeHandler: the request signal means "the client went away"', () => {
  test('it stays unaborted after the answer is out, and aborts when the client leaves before it', async () => {
    const signals: AbortSignal[] = [];
    let closed: () => void = () => {};
    const handler = toNodeHandler(async (request) => {
      signals.push(request.signal);
      if (new URL(request.url).pathname.endsWith('/slow')) await new Promise((resolve) => request.signal.addEventListener('abort', resolve));
      return json({ ok: true });
    });
    const server = createServer((request, response) => {
      response.once('close', () => setImmediate(() => closed()));
      handler(request, response);
    });
    const url = await listen(server);
    try {
      const done = new Promise<void>((resolve) => (closed = resolve));
      const answer = await fetch(`${url}/api/mono/fast`, { headers: { connection: 'close' } });
      assert.deepEqual(await answer.json(), { ok: true });
      await done;
      assert.equal(signals[0]!.aborted, false, 'an answered request is not aborted');

      const aborted = new Promise<void>((resolve) => (closed = resolve));
      const socket = new Socket();
      await new Promise<void>((resolve) => socket.connect(Number(new URL(url).port), '127.0.0.1', resolve));
      socket.write('GET /api/mono/slow HTTP/1.1\r\nHost: localhost\r\n\r\n');
      while (signals.length < 2) await new Promise((resolve) => setTimeout(resolve, 5));
      socket.destroy();
      await aborted;
      assert.equal(signals[1]!.aborted, true, 'a client that leaves first aborts the signal');
    } finally {
      await closeServer(server);
    }
  });
});

describe('answers without copies', () => {
  test('a body without the secret goes out as it is; one with it is copied and scrubbed, keys too', () => {
    const clean = { data: [{ id: 'a', narration: 'POS', amount: 1 }], meta: { page: 1, next: null } };
    assert.equal(scrubSecret(clean, SECRET), clean);
    const dirty = { data: [{ narration: `echo ${SECRET}` }], [`k${SECRET}`]: 1, ok: 'x' };
    const scrubbed = scrubSecret(dirty, SECRET);
    assert.notEqual(scrubbed, dirty);
    assert.equal(JSON.stringify(scrubbed).includes(SECRET), false);
    assert.deepEqual(scrubbed, { data: [{ narration: `echo ${REDACTED}` }], [`k${REDACTED}`]: 1, ok: 'x' });
  });

  test('anything but plain data still takes the copying walk (a toJSON cannot bring the secret back)', () => {
    const sneaky = { value: { toJSON: () => SECRET } };
    assert.equal(JSON.stringify(scrubSecret(sneaky, SECRET)), '{"value":{}}');
    class Box {
      inner = 'fine';
    }
    const boxed = { box: new Box() };
    assert.notEqual(scrubSecret(boxed, SECRET), boxed);
  });

  test('the adapter writes a json() answer as its own text, and reads any other Response', async () => {
    const answer = json({ a: 'ü', b: [1, 2] }, 201, { 'x-extra': '1' });
    assert.equal(jsonTextOf(answer), '{"a":"ü","b":[1,2]}');
    await answer.clone().text();
    assert.equal(jsonTextOf(answer), '{"a":"ü","b":[1,2]}', 'a clone does not use the body up');
    const read = json({ c: 1 });
    await read.text();
    assert.equal(jsonTextOf(read), undefined, 'a body already read is not written again');
    assert.equal(jsonTextOf(new Response('{}')), undefined);

    let next: Response = answer;
    const server = createServer(toNodeHandler(async () => next));
    const url = await listen(server);
    try {
      const got = await fetch(`${url}/api/mono/x`);
      assert.equal(got.status, 201);
      assert.equal(got.headers.get('x-extra'), '1');
      assert.equal(await got.text(), '{"a":"ü","b":[1,2]}');
      next = new Response('plain', { status: 202 });
      const other = await fetch(`${url}/api/mono/x`);
      assert.equal(other.status, 202);
      assert.equal(await other.text(), 'plain');
    } finally {
      await closeServer(server);
    }
  });
});
