import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { SIMULATED_ACCOUNTS } from '../../../src/testing/node.js';
import { postJson, startHarness, type Harness } from './harness.js';

const { available } = SIMULATED_ACCOUNTS;

describe('proxy in front of the Mono API simulator (v2)', () => {
  let app: Harness;
  before(async () => {
    // Long enough that a loaded CI machine still asks twice while PROCESSING.
    app = await startHarness({}, { processingMs: 2000 });
  });
  after(() => app.close());

  test('links an account end to end: code → id → PROCESSING → AVAILABLE → transactions', async () => {
    const code = app.simulator.issueCode();
    const exchange = await app.request('/api/mono/accounts/auth', { ...postJson({ code }), user: 'alice' });
    assert.equal(exchange.status, 200);
    const { id } = (await exchange.json()) as { id: string };
    assert.match(id, /^[0-9a-f]{24}$/);
    assert.deepEqual(app.linked.at(-1), { accountId: id, user: 'alice' });

    const first = await app.request(`/api/mono/accounts/${id}`, { user: 'alice' });
    assert.equal(first.status, 200);
    assert.equal(first.headers.get('cache-control'), 'no-store');
    const details = (await first.json()) as any;
    assert.equal(details.data.meta.data_status, 'PROCESSING');
    const early = (await (await app.request(`/api/mono/accounts/${id}/transactions`, { user: 'alice' })).json()) as any;
    // On a loaded machine the 300 ms may be over by the time this answer was made:
    // only an answer given while the account was still PROCESSING must be empty.
    if (app.simulator.dataStatus(id) === 'PROCESSING') assert.deepEqual(early.data, []);

    let ready: any;
    for (let tries = 0; tries < 100; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      ready = await (await app.request(`/api/mono/accounts/${id}`, { user: 'alice' })).json();
      if (ready.data.meta.data_status !== 'PROCESSING') break;
    }
    assert.equal(ready.data.meta.data_status, 'AVAILABLE');
    const page = (await (await app.request(`/api/mono/accounts/${id}/transactions?page=2`, { user: 'alice' })).json()) as any;
    assert.equal(page.data.length, 20);
    assert.equal(page.meta.page, 2);
    assert.ok(page.meta.total >= 240);
    assert.equal(typeof page.data[0].amount, 'number');
  });

  test('the secret key goes to Mono as mono-sec-key and nowhere else', async () => {
    const before = app.simulator.requests.length;
    const code = app.simulator.issueCode({ accountId: available });
    const response = await app.request('/api/mono/accounts/auth', { ...postJson({ code }), user: 'alice' });
    const text = await response.text();
    assert.equal(response.status, 200);
    assert.ok(!text.includes(app.simulator.secretKey));
    assert.equal(app.simulator.requests.length, before + 1);
  });

  test('a used code is refused with 400 INVALID_CODE', async () => {
    const code = app.simulator.issueCode();
    assert.equal((await app.request('/api/mono/accounts/auth', { ...postJson({ code }), user: 'bob' })).status, 200);
    const again = await app.request('/api/mono/accounts/auth', { ...postJson({ code }), user: 'bob' });
    assert.equal(again.status, 400);
    const body = (await again.json()) as any;
    assert.equal(body.error.code, 'INVALID_CODE');
    assert.match(body.error.message, /already been used/);
  });

  test('only allow-listed, valid query parameters reach Mono, dates in Mono\'s format', async () => {
    app.owners.set('carol', new Set([available]));
    const response = await app.request(
      `/api/mono/accounts/${available}/transactions?page=2&type=debit&start=2026-09-01&end=2026-10-31&narration=pos&limit=5&secret=x&apiBase=evil`,
      { user: 'carol' },
    );
    assert.equal(response.status, 200);
    assert.deepEqual(app.simulator.requests.at(-1)!.query, {
      page: '2',
      type: 'debit',
      start: '01-09-2026',
      end: '31-10-2026',
      narration: 'pos',
      limit: '5',
    });
    const body = (await response.json()) as any;
    assert.ok(body.data.every((row: any) => row.type === 'debit' && /pos/i.test(row.narration)));
  });

  for (const [query, why] of [
    ['page=-1', 'negative page'],
    ['page=abc', 'page not a number'],
    ['type=all', 'unknown type'],
    ['start=2026-13-45', 'impossible date'],
    ['limit=100000', 'limit too large'],
    [`narration=${'x'.repeat(101)}`, 'narration too long'],
  ]) {
    test(`a bad query (${why}) is 400 and reaches nothing upstream`, async () => {
      app.owners.set('carol', new Set([available]));
      const before = app.simulator.requests.length;
      const response = await app.request(`/api/mono/accounts/${available}/transactions?${query}`, { user: 'carol' });
      assert.equal(response.status, 400);
      assert.equal(((await response.json()) as any).error.code, 'INVALID_QUERY');
      assert.equal(app.simulator.requests.length, before);
    });
  }
});

