import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createMonoProxy } from '../../../src/server/index.js';
import { createMonoApiSimulator, SIMULATED_ACCOUNTS } from '../../../src/testing/node.js';
import { statementBuildingV1, statementBuildingV2, statementBuiltV2, statementCompleteV1, statementFailedV2, statementJobId } from '../../fixtures/mono/statement-pdf.js';
import { startFakeUpstream, type FakeUpstream } from './fake-upstream.js';
import { postJson, startHarness, type Harness } from './harness.js';

const { available, failed, partial } = SIMULATED_ACCOUNTS;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Job {
  jobId: string;
  status: string;
  url?: string;
}

describe('POST /accounts/:id/statement, GET /accounts/:id/statement/jobs/:jobId (simulator)', () => {
  let app: Harness;
  before(async () => {
    app = await startHarness({}, { statementMs: 150 });
    app.owners.set('alice', new Set([available, failed]));
    app.owners.set('bob', new Set([partial]));
  });
  after(() => app.close());

  const start = (accountId: string, body: unknown, user = 'alice') => app.request(`/api/mono/accounts/${accountId}/statement`, { ...postJson(body), user });
  const poll = (accountId: string, jobId: string, user = 'alice') => app.request(`/api/mono/accounts/${accountId}/statement/jobs/${jobId}`, { user });

  test('a job is processing, then finished with a link to a real PDF; only jobId, status and url leave', async () => {
    const first = await start(available, { period: 'last3months' });
    assert.equal(first.status, 200);
    const job = (await first.json()) as Job;
    assert.deepEqual(Object.keys(job).sort(), ['jobId', 'status']);
    assert.equal(job.status, 'processing');
    assert.match(job.jobId, /^[A-Za-z0-9]{20}\.[A-Za-z0-9_-]{22}$/);
    const upstream = app.simulator.requests.at(-1)!;
    assert.equal(upstream.path, `/v2/accounts/${available}/statement`);
    assert.deepEqual(upstream.query, { period: 'last3months', output: 'pdf' });

    await sleep(200);
    const done = (await (await poll(available, job.jobId)).json()) as Job;
    assert.deepEqual(Object.keys(done).sort(), ['jobId', 'status', 'url']);
    assert.equal(done.status, 'finished');
    assert.equal(done.jobId, job.jobId);
    assert.ok(done.url!.startsWith(`${app.simulator.url}/statements/`));
    assert.equal(app.simulator.requests.at(-1)!.path, `/v2/accounts/${available}/statement/jobs/${job.jobId.split('.')[0]}`);

    const file = await fetch(done.url!);
    assert.equal(file.headers.get('content-type'), 'application/pdf');
    const bytes = Buffer.from(await file.arrayBuffer());
    assert.equal(bytes.subarray(0, 5).toString('latin1'), '%PDF-');
    const text = bytes.toString('latin1');
    assert.match(text, /startxref\n(\d+)\n%%EOF\n$/);
    // The cross-reference table points at the objects it names.
    const xref = Number(/startxref\n(\d+)/.exec(text)![1]);
    assert.equal(text.slice(xref, xref + 4), 'xref');
    const offsets = [...text.slice(xref).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    offsets.forEach((offset, i) => assert.equal(text.slice(offset, offset + `${i + 1} 0 obj`.length), `${i + 1} 0 obj`));
    // The statement's rows: the newest transaction, amounts formatted.
    const newest = app.simulator.account(available)!.transactions[0]!;
    assert.ok(text.includes(newest.narration.slice(0, 20)));
    assert.ok(text.includes('NGN '));
    assert.ok(!text.includes(app.simulator.account(available)!.accountNumber), 'the full account number is not in the file');
  });

  test('the period is checked before Mono is asked', async () => {
    const from = app.simulator.requests.length;
    for (const body of [{}, { period: 'last0months' }, { period: 'last13months' }, { period: 'last6months ' }, { period: 6 }, 'null']) {
      const response = await start(available, body);
      assert.equal(response.status, 400, JSON.stringify(body));
      assert.equal(((await response.json()) as any).error.code, 'INVALID_PERIOD');
    }
    assert.equal((await start(available, 'not json')).status, 400);
    assert.equal(app.simulator.requests.length, from);
  });

  test('another user\'s account is 403 on both routes, and nothing reaches Mono', async () => {
    const job = (await (await start(available, { period: 'last1months' })).json()) as Job;
    const from = app.simulator.requests.length;
    const refused = await start(available, { period: 'last1months' }, 'bob');
    assert.equal(refused.status, 403);
    assert.deepEqual(await refused.json(), { error: { code: 'FORBIDDEN', message: 'You may not access this account.' } });
    assert.equal((await poll(available, job.jobId, 'bob')).status, 403);
    assert.equal((await app.request(`/api/mono/accounts/${available}/statement`, postJson({ period: 'last1months' }))).status, 403);
    assert.equal(app.simulator.requests.length, from);
  });

  test('a job cannot be polled through another account, not even one the user may read', async () => {
    const job = (await (await start(available, { period: 'last1months' })).json()) as Job;
    await sleep(200);
    const from = app.simulator.requests.length;
    // Bob's own account in the path, Alice's job id: the simulator (like Mono, as far as its docs say) would answer it.
    const moved = await poll(partial, job.jobId, 'bob');
    assert.equal(moved.status, 404);
    assert.equal(((await moved.json()) as any).error.code, 'STATEMENT_JOB_NOT_FOUND');
    // Alice's other account, the same job: refused too.
    assert.equal((await poll(failed, job.jobId)).status, 404);
    // Mono's bare id, or the tag changed by one character.
    const [monoId, tag] = job.jobId.split('.') as [string, string];
    assert.equal((await poll(available, monoId)).status, 400);
    assert.equal((await poll(available, `${monoId}.${tag[0] === 'A' ? 'B' : 'A'}${tag.slice(1)}`)).status, 404);
    assert.equal(app.simulator.requests.length, from);
    assert.equal((await poll(available, job.jobId)).status, 200);
  });

  test('job ids that could change Mono\'s path are refused', async () => {
    const from = app.simulator.requests.length;
    for (const id of ['..', 'a.b.c', `${'a'.repeat(65)}.${'b'.repeat(22)}`, 'abc%2F..%2Fx.bbbbbbbbbbbbbbbbbbbbbb', 'abc;x.bbbbbbbbbbbbbbbbbbbbbb']) {
      const response = await poll(available, id);
      assert.ok(response.status === 400 || response.status === 404, `${id}: ${response.status}`);
    }
    assert.equal(app.simulator.requests.length, from);
  });

  test('a failed job says failed, without a url', async () => {
    app.simulator.setStatementOutcome('failed');
    try {
      const job = (await (await start(available, { period: 'last6months' })).json()) as Job;
      await sleep(200);
      assert.deepEqual(await (await poll(available, job.jobId)).json(), { jobId: job.jobId, status: 'failed' });
    } finally {
      app.simulator.setStatementOutcome('built');
    }
    // An account whose data Mono could not fetch builds no statement.
    const job = (await (await start(failed, { period: 'last1months' })).json()) as Job;
    await sleep(200);
    assert.equal(((await (await poll(failed, job.jobId)).json()) as Job).status, 'failed');
  });

  test('a slow job stays processing until the simulator lets it finish', async () => {
    app.simulator.setStatementOutcome('slow');
    const job = (await (await start(available, { period: 'last12months' })).json()) as Job;
    await sleep(200);
    assert.equal(((await (await poll(available, job.jobId)).json()) as Job).status, 'processing');
    app.simulator.setStatementOutcome('built');
    assert.equal(((await (await poll(available, job.jobId)).json()) as Job).status, 'finished');
  });

  test('the simulator can name where browsers fetch its files', async () => {
    app.simulator.setStatementFiles(`${app.url}/simulator/statements/`);
    try {
      const job = (await (await start(available, { period: 'last1months' })).json()) as Job;
      await sleep(200);
      const done = (await (await poll(available, job.jobId)).json()) as Job;
      assert.equal(done.url, `${app.url}/simulator/statements/${job.jobId.split('.')[0]}.pdf`);
    } finally {
      app.simulator.setStatementFiles(undefined);
    }
  });

  test('wrong methods are 405', async () => {
    assert.equal((await app.request(`/api/mono/accounts/${available}/statement`, { user: 'alice' })).status, 405);
    const job = (await (await start(available, { period: 'last1months' })).json()) as Job;
    assert.equal((await app.request(`/api/mono/accounts/${available}/statement/jobs/${job.jobId}`, { ...postJson({}), user: 'alice' })).status, 405);
  });
});

describe('statement routes against a fake Mono', () => {
  let mono: FakeUpstream;
  let body: unknown = statementBuildingV1;
  let status = 200;
  before(async () => {
    mono = await startFakeUpstream((_request, response) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(typeof body === 'string' ? body : JSON.stringify(body));
    });
  });
  after(() => mono.close());

  const proxyFor = (apiVersion: 'v1' | 'v2' = 'v2') =>
    createMonoProxy({ secretKey: 'test_sk_fake', apiBase: mono.url, apiVersion, authorize: (_request, id) => id === 'acc1' || id === 'acc2' });
  const ask = (proxy: ReturnType<typeof proxyFor>, path: string, init: RequestInit = {}) => proxy(new Request(`http://app.test/api/mono${path}`, init));
  const start = async (proxy = proxyFor()) => ask(proxy, '/accounts/acc1/statement', postJson({ period: 'last6months' }));

  test('v1 and v2 layouts: BUILDING is processing, COMPLETE and BUILT are finished with Mono\'s https path', async () => {
    const v1 = proxyFor('v1');
    body = statementBuildingV1;
    const job = (await (await start(v1)).json()) as Job;
    assert.deepEqual(Object.keys(job).sort(), ['jobId', 'status']);
    assert.equal(job.status, 'processing');
    assert.equal(mono.seen.at(-1)!.url, '/accounts/acc1/statement?period=last6months&output=pdf');
    assert.equal(job.jobId.split('.')[0], statementJobId);
    body = statementCompleteV1;
    assert.deepEqual(await (await ask(v1, `/accounts/acc1/statement/jobs/${job.jobId}`)).json(), {
      jobId: job.jobId,
      status: 'finished',
      url: statementCompleteV1.path,
    });
    assert.equal(mono.seen.at(-1)!.url, `/accounts/acc1/statement/jobs/${statementJobId}`);

    const v2 = proxyFor('v2');
    body = statementBuildingV2;
    const job2 = (await (await start(v2)).json()) as Job;
    assert.equal(job2.status, 'processing');
    assert.equal(mono.seen.at(-1)!.url, '/v2/accounts/acc1/statement?period=last6months&output=pdf');
    body = statementBuiltV2;
    const done = (await (await ask(v2, `/accounts/acc1/statement/jobs/${job2.jobId}`)).json()) as Job;
    assert.equal(done.status, 'finished');
    assert.equal(done.url, statementBuiltV2.data.path);
    body = statementFailedV2;
    assert.deepEqual(await (await ask(v2, `/accounts/acc1/statement/jobs/${job2.jobId}`)).json(), { jobId: job2.jobId, status: 'failed' });
  });

  test('a job id is bound to its account across proxy instances (same secret key), and to the key', async () => {
    body = statementBuildingV2;
    const job = (await (await start(proxyFor())).json()) as Job;
    body = statementBuiltV2;
    assert.equal((await ask(proxyFor(), `/accounts/acc1/statement/jobs/${job.jobId}`)).status, 200);
    const seen = mono.seen.length;
    assert.equal((await ask(proxyFor(), `/accounts/acc2/statement/jobs/${job.jobId}`)).status, 404);
    const otherKey = createMonoProxy({ secretKey: 'test_sk_other', apiBase: mono.url, authorize: () => true });
    assert.equal((await ask(otherKey, `/accounts/acc1/statement/jobs/${job.jobId}`)).status, 404);
    assert.equal(mono.seen.length, seen);
  });

  test('Mono\'s extra fields never leave; unsafe or missing PDF addresses are refused', async () => {
    const proxy = proxyFor();
    body = { ...statementBuildingV2, data: { ...statementBuildingV2.data, account: { bvn: '12345678901' }, customer: 'x' } };
    const job = (await (await start(proxy)).json()) as Job;
    const poll = async (data: unknown) => {
      body = { status: 'successful', data };
      return ask(proxy, `/accounts/acc1/statement/jobs/${job.jobId}`);
    };
    const extra = await poll({ id: statementJobId, status: 'BUILT', path: 'https://api.withmono.com/s.pdf', bvn: '12345678901', signedBy: 'x' });
    assert.deepEqual(await extra.json(), { jobId: job.jobId, status: 'finished', url: 'https://api.withmono.com/s.pdf' });
    for (const path of ['javascript:alert(1)', 'http://evil.example/s.pdf', 'data:application/pdf;base64,JVBERi0=', 'https://user:pw@api.withmono.com/s.pdf', '/statements/x.pdf', null, 42]) {
      const response = await poll({ id: statementJobId, status: 'BUILT', path });
      assert.equal(response.status, 502, String(path));
      assert.equal(((await response.json()) as any).error.code, 'UPSTREAM_INVALID_RESPONSE');
    }
    // A path on Mono's origin (the simulator on loopback) is fine over http.
    assert.equal(((await (await poll({ id: statementJobId, status: 'BUILT', path: `${mono.url}/statements/x.pdf` })).json()) as Job).url, `${mono.url}/statements/x.pdf`);
    // So is one on the host app's own origin (a dev server serving the simulator's files).
    assert.equal(((await (await poll({ id: statementJobId, status: 'BUILT', path: 'http://app.test/simulator/x.pdf' })).json()) as Job).url, 'http://app.test/simulator/x.pdf');
  });

  test('malformed answers are 502: not an object, no id, no status, data null, another job\'s id', async () => {
    const proxy = proxyFor();
    body = statementBuildingV2;
    const job = (await (await start(proxy)).json()) as Job;
    for (const bad of [[], 'null', { status: 'successful', data: null }, { status: 'successful', data: { status: 'BUILT' } }, { data: { id: statementJobId } }, { data: { id: statementJobId, status: 7 } }, { data: { id: '../x', status: 'BUILT' } }, { data: { id: 'otherJob', status: 'BUILDING' } }]) {
      body = bad;
      const response = await ask(proxy, `/accounts/acc1/statement/jobs/${job.jobId}`);
      assert.equal(response.status, 502, JSON.stringify(bad));
    }
    body = '{"status":"successful","data":{"id"';
    assert.equal((await ask(proxy, `/accounts/acc1/statement/jobs/${job.jobId}`)).status, 502);
    body = { data: { status: 'BUILDING' } };
    assert.equal((await start(proxy)).status, 502);
    // An unknown word is taken as still building.
    body = { data: { id: statementJobId, status: 'QUEUED_FOR_RENDER' } };
    assert.equal(((await (await ask(proxy, `/accounts/acc1/statement/jobs/${job.jobId}`)).json()) as Job).status, 'processing');
  });

  test('Mono\'s errors become the proxy\'s JSON errors', async () => {
    const proxy = proxyFor();
    status = 404;
    body = { status: 'failed', message: 'Account not found.' };
    const missing = await start(proxy);
    assert.equal(missing.status, 404);
    assert.equal(((await missing.json()) as any).error.code, 'ACCOUNT_NOT_FOUND');
    status = 500;
    const broken = await start(proxy);
    assert.equal(broken.status, 502);
    assert.equal(((await broken.json()) as any).error.code, 'UPSTREAM_ERROR');
    status = 200;
  });
});

