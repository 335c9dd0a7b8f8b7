import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import fc from 'fast-check';
import { createMonoProxy, toNodeHandler } from '../../../src/server/index.js';
import {
  ACCOUNT_FIELDS,
  ACCOUNT_META_FIELDS,
  ENVELOPE_FIELDS,
  INSTITUTION_FIELDS,
  PAGING_FIELDS,
  TRANSACTION_FIELDS,
} from '../../../src/server/allow-list.js';
import { closeServer, listen } from './harness.js';
import { rawRequest } from './raw-http.js';

const SECRET = 'test_sk_properties_9f8e7d6c5b4a';
const BVN = '22298765432';
const ACCOUNT_NUMBER = '0123456789';
const ID = '5f9a0c1b2d3e4f5a6b7c8d01';
const RUNS = { numRuns: 200, seed: Number(process.env.FC_SEED ?? 20260901) };

const STATUSES = new Set([200, 400, 403, 404, 405, 413, 415, 429, 502, 504]);

/** Keys an answer may hold: the allow-list, and the objects Mono's layouts put them in. */
const ALLOWED_KEYS = new Set<string>([
  ...ACCOUNT_FIELDS,
  ...ACCOUNT_META_FIELDS,
  ...INSTITUTION_FIELDS,
  ...TRANSACTION_FIELDS,
  ...PAGING_FIELDS,
  ...ENVELOPE_FIELDS,
  'data', 'meta', 'account', 'institution', 'paging', 'transactions',
]);

function keysOf(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) keysOf(item, out);
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      out.push(key);
      keysOf(item, out);
    }
  }
  return out;
}

// ---- what a browser (or an attacker) may send -------------------------------------------

const token = fc.stringMatching(/^[!#$%&'*+.^_`|~0-9A-Za-z]{1,12}$/).filter((m) => !/^(connect|trace|track)$/i.test(m));
const method = fc.oneof(fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS', 'get', 'post'), token);
const segment = fc.oneof(
  fc.constantFrom('accounts', 'auth', 'transactions', ID, '..', '.', '', '%2F', '%2e%2e', 'a.b', 'x'.repeat(70), '%00', '\u00e9', 'v2'),
  fc.string({ maxLength: 12 }),
);
const path = fc.oneof(
  fc.array(segment, { maxLength: 5 }).map((parts) => `/api/mono/${parts.join('/')}`),
  fc.array(segment, { maxLength: 4 }).map((parts) => `/${parts.join('/')}`),
);
const queryName = fc.oneof(fc.constantFrom('page', 'limit', 'type', 'start', 'end', 'narration', 'paginate', 'secret'), fc.string({ maxLength: 6 }));
const queryValue = fc.oneof(
  fc.constantFrom('1', '0', '-1', 'debit', 'credit', 'all', '2021-02-30', '2024-02-29', '31-04-2024', '29-02-2024', 'true', '1e3', ''),
  fc.string({ maxLength: 120 }),
);
const query = fc.array(fc.tuple(queryName, queryValue), { maxLength: 4 });
const contentType = fc.constantFrom(undefined, 'application/json', 'application/json; charset=utf-8', 'text/plain', 'application/x-www-form-urlencoded', 'APPLICATION/JSON');
const body = fc.oneof(
  fc.constant(undefined),
  fc.json().map((text) => text),
  fc.record({ code: fc.oneof(fc.string({ maxLength: 20 }), fc.constant('code_ok_123'), fc.integer()) }).map((value) => JSON.stringify(value)),
  fc.string({ maxLength: 200 }),
  fc.nat({ max: 8000 }).map((n) => JSON.stringify({ code: 'c', pad: 'x'.repeat(n) })),
);

// ---- what Mono (or something pretending to be it) may answer -----------------------------

/** Values that must never reach the browser, placed only under keys off the list. */
const secretValue = fc.constantFrom(BVN, { number: BVN, type: 'bvn' }, 'ada@example.com', '+2348031234567', '1990-01-01', { street: '1 Marina' });
const forbiddenKey = fc.constantFrom('bvn', 'identity', 'phone', 'email', 'address', 'dob', 'date_of_birth', 'customer', 'created_at', 'scope', 'something_new');
const plain = fc.oneof(fc.string({ maxLength: 10 }), fc.integer(), fc.boolean(), fc.constant(null), fc.constant(`key ${SECRET} echoed`), fc.constant(SECRET));
const allowedKey = fc.constantFrom(...ALLOWED_KEYS);

/** Mono-like JSON: allowed and structural keys with arbitrary values, forbidden keys with private values, at any depth. */
const monoLike = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    plain,
    fc.array(tie('node'), { maxLength: 3 }),
    tie('object'),
  ),
  object: fc
    .tuple(
      fc.dictionary(allowedKey, tie('node'), { maxKeys: 5 }),
      fc.dictionary(forbiddenKey, secretValue, { maxKeys: 2 }),
      fc.dictionary(fc.constantFrom('account_number', 'accountNumber'), fc.constantFrom(ACCOUNT_NUMBER, Number(ACCOUNT_NUMBER)), { maxKeys: 1 }),
      fc.dictionary(fc.string({ maxLength: 8 }), tie('node'), { maxKeys: 2 }),
    )
    .map(([allowed, forbidden, number, other]) => ({ ...other, ...allowed, ...number, ...forbidden })),
}));

