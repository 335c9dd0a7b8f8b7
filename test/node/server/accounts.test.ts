import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { SIMULATED_ACCOUNTS } from '../../../src/testing/node.js';
import { createMemoryBus } from '../../../src/server/bus/memory.js';
import type { BusEvent } from '../../../src/server/bus/types.js';
import { startHarness, type Harness } from './harness.js';

const { available, failed, partial, hostile } = SIMULATED_ACCOUNTS;
const missing = 'aaaaaaaaaaaaaaaaaaaaaaaa';

/** Requests the simulator saw for `accountId` since `from`. */
const upstreamFor = (app: Harness, accountId: string, from: number) => app.simulator.requests.slice(from).filter((r) => r.path.includes(accountId));

describe('GET /accounts, DELETE /accounts/:id, POST /accounts/:id/refresh', () => {
  let app: Harness;
  const bus = createMemoryBus();
  const published: BusEvent[] = [];
  const unlinked: { id: string; user: string | null }[] = [];
  before(async () => {
    bus.subscribe((event) => published.push(event));
    app = await startHarness({
      bus,
      listAccounts: (request) => [...(app.owners.get(request.headers.get('x-test-user') ?? '') ?? [])],
      onUnlinked: (id, request) => {
        unlinked.push({ id, user: request.headers.get('x-test-user') });
        app.owners.get(request.headers.get('x-test-user')!)?.delete(id);
      },
      refreshCooldownMs: 60_000,
    });
    app.owners.set('alice', new Set([available, partial, hostile, missing]));
    app.owners.set('bob', new Set([failed]));
  });
  after(async () => {
    await app.close();
    await bus.close();
  });

  test('lists only the user\'s accounts, allow-listed and normalised; one Mono fails on does not hide the others', async () => {
    const response = await app.request('/api/mono/accounts', { user: 'alice' });
    assert.equal(response.status, 200);
    const text = await response.text();
    const { accounts } = JSON.parse(text) as { accounts: any[] };
    assert.deepEqual(accounts.map((a) => a.id), [available, partial, hostile, missing]);
    const account = app.simulator.account(available)!;
    assert.equal(accounts[0].lastFour, account.accountNumber.slice(-4));
    assert.equal(accounts[0].accountNumber, undefined);
    assert.equal(accounts[0].balance, account.balance);
    assert.equal(accounts[0].dataStatus, 'AVAILABLE');
    assert.equal(accounts[0].institution.name, account.bank.name);
    assert.equal(accounts[1].dataStatus, 'PARTIAL');
    // The allow-list: Mono's answer carries the BVN, full number and customer; none of it leaves.
    assert.ok(!text.includes(account.bvn), 'BVN leaked');
    assert.ok(!text.includes(account.accountNumber), 'full account number leaked');
    assert.ok(!/bvn|customer/i.test(text));
    assert.deepEqual(accounts[3], { id: missing, error: { code: 'ACCOUNT_NOT_FOUND', message: 'Account not found.' } });
  });

  test('another user\'s listing holds only their own account', async () => {
    const { accounts } = (await (await app.request('/api/mono/accounts', { user: 'bob' })).json()) as { accounts: any[] };
    assert.deepEqual(accounts.map((a) => a.id), [failed]);
  });

  test('no user: 403 and nothing upstream', async () => {
    const from = app.simulator.requests.length;
    const response = await app.request('/api/mono/accounts');
    assert.equal(response.status, 403);
    assert.equal(app.simulator.requests.length, from);
  });

  test('another user\'s account cannot be refreshed or unlinked: 403, nothing upstream', async () => {
    const from = app.simulator.requests.length;
    const refresh = await app.request(`/api/mono/accounts/${available}/refresh`, { method: 'POST', user: 'bob' });
    assert.equal(refresh.status, 403);
    const unlink = await app.request(`/api/mono/accounts/${available}`, { method: 'DELETE', user: 'bob' });
    assert.equal(unlink.status, 403);
    assert.deepEqual(upstreamFor(app, available, from), []);
    assert.ok(app.simulator.account(available), 'still linked');
    // A refused refresh does not take the owner's slot.
    const own = await app.request(`/api/mono/accounts/${available}/refresh`, { method: 'POST', user: 'alice' });
    assert.equal(own.status, 200);
  });

  test('refresh cool-down holds across concurrent requests: exactly one reaches Mono, the rest get 429 + Retry-After', async () => {
    const from = app.simulator.requests.length;
    const responses = await Promise.all(
      Array.from({ length: 8 }, () => app.request(`/api/mono/accounts/${partial}/refresh`, { method: 'POST', user: 'alice' })),
    );
    const statuses = responses.map((r) => r.status).sort();
    assert.deepEqual(statuses, [200, 429, 429, 429, 429, 429, 429, 429]);
    assert.equal(upstreamFor(app, partial, from).length, 1);
    const ok = (await responses.find((r) => r.status === 200)!.json()) as any;
    assert.equal(ok.status, 'finished');
    assert.match(ok.jobId, /^[0-9a-f]{24}$/);
    assert.ok(!Number.isNaN(Date.parse(ok.updatedAt)));
    const refused = responses.find((r) => r.status === 429)!;
    const retryAfter = Number(refused.headers.get('retry-after'));
    assert.ok(retryAfter > 0 && retryAfter <= 60, `Retry-After ${retryAfter}`);
    assert.equal(((await refused.json()) as any).error.code, 'REFRESH_COOLDOWN');
  });

  test('a refresh still running answers processing; one that needs the user again answers 409', async () => {
    app.simulator.setRefreshOutcome(hostile, 'processing');
    const processing = await app.request(`/api/mono/accounts/${hostile}/refresh`, { method: 'POST', user: 'alice' });
    const body = (await processing.json()) as any;
    assert.equal(body.status, 'processing');
    assert.match(body.jobId, /^[0-9a-f]{24}$/);
    app.simulator.setRefreshOutcome(failed, 'failed');
    const refused = await app.request(`/api/mono/accounts/${failed}/refresh`, { method: 'POST', user: 'bob' });
    assert.equal(refused.status, 409);
    assert.equal(((await refused.json()) as any).error.code, 'REAUTHORISATION_REQUIRED');
  });

  test('a refresh Mono did not carry out gives the slot back', async () => {
    app.owners.get('alice')!.add(SIMULATED_ACCOUNTS.empty);
    app.simulator.faults.serverErrors = 1;
    const first = await app.request(`/api/mono/accounts/${SIMULATED_ACCOUNTS.empty}/refresh`, { method: 'POST', user: 'alice' });
    assert.equal(first.status, 502);
    const second = await app.request(`/api/mono/accounts/${SIMULATED_ACCOUNTS.empty}/refresh`, { method: 'POST', user: 'alice' });
    assert.equal(second.status, 200);
  });

  test('unlink: Mono unlinks, onUnlinked runs, the bus announces it, 204; the account is gone from the list', async () => {
    const from = app.simulator.requests.length;
    const response = await app.request(`/api/mono/accounts/${hostile}`, { method: 'DELETE', user: 'alice' });
    assert.equal(response.status, 204);
    assert.equal(await response.text(), '');
    assert.deepEqual(upstreamFor(app, hostile, from).map((r) => `${r.method} ${r.path}`), [`POST /v2/accounts/${hostile}/unlink`]);
    assert.deepEqual(unlinked, [{ id: hostile, user: 'alice' }]);
    assert.equal(app.simulator.account(hostile), undefined);
    assert.ok(published.some((item) => item.event.type === 'account_unlinked' && item.event.accountId === hostile));
    const { accounts } = (await (await app.request('/api/mono/accounts', { user: 'alice' })).json()) as { accounts: any[] };
    assert.ok(!accounts.some((a) => a.id === hostile));
  });

  test('unlinking an account Mono no longer knows still removes it here; other Mono failures do not', async () => {
    app.owners.get('alice')!.add(missing);
    const gone = await app.request(`/api/mono/accounts/${missing}`, { method: 'DELETE', user: 'alice' });
    assert.equal(gone.status, 204);
    assert.deepEqual(unlinked.at(-1), { id: missing, user: 'alice' });
    app.simulator.faults.serverErrors = 1;
    const count = unlinked.length;
    const failing = await app.request(`/api/mono/accounts/${available}`, { method: 'DELETE', user: 'alice' });
    assert.equal(failing.status, 502);
    assert.equal(unlinked.length, count);
    assert.ok(app.simulator.account(available));
  });

  test('bad ids and wrong methods are refused before anything reaches Mono', async () => {
    const from = app.simulator.requests.length;
    assert.equal((await app.request('/api/mono/accounts/not.an.id/refresh', { method: 'POST', user: 'alice' })).status, 400);
    assert.equal((await app.request('/api/mono/accounts/x/refresh', { user: 'alice' })).status, 405);
    assert.equal((await app.request('/api/mono/accounts', { method: 'POST', user: 'alice' })).status, 405);
    assert.equal(app.simulator.requests.length, from);
  });
});