describe('authorisation', () => {
  let app: Harness;
  before(async () => {
    app = await startHarness();
    app.owners.set('alice', new Set([SIMULATED_ACCOUNTS.available]));
  });
  after(() => app.close());

  test('another user\'s account id is 403 and nothing is sent upstream', async () => {
    const before = app.simulator.requests.length;
    for (const path of [`/api/mono/accounts/${available}`, `/api/mono/accounts/${available}/transactions`]) {
      const response = await app.request(path, { user: 'mallory' });
      assert.equal(response.status, 403);
      assert.equal(((await response.json()) as any).error.code, 'FORBIDDEN');
    }
    assert.equal((await app.request(`/api/mono/accounts/${available}`)).status, 403, 'no user at all');
    assert.equal(app.simulator.requests.length, before);
  });

  for (const path of [
    `/api/mono/accounts/%2e%2e%2fv2%2faccounts%2f${available}`,
    `/api/mono/accounts/${available}%2Ftransactions`,
    `/api/mono/accounts/x%252F..%252F${available}`,
    `/api/mono/accounts/${available}%00`,
    '/api/mono/accounts/a.b',
    `/api/mono/accounts/${'a'.repeat(65)}`,
    `/api/mono/accounts//${available}`,
  ]) {
    test(`path trick ${path} is refused and reaches nothing upstream`, async () => {
      const before = app.simulator.requests.length;
      const response = await app.request(path, { user: 'alice' });
      assert.ok(response.status === 400 || response.status === 404, `status ${response.status}`);
      assert.equal(app.simulator.requests.length, before);
    });
  }

  test('dot segments are resolved before routing, so they cannot reach another account', async () => {
    const before = app.simulator.requests.length;
    const response = await app.request(`/api/mono/accounts/someone-else/../${'b'.repeat(24)}`, { user: 'alice' });
    assert.equal(response.status, 403);
    assert.equal(app.simulator.requests.length, before);
  });

  test('without authorize() every route answers 403: the proxy fails closed', async () => {
    const open = await startHarness({ authorize: undefined });
    try {
      const code = open.simulator.issueCode();
      const responses = await Promise.all([
        open.request('/api/mono/accounts/auth', { ...postJson({ code }), user: 'alice' }),
        open.request(`/api/mono/accounts/${available}`, { user: 'alice' }),
        open.request(`/api/mono/accounts/${available}/transactions`, { user: 'alice' }),
      ]);
      assert.deepEqual(responses.map((r) => r.status), [403, 403, 403]);
      assert.equal(((await responses[0]!.json()) as any).error.code, 'NOT_AUTHORIZED');
      assert.equal(open.simulator.requests.length, 0);
    } finally {
      await open.close();
    }
  });

  test('an authorize() that throws denies', async () => {
    const throwing = await startHarness({
      authorize: () => {
        throw new Error('session store down');
      },
    });
    try {
      const response = await throwing.request(`/api/mono/accounts/${available}`, { user: 'alice' });
      assert.equal(response.status, 403);
      assert.equal(throwing.simulator.requests.length, 0);
    } finally {
      await throwing.close();
    }
  });
});

