import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { createGzip } from 'node:zlib';
import { createMonoProxy, type MonoProxyOptions } from '../../../src/server/index.js';
import { startFakeUpstream, type FakeUpstream } from './fake-upstream.js';

const SECRET = 'test_sk_upstream_faults_0123456789';
const ACCOUNT = '5f9a0c1b2d3e4f5a6b7c8d01';
const CODE = 'code_one_time_abc123';

function proxyTo(apiBase: string, options: Partial<MonoProxyOptions> = {}) {
  return createMonoProxy({ secretKey: SECRET, apiBase, authorize: () => true, ...options });
}
const getAccount = (proxy: ReturnType<typeof proxyTo>) => proxy(new Request(`http://app.test/api/mono/accounts/${ACCOUNT}`));
const exchange = (proxy: ReturnType<typeof proxyTo>) =>
  proxy(new Request('http://app.test/api/mono/accounts/auth', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code: CODE }) }));
const codeOf = async (response: Response) => ((await response.json()) as { error: { code: string } }).error.code;

const account = { status: 'successful', data: { account: { id: ACCOUNT, name: 'ADA OKAFOR', account_number: '0123456789', balance: 100, institution: { name: 'GTBank' } }, meta: { data_status: 'AVAILABLE' } } };

describe('upstream redirects are never followed', () => {
  let elsewhere: FakeUpstream;
  let status = 302;
  let mono: FakeUpstream;
  before(async () => {
    // The second server records whether the key or the code ever reached it.
    elsewhere = await startFakeUpstream((_, response) => response.end(JSON.stringify({ id: 'stolen' })));
    mono = await startFakeUpstream((_, response) => {
      response.writeHead(status, { location: `${elsewhere.url}/steal` });
      response.end();
    });
  });
  after(async () => {
    await mono.close();
    await elsewhere.close();
  });

  for (const redirect of [301, 302, 303, 307, 308]) {
    test(`${redirect} on the code exchange and on account details: 502, and nothing reaches the other origin`, async () => {
      status = redirect;
      const proxy = proxyTo(mono.url);
      for (const response of [await exchange(proxy), await getAccount(proxy)]) {
        assert.equal(response.status, 502);
        assert.equal(await codeOf(response), 'UPSTREAM_INVALID_RESPONSE');
      }
      assert.equal(elsewhere.seen.length, 0, 'the redirect target saw a request');
      assert.equal(mono.seen.at(-2)!.headers['mono-sec-key'], SECRET, 'Mono itself did get the request');
    });
  }

  test('a fetch that follows redirects anyway (redirected, or an opaque redirect) is 502 too', async () => {
    const followed = Response.json(account);
    Object.defineProperty(followed, 'redirected', { value: true });
    const opaque = new Response(null, { status: 200 });
    Object.defineProperty(opaque, 'type', { value: 'opaqueredirect' });
    for (const answer of [followed, opaque]) {
      const response = await getAccount(proxyTo('https://mono.invalid', { fetch: async () => answer }));
      assert.equal(response.status, 502);
      assert.equal(await codeOf(response), 'UPSTREAM_INVALID_RESPONSE');
    }
  });

  test('the proxy asks its fetch not to follow redirects', async () => {
    let seen: RequestRedirect | undefined;
    await getAccount(proxyTo('https://mono.invalid', { fetch: async (request) => ((seen = request.redirect), Response.json(account)) }));
    assert.equal(seen, 'manual');
  });
});