describe('the simulator\'s PDF', () => {
  const file = async (accountId: string, period: string) => {
    const simulator = createMonoApiSimulator({ statementMs: 0 });
    const headers = { 'mono-sec-key': simulator.secretKey };
    const started = (await (await simulator.handle(new Request(`https://sim.test/accounts/${accountId}/statement?period=${period}&output=pdf`, { headers }))).json()) as { id: string; path: string };
    const polled = (await (await simulator.handle(new Request(`https://sim.test/accounts/${accountId}/statement/jobs/${started.id}`, { headers }))).json()) as { status: string; path: string };
    assert.equal(polled.status, 'BUILT');
    return Buffer.from(await (await simulator.handle(new Request(polled.path))).arrayBuffer()).toString('latin1');
  };

  test('a year of a busy account spans pages, each in the page tree and the xref', async () => {
    const text = await file(available, 'last12months');
    const count = Number(/\/Count (\d+)/.exec(text)![1]);
    assert.ok(count > 1, `${count} page(s)`);
    assert.equal([...text.matchAll(/\/Type \/Page /g)].length, count);
    const size = Number(/\/Size (\d+)/.exec(text)![1]);
    assert.equal([...text.matchAll(/^\d{10} 00000 n $/gm)].length, size - 1);
    // Every stream's /Length is its byte count.
    for (const match of text.matchAll(/<< \/Length (\d+) >>\nstream\n/g)) {
      const start = match.index! + match[0].length;
      assert.equal(text.slice(start + Number(match[1]), start + Number(match[1]) + '\nendstream'.length), '\nendstream');
    }
  });

  test('an account without transactions gets a one-page statement that says so', async () => {
    const text = await file(SIMULATED_ACCOUNTS.empty, 'last1months');
    assert.match(text, /\/Count 1 /);
    assert.ok(text.includes('No transactions in this period.'));
  });
});