describe('bodies the proxy refuses', () => {
  let app: Harness;
  before(async () => {
    app = await startHarness();
  });
  after(() => app.close());

  const cases: [string, RequestInit, number, string][] = [
    ['not JSON', postJson('{"code":'), 400, 'INVALID_JSON'],
    ['no code', postJson({}), 400, 'INVALID_CODE'],
    ['an empty code', postJson({ code: '' }), 400, 'INVALID_CODE'],
    ['a code that is not a string', postJson({ code: 12345 }), 400, 'INVALID_CODE'],
    ['a code with spaces', postJson({ code: 'a b' }), 400, 'INVALID_CODE'],
    ['a code of 600 characters', postJson({ code: 'c'.repeat(600) }), 400, 'INVALID_CODE'],
    ['a body over 4 KB', postJson({ code: 'c', pad: 'x'.repeat(5000) }), 413, 'BODY_TOO_LARGE'],
    ['a form body', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'code=abc' }, 415, 'UNSUPPORTED_MEDIA_TYPE'],
  ];
  for (const [name, init, status, code] of cases) {
    test(`${name}: ${status} ${code}, nothing upstream`, async () => {
      const before = app.simulator.requests.length;
      const response = await app.request('/api/mono/accounts/auth', { ...init, user: 'alice' });
      assert.equal(response.status, status);
      assert.equal(((await response.json()) as any).error.code, code);
      assert.equal(app.simulator.requests.length, before);
    });
  }

  test('a chunked body over the limit is cut off at the limit', async () => {
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 10; i++) controller.enqueue(new TextEncoder().encode('x'.repeat(1000)));
        controller.close();
      },
    });
    const response = await app.request('/api/mono/accounts/auth', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: stream,
      duplex: 'half',
      user: 'alice',
    } as RequestInit & { duplex: 'half'; user: string });
    assert.equal(response.status, 413);
  });

  test('wrong methods are 405 with Allow, unknown routes 404', async () => {
    const get = await app.request('/api/mono/accounts/auth', { user: 'alice' });
    assert.equal(get.status, 405);
    assert.equal(get.headers.get('allow'), 'POST');
    const post = await app.request(`/api/mono/accounts/${available}`, { ...postJson({}), user: 'alice' });
    assert.equal(post.status, 405);
    assert.equal((await app.request('/api/mono/customers', { user: 'alice' })).status, 404);
  });
});