describe('GET /accounts without listAccounts', () => {
  test('is 404, like the other optional routes', async () => {
    const app = await startHarness();
    try {
      assert.equal((await app.request('/api/mono/accounts', { user: 'alice' })).status, 404);
    } finally {
      await app.close();
    }
  });
});

describe('account routes on Mono\'s v1 paths', () => {
  test('list, refresh and unlink use /accounts/… and keep the allow-list', async () => {
    const app = await startHarness({ apiVersion: 'v1', listAccounts: () => [available, partial] });
    try {
      app.owners.set('alice', new Set([available, partial]));
      const text = await (await app.request('/api/mono/accounts', { user: 'alice' })).text();
      const { accounts } = JSON.parse(text) as { accounts: any[] };
      assert.deepEqual(accounts.map((a) => [a.id, a.dataStatus]), [[available, 'AVAILABLE'], [partial, 'PARTIAL']]);
      assert.ok(!text.includes(app.simulator.account(available)!.bvn));
      assert.equal((await app.request(`/api/mono/accounts/${available}/refresh`, { method: 'POST', user: 'alice' })).status, 200);
      assert.equal((await app.request(`/api/mono/accounts/${partial}`, { method: 'DELETE', user: 'alice' })).status, 204);
      const paths = app.simulator.requests.map((r) => `${r.method} ${r.path}`);
      assert.ok(paths.includes(`GET /accounts/${available}/balance`));
      assert.ok(paths.includes(`POST /accounts/${partial}/unlink`));
    } finally {
      await app.close();
    }
  });
});
