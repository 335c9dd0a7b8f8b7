import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { toNodeHandler, verifyWebhook, webhookAccountId, WebhookError, type MonoWebhookEvent } from '../../../src/server/index.js';
import { closeServer, listen } from './harness.js';

const SECRET = 'whsec_for_tests_only';

describe('verifyWebhook behind a real server', () => {
  let server: Server;
  let url: string;
  const received: MonoWebhookEvent[] = [];

  before(async () => {
    // The handler a host would write: verify, act, answer.
    const handler = async (request: Request) => {
      try {
        received.push(await verifyWebhook(request, SECRET));
        return new Response(null, { status: 204 });
      } catch (error) {
        if (error instanceof WebhookError) return Response.json({ error: error.code }, { status: error.status });
        throw error;
      }
    };
    server = createServer(toNodeHandler(handler, { basePath: '/webhooks/mono' }));
    url = `${await listen(server)}/webhooks/mono`;
  });
  after(() => closeServer(server));

  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

  const updated = {
    event: 'mono.events.account_updated',
    data: { account: { _id: '5f9a0c1b2d3e4f5a6b7c8d01', name: 'ADA OKAFOR' }, meta: { data_status: 'AVAILABLE', auth_method: 'internet_banking' } },
  };

  test('the right secret: the parsed, typed event', async () => {
    const response = await post(JSON.stringify(updated), { 'mono-webhook-secret': SECRET });
    assert.equal(response.status, 204);
    const event = received.at(-1)!;
    assert.equal(event.event, 'mono.events.account_updated');
    assert.equal(event.data.meta?.data_status, 'AVAILABLE');
    assert.equal(webhookAccountId(event), '5f9a0c1b2d3e4f5a6b7c8d01');
  });

  test('account_connected carries the id at the top of data', async () => {
    const body = { event: 'mono.events.account_connected', data: { id: '5f9a0c1b2d3e4f5a6b7c8d09', customer: 'cus_1' } };
    assert.equal((await post(JSON.stringify(body), { 'mono-webhook-secret': SECRET })).status, 204);
    assert.equal(webhookAccountId(received.at(-1)!), '5f9a0c1b2d3e4f5a6b7c8d09');
  });

  for (const [name, headers, status, code] of [
    ['a wrong secret', { 'mono-webhook-secret': 'whsec_for_tests_onlx' }, 401, 'INVALID_SECRET'],
    ['a secret that is a prefix', { 'mono-webhook-secret': 'whsec_for' }, 401, 'INVALID_SECRET'],
    ['a longer secret', { 'mono-webhook-secret': `${SECRET}!` }, 401, 'INVALID_SECRET'],
    ['no secret', {}, 401, 'MISSING_SECRET'],
  ] as const) {
    test(`${name} is refused (${status} ${code}) and nothing is acted on`, async () => {
      const count = received.length;
      const response = await post(JSON.stringify(updated), headers);
      assert.equal(response.status, status);
      assert.deepEqual(await response.json(), { error: code });
      assert.equal(received.length, count);
    });
  }

  test('a body that is not an event is 400', async () => {
    for (const body of ['not json', '{"event":"x"}', '[]', '{"data":{}}']) {
      const response = await post(body, { 'mono-webhook-secret': SECRET });
      assert.equal(response.status, 400, body);
    }
  });

  test('an unset webhook secret is a configuration error, never a pass', async () => {
    await assert.rejects(
      verifyWebhook(new Request('http://x/', { method: 'POST', headers: { 'mono-webhook-secret': '' }, body: '{}' }), ''),
      (error: unknown) => error instanceof WebhookError && error.code === 'NOT_CONFIGURED' && error.status === 500,
    );
  });
});

describe('toNodeHandler as Express/Connect middleware', () => {
  test('passes requests outside its basePath to next()', async () => {
    const handler = async () => Response.json({ handled: true });
    const middleware = toNodeHandler(handler, { basePath: '/api/mono' });
    const server = createServer((request, response) => {
      middleware(request, response, () => {
        response.statusCode = 299;
        response.end('next');
      });
    });
    const url = await listen(server);
    try {
      const inside = await fetch(`${url}/api/mono/accounts/x`);
      assert.deepEqual(await inside.json(), { handled: true });
      const outside = await fetch(`${url}/api/other`);
      assert.equal(outside.status, 299);
      assert.equal(await outside.text(), 'next');
      const lookalike = await fetch(`${url}/api/monolith`);
      assert.equal(lookalike.status, 299);
    } finally {
      await closeServer(server);
    }
  });

  test('reads a body an express.json() parser has already consumed', async () => {
    let seen: unknown;
    const handler = async (request: Request) => {
      seen = await request.json();
      return Response.json({ ok: true });
    };
    const middleware = toNodeHandler(handler);
    const server = createServer((request, response) => {
      // What express.json() leaves behind: the stream read, the result on req.body.
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        (request as typeof request & { body: unknown }).body = JSON.parse(Buffer.concat(chunks).toString());
        middleware(request, response);
      });
    });
    const url = await listen(server);
    try {
      const response = await fetch(`${url}/api/mono/accounts/auth`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"code":"abc"}' });
      assert.equal(response.status, 200);
      assert.deepEqual(seen, { code: 'abc' });
    } finally {
      await closeServer(server);
    }
  });
});
