import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createMonoProxy, type MonoProxyOptions } from '../../../src/server/index.js';
import { exchangeShortId, exchangeUnderscoreId, exchangeV1, exchangeV2 } from '../../fixtures/mono/exchange.js';

const SECRET = 'test_sk_validation_77aa';
const ID = '5f9a0c1b2d3e4f5a6b7c8d01';

/** A proxy in front of a Mono that answers `body` to everything and records what reached it. */
function proxyAnswering(body: unknown, options: Partial<MonoProxyOptions> = {}) {
  const seen: Request[] = [];
  const linked: string[] = [];
  const proxy = createMonoProxy({
    secretKey: SECRET,
    authorize: () => true,
    onLinked: (id) => void linked.push(id),
    fetch: async (request) => (seen.push(request), Response.json(body)),
    ...options,
  });
  return { proxy, seen, linked };
}

const post = (body: BodyInit, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  new Request('http://app.test/api/mono/accounts/auth', { method: 'POST', headers, body });

describe('impossible dates are 400 and never reach Mono', () => {
  // V8's Date.parse('2021-02-30') is 2 March, not NaN: only a round trip of the parts catches these.
  for (const [name, value] of [
    ['start', '2021-02-30'],
    ['end', '31-04-2024'],
    ['start', '2023-02-29'],
    ['end', '2024-04-31'],
    ['start', '00-01-2024'],
    ['start', '2024-00-10'],
    ['start', '0099-01-01'],
  ]) {
    test(`${name}=${value}`, async () => {
      const { proxy, seen } = proxyAnswering({ data: [] });
      const response = await proxy(new Request(`http://app.test/api/mono/accounts/${ID}/transactions?${name}=${value}`));
      assert.equal(response.status, 400);
      assert.equal(((await response.json()) as any).error.code, 'INVALID_QUERY');
      assert.equal(seen.length, 0);
    });
  }

  test('real dates pass, in Mono\'s DD-MM-YYYY (29 February of a leap year included)', async () => {
    const { proxy, seen } = proxyAnswering({ data: [] });
    const response = await proxy(new Request(`http://app.test/api/mono/accounts/${ID}/transactions?start=2024-02-29&end=31-12-2024`));
    assert.equal(response.status, 200);
    const query = new URL(seen[0]!.url).searchParams;
    assert.equal(query.get('start'), '29-02-2024');
    assert.equal(query.get('end'), '31-12-2024');
  });
});

describe('request bodies where Request.prototype.body does not exist (Firefox)', () => {
  /** A Request as Firefox builds it: no `body` stream, only arrayBuffer()/text(). */
  const withoutBodyStream = (request: Request) => {
    Object.defineProperty(request, 'body', { get: () => undefined });
    assert.equal(request.body, undefined);
    return request;
  };

  test('the code exchange reads the body with arrayBuffer()', async () => {
    const { proxy, linked } = proxyAnswering(exchangeV1);
    const response = await proxy(withoutBodyStream(post(JSON.stringify({ code: 'code_abc' }))));
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), { id: exchangeV1.id });
    assert.deepEqual(linked, [exchangeV1.id]);
  });

  test('the size cap still holds, and bad JSON is still 400', async () => {
    const { proxy, seen } = proxyAnswering(exchangeV1);
    const big = await proxy(withoutBodyStream(post(JSON.stringify({ code: 'c', pad: 'x'.repeat(5000) }))));
    assert.equal(big.status, 413);
    // Without Content-Length (a stream body), only the bytes read can tell.
    const streamed = new Request('http://app.test/api/mono/accounts/auth', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: new Blob(['{"code":"c","pad":"', 'x'.repeat(5000), '"}']).stream(),
      duplex: 'half',
    } as RequestInit & { duplex: 'half' });
    assert.equal((await proxy(withoutBodyStream(streamed))).status, 413);
    const broken = await proxy(withoutBodyStream(post('{"code":')));
    assert.equal(broken.status, 400);
    assert.equal(seen.length, 0);
  });
});

describe('a body something else has already read', () => {
  test('is 400 INVALID_BODY, with or without Request.body, never a 500', async () => {
    const { proxy } = proxyAnswering(exchangeV1);
    for (const firefox of [false, true]) {
      const request = post(JSON.stringify({ code: 'code_abc' }));
      await request.text();
      if (firefox) Object.defineProperty(request, 'body', { get: () => undefined });
      const response = await proxy(request);
      assert.equal(response.status, 400);
      assert.equal(((await response.json()) as any).error.code, 'INVALID_BODY');
    }
  });
});

describe('every exchange layout Mono documents', () => {
  for (const [name, body, id] of [
    ['v1 { id }', exchangeV1, exchangeV1.id],
    ['v2 { status, message, data: { id } }', exchangeV2, exchangeV2.data.id],
    ['{ data: { _id } }', exchangeUnderscoreId, exchangeUnderscoreId.data._id],
    ['an id that is not 24-hex', exchangeShortId, exchangeShortId.id],
  ] as const) {
    test(`${name} → { id }, saved with onLinked`, async () => {
      const { proxy, linked } = proxyAnswering(body);
      const response = await proxy(post(JSON.stringify({ code: 'code_abc' })));
      assert.equal(response.status, 200);
      assert.deepEqual(await response.json(), { id });
      assert.deepEqual(linked, [id]);
    });
  }

  for (const [name, body] of [
    ['no id', { status: 'successful', data: {} }],
    ['an id that could change a path', { id: '../v2/accounts/other' }],
    ['an empty id', { data: { id: '' } }],
  ] as const) {
    test(`${name}: 502, and nothing is saved`, async () => {
      const { proxy, linked } = proxyAnswering(body);
      const response = await proxy(post(JSON.stringify({ code: 'code_abc' })));
      assert.equal(response.status, 502);
      assert.equal(((await response.json()) as any).error.code, 'UPSTREAM_INVALID_RESPONSE');
      assert.deepEqual(linked, []);
    });
  }
});
