import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createMemoryBus } from '../../../src/server/bus/memory.js';
import { institutionsRoute, normaliseInstitutions } from '../../../src/server/routes/institutions.js';
import { json } from '../../../src/server/responses.js';
import { startHarness, type Harness } from './harness.js';

const institutionCalls = (app: Harness, from = 0) => app.simulator.requests.slice(from).filter((r) => r.path === '/v1/institutions').length;

describe('GET /institutions', () => {
  let app: Harness;
  before(async () => {
    app = await startHarness();
  });
  after(() => app.close());

  test('no user: 403 and nothing upstream', async () => {
    const response = await app.request('/api/mono/institutions');
    assert.equal(response.status, 403);
    assert.equal(institutionCalls(app), 0);
  });

  test('a failed fetch is not kept: the next request tries again', async () => {
    app.simulator.faults.serverErrors = 1;
    assert.equal((await app.request('/api/mono/institutions', { user: 'alice' })).status, 502);
    assert.equal((await app.request('/api/mono/institutions', { user: 'alice' })).status, 200);
    assert.equal(institutionCalls(app), 2);
  });

  test('many requests, at once and after, make no further upstream call; the shape is the picker\'s', async () => {
    const from = app.simulator.requests.length;
    const responses = await Promise.all(Array.from({ length: 10 }, () => app.request('/api/mono/institutions', { user: 'bob' })));
    assert.ok(responses.every((r) => r.status === 200));
    assert.equal(institutionCalls(app, from), 0);
    const text = await responses[0]!.text();
    const { institutions } = JSON.parse(text) as { institutions: any[] };
    assert.equal(institutions.length, 6);
    assert.deepEqual(Object.keys(institutions[0]).sort(), ['authMethods', 'color', 'icon', 'id', 'name', 'type']);
    assert.equal(institutions[0].name, 'GTBank');
    assert.deepEqual(institutions[0].authMethods, ['internet_banking', 'mobile_banking']);
    assert.match(institutions[0].icon, /^data:image\/svg\+xml,/);
    assert.match(institutions[0].color, /^#[0-9A-F]{6}$/i);
    // Mono's login-form descriptions stay on the server.
    assert.ok(!text.includes('"ui"') && !text.includes('Log in to'));
  });
});

describe('institutions cache', () => {
  test('concurrent first requests share one fetch; it is fetched again after 24 h', async () => {
    let calls = 0;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let clock = 0;
    const route = institutionsRoute(
      {
        authorized: async () => {},
        call: async () => {
          calls++;
          await gate;
          return [{ _id: 'i1', name: 'Bank', auth_methods: [{ type: 'internet_banking' }] }];
        },
        callWithHeaders: async () => ({ body: null, headers: new Headers() }),
        answer: (body) => json(body),
        privacy: {},
        bus: createMemoryBus(),
        accountPath: (id) => `/v2/accounts/${id}`,
      },
      () => clock,
    );
    const request = () => route(new Request('http://host/api/mono/institutions'));
    const pending = Promise.all([request(), request(), request()]);
    release();
    const answers = await Promise.all((await pending).map((r) => r.json()));
    assert.equal(calls, 1);
    assert.deepEqual(answers[0], { institutions: [{ id: 'i1', name: 'Bank', icon: null, color: null, authMethods: ['internet_banking'], type: null }] });
    clock = 24 * 3600_000 - 1;
    await request();
    assert.equal(calls, 1);
    clock = 24 * 3600_000 + 1;
    await request();
    assert.equal(calls, 2);
  });

  test('icons other than https or an inline image, and odd colours, are dropped', () => {
    const [bank] = normaliseInstitutions({ data: [{ id: 'x', name: 'X', icon: 'javascript:alert(1)', primaryColor: 'red;background:url(x)' }] });
    assert.deepEqual(bank, { id: 'x', name: 'X', icon: null, color: null, authMethods: [], type: null });
    assert.equal(normaliseInstitutions([{ _id: 'y', name: 'Y', icon: 'http://insecure/y.png' }])[0]!.icon, null);
    assert.equal(normaliseInstitutions([{ _id: 'z', name: 'Z', icon: 'https://cdn/z.png' }])[0]!.icon, 'https://cdn/z.png');
  });
});
