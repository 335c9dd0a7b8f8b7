import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createMonoApiSimulator, SIMULATED_ACCOUNTS } from '../../../src/testing/node.js';

const KEY = { 'mono-sec-key': 'test_sk_simulator' };
const call = async (simulator: ReturnType<typeof createMonoApiSimulator>, path: string, init: RequestInit = {}) => {
  const response = await simulator.handle(new Request(`https://mono.test${path}`, { ...init, headers: { ...KEY, ...(init.headers as object) } }));
  return { status: response.status, body: (await response.json()) as any };
};

describe('Mono API simulator', () => {
  test('is deterministic for a seed, and differs between seeds', async () => {
    const path = `/v2/accounts/${SIMULATED_ACCOUNTS.available}/transactions?page=3`;
    const a = await call(createMonoApiSimulator({ seed: 7 }), path);
    const b = await call(createMonoApiSimulator({ seed: 7 }), path);
    const c = await call(createMonoApiSimulator({ seed: 8 }), path);
    assert.deepEqual(a.body.data, b.body.data);
    assert.notDeepEqual(a.body.data, c.body.data);
  });

  test('has hundreds of Naira transactions in kobo, newest first, with consistent balances', async () => {
    const simulator = createMonoApiSimulator();
    const { body } = await call(simulator, `/v2/accounts/${SIMULATED_ACCOUNTS.available}/transactions?paginate=false`);
    assert.ok(body.data.length >= 240 && body.data.length < 420, String(body.data.length));
    for (let i = 1; i < body.data.length; i++) {
      const [newer, older] = [body.data[i - 1], body.data[i]];
      assert.ok(Date.parse(newer.date) > Date.parse(older.date));
      assert.ok(Number.isInteger(newer.amount) && newer.amount > 0);
      // balance after `older` + effect of `newer` = balance after `newer`
      assert.equal(older.balance + (newer.type === 'credit' ? newer.amount : -newer.amount), newer.balance);
    }
    assert.ok(body.data.some((row: any) => /^NIP TRF/.test(row.narration)));
  });

  test('answers v1 shapes on v1 paths', async () => {
    const simulator = createMonoApiSimulator();
    const details = await call(simulator, `/accounts/${SIMULATED_ACCOUNTS.available}`);
    assert.equal(details.body.account._id, SIMULATED_ACCOUNTS.available);
    assert.match(details.body.account.institution.bankCode, /^\d+$/);
    assert.equal(details.body.meta.data_status, 'AVAILABLE');
    const page = await call(simulator, `/accounts/${SIMULATED_ACCOUNTS.available}/transactions?page=2`);
    assert.equal(page.body.paging.page, 2);
    assert.match(page.body.paging.previous, /page=1/);
    assert.ok(page.body.data[0]._id);
  });

  test('filters by type, narration and date range, and pages with previous/next', async () => {
    const simulator = createMonoApiSimulator();
    const base = `/v2/accounts/${SIMULATED_ACCOUNTS.available}/transactions`;
    const credits = await call(simulator, `${base}?type=credit&paginate=false`);
    assert.ok(credits.body.data.length > 0 && credits.body.data.every((row: any) => row.type === 'credit'));
    const pos = await call(simulator, `${base}?narration=pos%20purchase&paginate=false`);
    assert.ok(pos.body.data.length > 0 && pos.body.data.every((row: any) => row.narration.startsWith('POS PURCHASE')));
    const october = await call(simulator, `${base}?start=01-10-2026&end=31-10-2026&paginate=false`);
    assert.ok(october.body.data.every((row: any) => row.date >= '2026-10-01' && row.date < '2026-11-01'));
    const first = await call(simulator, `${base}?limit=50`);
    assert.equal(first.body.data.length, 50);
    assert.equal(first.body.meta.previous, null);
    assert.match(first.body.meta.next, /page=2/);
  });

  test('data status: PROCESSING until processingMs after linking, then AVAILABLE; FAILED and partial presets', async () => {
    let now = 1_000_000;
    const simulator = createMonoApiSimulator({ now: () => now, processingMs: 5000 });
    assert.equal(simulator.dataStatus(SIMULATED_ACCOUNTS.processing), 'PROCESSING');
    assert.equal(simulator.dataStatus(SIMULATED_ACCOUNTS.failed), 'FAILED');
    assert.equal(simulator.dataStatus(SIMULATED_ACCOUNTS.partial), 'partial');
    const code = simulator.issueCode();
    const { body } = await call(simulator, '/v2/accounts/auth', { method: 'POST', body: JSON.stringify({ code }) });
    const id = body.data.id;
    assert.equal((await call(simulator, `/v2/accounts/${id}`)).body.data.meta.data_status, 'PROCESSING');
    assert.deepEqual((await call(simulator, `/v2/accounts/${id}/transactions`)).body.data, [], 'empty payload while processing');
    now += 5000;
    assert.equal((await call(simulator, `/v2/accounts/${id}`)).body.data.meta.data_status, 'AVAILABLE');
    assert.equal(simulator.dataStatus(SIMULATED_ACCOUNTS.processing), 'AVAILABLE');
  });

  test('codes are single use and expire after 10 minutes', async () => {
    let now = 0;
    const simulator = createMonoApiSimulator({ now: () => now });
    const exchange = (code: string) => call(simulator, '/v2/accounts/auth', { method: 'POST', body: JSON.stringify({ code }) });
    const code = simulator.issueCode();
    assert.equal((await exchange(code)).status, 200);
    assert.match((await exchange(code)).body.message, /already been used/);
    const late = simulator.issueCode();
    now += 10 * 60_000 + 1;
    const expired = await exchange(late);
    assert.equal(expired.status, 400);
    assert.match(expired.body.message, /expired/);
    assert.equal((await exchange('code_never_issued')).status, 400);
  });

  test('checks mono-sec-key', async () => {
    const simulator = createMonoApiSimulator();
    const response = await simulator.handle(new Request(`https://mono.test/v2/accounts/${SIMULATED_ACCOUNTS.available}`));
    assert.equal(response.status, 401);
    const wrong = await simulator.handle(
      new Request(`https://mono.test/v2/accounts/${SIMULATED_ACCOUNTS.available}`, { headers: { 'mono-sec-key': 'test_sk_other' } }),
    );
    assert.equal(wrong.status, 401);
  });

  test('switchable faults are consumed one request at a time', async () => {
    const simulator = createMonoApiSimulator();
    simulator.faults.serverErrors = 1;
    simulator.faults.rateLimits = 1;
    simulator.faults.retryAfterSeconds = 3;
    simulator.faults.malformed = 1;
    const path = `https://mono.test/v2/accounts/${SIMULATED_ACCOUNTS.available}`;
    const statuses = [];
    for (let i = 0; i < 4; i++) {
      const response = await simulator.handle(new Request(path, { headers: KEY }));
      statuses.push(response.status);
      if (response.status === 429) assert.equal(response.headers.get('retry-after'), '3');
      if (i === 2) await assert.rejects(response.clone().json());
    }
    assert.deepEqual(statuses, [500, 429, 200, 200]);
  });
});