describe('properties of the proxy', () => {
  test('any method, path, query, header and body: an answer from a known set, never a throw, never the key', async () => {
    await fc.assert(
      fc.asyncProperty(method, path, query, contentType, body, fc.boolean(), fc.json(), async (verb, where, pairs, type, payload, allow, upstream) => {
        const url = new URL(`http://app.test${where}`);
        for (const [name, value] of pairs) url.searchParams.append(name, value);
        const headers = new Headers(type ? { 'content-type': type } : {});
        const hasBody = payload !== undefined && !/^(GET|HEAD)$/i.test(verb);
        const request = new Request(url, { method: verb, headers, body: hasBody ? payload : undefined });
        const proxy = createMonoProxy({
          secretKey: SECRET,
          authorize: () => allow,
          fetch: async () => new Response(upstream, { headers: { 'content-type': 'application/json' } }),
        });
        const response = await proxy(request);
        assert.ok(STATUSES.has(response.status), `status ${response.status}`);
        const text = await response.text();
        assert.ok(!text.includes(SECRET));
        const parsed = JSON.parse(text);
        if (response.status >= 400) {
          assert.equal(typeof parsed.error.code, 'string');
          assert.equal(typeof parsed.error.message, 'string');
        }
      }),
      RUNS,
    );
  });

  for (const [route, where] of [
    ['account details', `/api/mono/accounts/${ID}`],
    ['transactions', `/api/mono/accounts/${ID}/transactions`],
  ] as const) {
    test(`${route}: arbitrary JSON from Mono never puts a field off the list, a BVN, the full account number or the key in the answer`, async () => {
      await fc.assert(
        fc.asyncProperty(monoLike.object, async (upstream) => {
          const proxy = createMonoProxy({ secretKey: SECRET, authorize: () => true, fetch: async () => Response.json(upstream) });
          const response = await proxy(new Request(`http://app.test${where}`));
          const text = await response.text();
          assert.ok(response.status === 200 || response.status === 502, `status ${response.status}`);
          for (const leak of [SECRET, BVN, ACCOUNT_NUMBER, '123456789', 'ada@example.com', '+2348031234567', 'Marina']) {
            assert.ok(!text.includes(leak), `${leak} in ${text}`);
          }
          const offList = keysOf(JSON.parse(text)).filter((key) => !ALLOWED_KEYS.has(key) && key !== 'error' && key !== 'code' && key !== 'message');
          assert.deepEqual(offList, []);
        }),
        RUNS,
      );
    });
  }
});

describe('properties of the Node adapter over raw sockets', () => {
  let server: Server;
  let port: number;
  before(async () => {
    const proxy = createMonoProxy({ secretKey: SECRET, authorize: () => false });
    server = createServer(toNodeHandler(proxy));
    port = Number(new URL(await listen(server)).port);
  });
  after(() => closeServer(server));

  test('any request line and Host: an HTTP answer or a closed connection, and the server lives on', async () => {
    const line = fc.tuple(
      fc.oneof(fc.constantFrom('GET', 'POST', 'TRACE', 'TRACK', 'CONNECT', 'OPTIONS', 'PROPFIND', 'BREW'), token),
      fc.oneof(fc.constantFrom('*', 'http://evil/', 'http://evil/api/mono/accounts/auth', '//api/mono', '/api/mono/accounts/auth', 'evil:443'), path.map((p) => p.replace(/[^\x21-\x7e]/g, 'x'))),
      fc.oneof(fc.constantFrom('localhost', 'bad host', '[::1', 'a@b', 'x:99999', '', 'evil.example/x', 'h_1:80'), fc.stringMatching(/^[\x21-\x7e]{0,20}$/)),
    );
    await fc.assert(
      fc.asyncProperty(line, async ([verb, target, host]) => {
        const answer = await rawRequest(port, `${verb} ${target} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`);
        assert.ok(answer.status === 0 || (answer.status >= 400 && answer.status < 500), `${verb} ${target} Host: ${host} → ${answer.head}`);
        const alive = await rawRequest(port, 'GET /api/mono/accounts/auth HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n');
        assert.equal(alive.status, 405);
      }),
      { numRuns: 60, seed: RUNS.seed },
    );
  });
});
