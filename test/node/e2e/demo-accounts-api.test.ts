// The demo backend's account routes, asked directly: the signed-in user's
// two sandbox accounts are listed, refreshed and unlinked; anyone else's
// account (the simulator's presets are someone else's here) is 403 and
// nothing about it reaches Mono.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startDemo, type Demo } from '../../../demo/server.js';
import { SIMULATED_ACCOUNTS } from '../../../src/testing/index.js';

let demo: Demo;
before(async () => {
  demo = await startDemo({ port: 0, processingMs: 300 });
});
after(() => demo?.close());

const api = (path: string, init?: RequestInit) => fetch(new URL(`/api/mono${path}`, demo.url), init);
const seenSince = (from: number) => demo.simulator!.requests.slice(from).map((r) => `${r.method} ${r.path}`);
const someoneElses = SIMULATED_ACCOUNTS.available;

test('the demo user starts with two sandbox accounts, and the list reads only those from Mono', async () => {
  const from = demo.simulator!.requests.length;
  const response = await api('/accounts');
  assert.equal(response.status, 200);
  const { accounts } = (await response.json()) as { accounts: { id: string; institution?: { name?: string }; dataStatus: string }[] };
  assert.deepEqual(accounts.map((account) => [account.institution?.name, account.dataStatus]), [['Access Bank', 'AVAILABLE'], ['Zenith Bank', 'AVAILABLE']]);
  assert.deepEqual(seenSince(from).sort(), accounts.map((account) => `GET /v2/accounts/${account.id}`).sort());
});

test('another user\'s account cannot be read, refreshed or unlinked: 403, and nothing reaches Mono', async () => {
  const from = demo.simulator!.requests.length;
  const answers = await Promise.all([
    api(`/accounts/${someoneElses}`),
    api(`/accounts/${someoneElses}/refresh`, { method: 'POST' }),
    api(`/accounts/${someoneElses}`, { method: 'DELETE' }),
  ]);
  assert.deepEqual(answers.map((answer) => answer.status), [403, 403, 403]);
  assert.deepEqual(seenSince(from), []);
  assert.ok(demo.simulator!.account(someoneElses), 'still linked at Mono');
  const { accounts } = (await (await api('/accounts')).json()) as { accounts: { id: string }[] };
  assert.ok(!accounts.some((account) => account.id === someoneElses));
});

test('re-linking a bank the user has: duplicateOf names the old id, and the list holds the new one in its place', async () => {
  const before = ((await (await api('/accounts')).json()) as { accounts: { id: string }[] }).accounts.map((account) => account.id);
  const code = demo.simulator!.issueCode({ institutionId: 'sandbox-access' });
  const response = await api('/accounts/auth', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code }) });
  const linked = (await response.json()) as { id: string; duplicateOf?: string };
  assert.equal(response.status, 200);
  assert.equal(linked.duplicateOf, before[0]);
  const after = ((await (await api('/accounts')).json()) as { accounts: { id: string }[] }).accounts.map((account) => account.id);
  assert.deepEqual(after, [linked.id, before[1]]);
});

test('the user\'s own account: refreshed once (then 429 within the cool-down), unlinked (204) and gone from the list', async () => {
  const [first, second] = ((await (await api('/accounts')).json()) as { accounts: { id: string }[] }).accounts.map((account) => account.id);
  const refreshed = await api(`/accounts/${first}/refresh`, { method: 'POST' });
  assert.equal(refreshed.status, 200);
  assert.equal(((await refreshed.json()) as { status: string }).status, 'finished');
  const again = await api(`/accounts/${first}/refresh`, { method: 'POST' });
  assert.equal(again.status, 429);
  assert.ok(Number(again.headers.get('retry-after')) > 0);
  // The second starting account's bank is slow: a job, finished later through the webhook.
  const slow = await api(`/accounts/${second}/refresh`, { method: 'POST' });
  assert.equal(((await slow.json()) as { status: string }).status, 'processing');

  assert.equal((await api(`/accounts/${first}`, { method: 'DELETE' })).status, 204);
  const { accounts } = (await (await api('/accounts')).json()) as { accounts: { id: string }[] };
  assert.deepEqual(accounts.map((account) => account.id), [second]);
  assert.equal((await api(`/accounts/${first}`)).status, 403, 'no longer the user\'s');
});