describe('upstream bodies are capped after decompression', () => {
  test('a gzip bomb (1 GiB of zeros, streamed through zlib) is 502 and memory stays flat', async () => {
    let produced = 0;
    const mono = await startFakeUpstream((_, response) => {
      const zeros = Buffer.alloc(1 << 20);
      const source = new Readable({
        read() {
          produced += zeros.length;
          this.push(produced <= 1 << 30 ? zeros : null);
        },
      });
      response.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
      source.pipe(createGzip({ level: 1 })).pipe(response);
      response.on('close', () => source.destroy());
    });
    const before = process.memoryUsage();
    let peak = 0;
    const sampler = setInterval(() => {
      const now = process.memoryUsage();
      peak = Math.max(peak, now.rss - before.rss, now.heapUsed + now.arrayBuffers - (before.heapUsed + before.arrayBuffers));
    }, 5);
    try {
      const response = await getAccount(proxyTo(mono.url, { timeoutMs: 10_000 }));
      assert.equal(response.status, 502);
      assert.equal(await codeOf(response), 'UPSTREAM_TOO_LARGE');
    } finally {
      clearInterval(sampler);
      await mono.close();
    }
    if (process.env.DEBUG_MEMORY) console.log({ peakMiB: peak / 1048576, producedMiB: produced / 1048576 });
    assert.ok(peak < 96 * 1024 * 1024, `memory grew by ${(peak / 1048576).toFixed(1)} MiB`);
    assert.ok(produced < 512 * 1024 * 1024, `the upstream was read on to ${produced >> 20} MiB after the cap`);
  });

  test('a plain body over maxUpstreamBytes is 502; under a raised cap it is read', async () => {
    const big = JSON.stringify({ ...account, padding: 'x'.repeat(5 * 1024 * 1024) });
    const mono = await startFakeUpstream((_, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(big);
    });
    try {
      const capped = await getAccount(proxyTo(mono.url));
      assert.equal(capped.status, 502, 'the default cap is 4 MiB');
      assert.equal(await codeOf(capped), 'UPSTREAM_TOO_LARGE');
      const raised = await getAccount(proxyTo(mono.url, { maxUpstreamBytes: 8 * 1024 * 1024 }));
      assert.equal(raised.status, 200);
      assert.ok(!(await raised.text()).includes('padding'), 'and the unknown field is still dropped');
    } finally {
      await mono.close();
    }
  });

  test('a server that says gzip and sends plain JSON is 502, and the proxy carries on', async () => {
    let lie = true;
    const mono = await startFakeUpstream((_, response) => {
      response.writeHead(200, { 'content-type': 'application/json', ...(lie ? { 'content-encoding': 'gzip' } : {}) });
      response.end(JSON.stringify(account));
    });
    try {
      const proxy = proxyTo(mono.url);
      const response = await getAccount(proxy);
      assert.equal(response.status, 502);
      assert.equal(await codeOf(response), 'UPSTREAM_INVALID_RESPONSE');
      lie = false;
      assert.equal((await getAccount(proxy)).status, 200);
    } finally {
      await mono.close();
    }
  });
});

describe('a stall is a timeout, before or after the headers', () => {
  test('headers, half a body, then nothing: 504 UPSTREAM_TIMEOUT, not "invalid response"', async () => {
    const mono = await startFakeUpstream((_, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('{"status":"successful","data":{"acc');
    });
    try {
      const started = Date.now();
      const response = await getAccount(proxyTo(mono.url, { timeoutMs: 300 }));
      assert.equal(response.status, 504);
      assert.equal(await codeOf(response), 'UPSTREAM_TIMEOUT');
      assert.ok(Date.now() - started < 2000);
    } finally {
      await mono.close();
    }
  });

  test('a fetch that ignores its signal, stalling before or after the headers: 504 all the same', async () => {
    const never = new Promise<Response>(() => {});
    const stalledBody = new Response(new ReadableStream({ start: (controller) => controller.enqueue(new TextEncoder().encode('{"data"')) }));
    // AbortSignal.timeout() does not keep Node alive (a listening server would); this test has no server.
    const alive = setInterval(() => {}, 1000);
    try {
      for (const fetch of [() => never, async () => stalledBody]) {
        const response = await getAccount(proxyTo('https://mono.invalid', { fetch, timeoutMs: 200 }));
        assert.equal(response.status, 504);
        assert.equal(await codeOf(response), 'UPSTREAM_TIMEOUT');
      }
    } finally {
      clearInterval(alive);
    }
  });
});
