// The simulator's side of the hosted link, asked directly: POST
// /v2/accounts/initiate refuses what Mono refuses and answers Mono's
// documented shape; the hosted page answers every request with a page (or a
// 303), however malformed; the webhooks that follow carry meta.ref.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { after, before, test } from 'node:test';
import { startMonoSimulator, type StartedSimulator } from '../../../src/testing/node.js';
import { initiateAnswer, initiateAuthRequest, initiateReauthRequest } from '../../fixtures/mono/hosted-link.js';
import { closeServer, listen } from '../server/harness.js';

let mono: StartedSimulator;
let hooks: { body: Record<string, unknown> }[];
let hookServer: ReturnType<typeof createServer>;
before(async () => {
  hooks = [];
  hookServer = createServer((request, response) => {
    let text = '';
    request.on('data', (chunk) => (text += chunk));
    request.on('end', () => {
      hooks.push({ body: JSON.parse(text) as Record<string, unknown> });
      response.end('{}');
    });
  });
  const hookUrl = await listen(hookServer);
  mono = await startMonoSimulator({ processingMs: 100, webhook: { url: hookUrl, secret: 'whsec_sim' } });
});
after(async () => {
  await mono.close();
  await closeServer(hookServer);
});

const initiate = (body: unknown, key = mono.secretKey) =>
  fetch(`${mono.url}/v2/accounts/initiate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { 'mono-sec-key': key } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

test('initiate answers Mono’s documented shape, with a mono_url to the simulator’s page', async () => {
  const answer = await initiate({ ...initiateAuthRequest, redirect_url: 'https://app.example.test/back?x=1' });
  assert.equal(answer.status, 200);
  const body = (await answer.json()) as typeof initiateAnswer;
  assert.deepEqual(Object.keys(body).sort(), Object.keys(initiateAnswer).sort());
  assert.deepEqual(Object.keys(body.data).sort(), Object.keys(initiateAnswer.data).sort());
  assert.equal(body.data.scope, 'auth');
  assert.deepEqual(body.data.meta, { ref: '99008877TEST' });
  assert.match(body.data.mono_url, new RegExp(`^${mono.url}/hosted/[0-9A-F]{14}$`));
});

test('initiate refuses what Mono refuses, and needs the secret key', async () => {
  const account = mono.linkAccount();
  const cases: [string, unknown, number][] = [
    ['no key', initiateAuthRequest, 401],
    ['not JSON', '{"scope":', 400],
    ['an array', [], 400],
    ['no scope', { ...initiateAuthRequest, scope: undefined }, 400],
    ['another scope', { ...initiateAuthRequest, scope: 'payments' }, 400],
    ['no customer', { ...initiateAuthRequest, customer: undefined }, 400],
    ['an unknown customer id', { ...initiateAuthRequest, customer: { id: 'cus_nobody' } }, 400],
    ['meta not an object', { ...initiateAuthRequest, meta: 'ref' }, 400],
    ['meta.ref a number', { ...initiateAuthRequest, meta: { ref: 7 } }, 400],
    ['redirect_url not a URL', { ...initiateAuthRequest, redirect_url: 'not a url' }, 400],
    ['redirect_url javascript:', { ...initiateAuthRequest, redirect_url: 'javascript:alert(1)' }, 400],
    ['reauth without account', { ...initiateReauthRequest, account: undefined }, 400],
    ['reauth of an unknown account', initiateReauthRequest, 404],
    ['reauth of a known account', { ...initiateReauthRequest, account }, 200],
  ];
  for (const [what, body, status] of cases) {
    const answer = await initiate(body, what === 'no key' ? '' : mono.secretKey);
    assert.equal(answer.status, status, what);
    assert.equal(typeof ((await answer.json()) as { message?: string }).message, 'string', what);
  }
});

test('the hosted page answers anything with a page: unknown sessions, malformed forms, other methods', async () => {
  const { data } = (await (await initiate({ ...initiateAuthRequest, redirect_url: 'https://app.example.test/back' })).json()) as typeof initiateAnswer;
  const post = (body: string, type = 'application/x-www-form-urlencoded') => fetch(data.mono_url, { method: 'POST', headers: { 'content-type': type }, body, redirect: 'manual' });
  const unknown = await fetch(`${mono.url}/hosted/0000000000000000`);
  assert.equal(unknown.status, 404);
  assert.match(unknown.headers.get('content-type')!, /^text\/html/);
  assert.match(unknown.headers.get('content-security-policy')!, /default-src 'none'/);
  for (const [body, type] of [['%%%&&&=', undefined], ['action=bank&institution=sandbox-nowhere', undefined], ['x'.repeat(100_000), undefined], ['{"action":"login"}', 'application/json'], ['action=login', undefined]] as const) {
    const answer = await post(body, type);
    assert.equal(answer.status, 400, body.slice(0, 40));
    assert.match(await answer.text(), /<h1 id="title">Link your bank<\/h1>/);
  }
  assert.equal((await fetch(data.mono_url, { method: 'PUT' })).status, 401, 'not the page: the API, which wants a key');
  // Script in a bank name or error could not run: the page escapes, and its CSP has no script source.
  const wrong = await post('action=login&institution=sandbox-gtbank&password=wrong');
  assert.equal(wrong.status, 200);
  assert.match(await wrong.text(), /role="alert">Incorrect username or password\.</);
  const done = await post('action=login&institution=sandbox-gtbank&password=sandbox');
  assert.equal(done.status, 303);
  assert.equal(done.headers.get('location'), 'https://app.example.test/back');
  assert.equal((await post('action=cancel')).status, 404, 'used up');
});

test('after the page: account_connected with meta.ref and the customer, then account_updated with meta.ref', async () => {
  hooks.length = 0;
  const { data } = (await (await initiate({ ...initiateAuthRequest, meta: { ref: 'REF123' }, redirect_url: undefined })).json()) as typeof initiateAnswer;
  const done = await fetch(data.mono_url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: 'action=login&institution=sandbox-kuda&password=sandbox',
    redirect: 'manual',
  });
  // No redirect_url given: Mono's page ends there.
  assert.equal(done.status, 200);
  const session = mono.hostedSessions.at(-1)!;
  assert.equal(session.status, 'linked');
  // The previous test's link sends its own account_updated meanwhile: only this ref's count.
  type Hook = { event: string; event_id: string; data: Record<string, any> };
  const ours = () => hooks.map((hook) => hook.body as Hook).filter((hook) => hook.data['meta']?.ref === 'REF123');
  for (let attempt = 0; attempt < 60 && ours().length < 2; attempt++) await new Promise((resolve) => setTimeout(resolve, 25));
  const [connected, updated] = ours();
  assert.equal(connected!.event, 'mono.events.account_connected');
  assert.deepEqual(connected!.data['meta'].ref, 'REF123');
  assert.equal(connected!.data['id'], session.accountId);
  assert.equal(connected!.data['customer'], data.customer);
  assert.equal(updated!.event, 'mono.events.account_updated');
  assert.equal(updated!.data['account']._id, session.accountId);
  assert.equal(updated!.data['meta'].ref, 'REF123');
  assert.equal(updated!.data['meta'].data_status, 'AVAILABLE');
  assert.notEqual(connected!.event_id, updated!.event_id);
  assert.equal(mono.account(session.accountId!)?.bank.name, 'Kuda');
});