describe('upstream faults', () => {
  let app: Harness;
  before(async () => {
    app = await startHarness({ timeoutMs: 300 });
    app.owners.set('alice', new Set([available]));
  });
  after(() => app.close());
  const get = () => app.request(`/api/mono/accounts/${available}`, { user: 'alice' });

  test('a 500 from Mono is 502 UPSTREAM_ERROR', async () => {
    app.simulator.faults.serverErrors = 1;
    const response = await get();
    assert.equal(response.status, 502);
    assert.equal(((await response.json()) as any).error.code, 'UPSTREAM_ERROR');
    assert.equal((await get()).status, 200, 'the next request is fine');
  });

  test('a 429 from Mono is 429 with its Retry-After', async () => {
    app.simulator.faults.rateLimits = 1;
    app.simulator.faults.retryAfterSeconds = 7;
    const response = await get();
    assert.equal(response.status, 429);
    assert.equal(response.headers.get('retry-after'), '7');
  });

  test('malformed JSON from Mono is 502 UPSTREAM_INVALID_RESPONSE', async () => {
    app.simulator.faults.malformed = 1;
    const response = await get();
    assert.equal(response.status, 502);
    assert.equal(((await response.json()) as any).error.code, 'UPSTREAM_INVALID_RESPONSE');
  });

  test('a slow Mono is 504 UPSTREAM_TIMEOUT', async () => {
    app.simulator.faults.latencyMs = 1000;
    try {
      const response = await get();
      assert.equal(response.status, 504);
      assert.equal(((await response.json()) as any).error.code, 'UPSTREAM_TIMEOUT');
    } finally {
      app.simulator.faults.latencyMs = 0;
    }
  });

  test('an unreachable Mono is 502 UPSTREAM_UNREACHABLE', async () => {
    const down = await startHarness({ apiBase: 'http://127.0.0.1:9' });
    down.owners.set('alice', new Set([available]));
    try {
      const response = await down.request(`/api/mono/accounts/${available}`, { user: 'alice' });
      assert.equal(response.status, 502);
      assert.equal(((await response.json()) as any).error.code, 'UPSTREAM_UNREACHABLE');
    } finally {
      await down.close();
    }
  });

  test('a wrong secret key is 502 UPSTREAM_AUTH_FAILED and the key is not echoed', async () => {
    const wrong = await startHarness({ secretKey: 'test_sk_wrong_for_the_simulator' });
    wrong.owners.set('alice', new Set([available]));
    try {
      const response = await wrong.request(`/api/mono/accounts/${available}`, { user: 'alice' });
      const text = await response.text();
      assert.equal(response.status, 502);
      assert.equal(JSON.parse(text).error.code, 'UPSTREAM_AUTH_FAILED');
      assert.ok(!text.includes('test_sk_wrong_for_the_simulator'));
    } finally {
      await wrong.close();
    }
  });

  test('a Mono message that quotes the secret key comes back redacted', async () => {
    const secretKey = 'test_sk_echoed_by_upstream';
    const echoing = await startHarness({
      secretKey,
      fetch: async (request) =>
        new Response(JSON.stringify({ status: 'failed', message: `Key ${request.headers.get('mono-sec-key')} is not allowed here` }), {
          status: 400,
        }),
    });
    echoing.owners.set('alice', new Set([available]));
    try {
      const response = await echoing.request(`/api/mono/accounts/${available}`, { user: 'alice' });
      const text = await response.text();
      assert.equal(response.status, 400);
      assert.ok(!text.includes(secretKey), text);
      assert.match(text, /\[redacted\]/);
    } finally {
      await echoing.close();
    }
  });

  test('onLinked failing is 500 LINK_NOT_SAVED', async () => {
    const failing = await startHarness({
      onLinked: () => {
        throw new Error('db down');
      },
    });
    try {
      const code = failing.simulator.issueCode();
      const response = await failing.request('/api/mono/accounts/auth', { ...postJson({ code }), user: 'alice' });
      assert.equal(response.status, 500);
      assert.equal(((await response.json()) as any).error.code, 'LINK_NOT_SAVED');
    } finally {
      await failing.close();
    }
  });
});

describe('apiVersion v1', () => {
  test('uses Mono\'s v1 paths and passes v1 shapes through', async () => {
    const app = await startHarness({ apiVersion: 'v1' });
    try {
      const code = app.simulator.issueCode({ accountId: available });
      const exchange = await app.request('/api/mono/accounts/auth', { ...postJson({ code }), user: 'dan' });
      assert.deepEqual(await exchange.json(), { id: available });
      assert.equal(app.simulator.requests.at(-1)!.path, '/account/auth');
      const details = (await (await app.request(`/api/mono/accounts/${available}`, { user: 'dan' })).json()) as any;
      assert.equal(app.simulator.requests.at(-1)!.path, `/accounts/${available}`);
      assert.equal(details.account._id, available);
      const page = (await (await app.request(`/api/mono/accounts/${available}/transactions`, { user: 'dan' })).json()) as any;
      assert.equal(page.paging.page, 1);
      assert.ok(page.data[0]._id);
    } finally {
      await app.close();
    }
  });
});
