import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, IncomingMessage, ServerResponse, type Server } from 'node:http';
import { Socket } from 'node:net';
import { SIMULATED_ACCOUNTS } from '../../../src/testing/node.js';
import { toNodeHandler } from '../../../src/server/index.js';
import { closeServer, listen, postJson, startHarness, type Harness } from './harness.js';
import { dechunk, rawRequest } from './raw-http.js';

const { available } = SIMULATED_ACCOUNTS;
const portOf = (url: string) => Number(new URL(url).port);

/*
 * Behind a plain http.createServer(toNodeHandler(proxy)), a request that
 * cannot become a fetch-API Request used to throw inside the adapter and take
 * the process down. Each case here goes over a raw socket, and every case
 * ends by checking that the server still answers an ordinary request.
 */
describe('toNodeHandler under hostile raw requests', () => {
  let app: Harness;
  let port: number;
  before(async () => {
    app = await startHarness();
    app.owners.set('alice', new Set([available]));
    port = portOf(app.url);
  });
  after(() => app.close());

  const stillAnswers = async () => {
    const response = await app.request(`/api/mono/accounts/${available}`, { user: 'alice' });
    assert.equal(response.status, 200, 'the server still answers a normal request');
  };

  const cases: [string, string, number, string][] = [
    ['a Host with a space', 'GET /api/mono/accounts/x HTTP/1.1\r\nHost: bad host\r\n', 400, 'INVALID_HOST'],
    ['a Host with a path', 'GET /api/mono/accounts/x HTTP/1.1\r\nHost: evil.example/x\r\n', 400, 'INVALID_HOST'],
    ['a Host with user info', 'GET /api/mono/accounts/x HTTP/1.1\r\nHost: me@evil.example\r\n', 400, 'INVALID_HOST'],
    ['a Host with a port out of range', 'GET /api/mono/accounts/x HTTP/1.1\r\nHost: localhost:99999\r\n', 400, 'INVALID_HOST'],
    ['a broken IPv6 Host', 'GET /api/mono/accounts/x HTTP/1.1\r\nHost: [::1\r\n', 400, 'INVALID_HOST'],
    ['a malformed Host outside basePath', 'GET /elsewhere HTTP/1.1\r\nHost: bad host\r\n', 400, 'INVALID_HOST'],
    ['an absolute-form target', 'GET http://evil/ HTTP/1.1\r\nHost: localhost\r\n', 400, 'INVALID_TARGET'],
    ['an absolute-form target inside basePath', 'GET http://evil/api/mono/accounts/auth HTTP/1.1\r\nHost: localhost\r\n', 400, 'INVALID_TARGET'],
    ['an asterisk-form target', 'OPTIONS * HTTP/1.1\r\nHost: localhost\r\n', 400, 'INVALID_TARGET'],
    ['TRACE inside basePath', 'TRACE /api/mono/accounts/auth HTTP/1.1\r\nHost: localhost\r\n', 405, 'METHOD_NOT_ALLOWED'],
    ['TRACE outside basePath', 'TRACE / HTTP/1.1\r\nHost: localhost\r\n', 405, 'METHOD_NOT_ALLOWED'],
    ['PROPFIND on a route', 'PROPFIND /api/mono/accounts/auth HTTP/1.1\r\nHost: localhost\r\n', 405, 'METHOD_NOT_ALLOWED'],
    ['a path outside basePath', 'GET /favicon.ico HTTP/1.1\r\nHost: localhost\r\n', 404, 'NOT_FOUND'],
  ];
  for (const [name, head, status, code] of cases) {
    test(`${name}: ${status} ${code} with the JSON error shape, and the server lives`, async () => {
      const answer = await rawRequest(port, `${head}Connection: close\r\n\r\n`);
      assert.equal(answer.status, status, answer.head);
      assert.match(answer.head, /content-type: application\/json/i);
      assert.equal(JSON.parse(dechunk(answer)).error.code, code);
      await stillAnswers();
    });
  }

  test('TRACE says which methods to use', async () => {
    const answer = await rawRequest(port, 'TRACE /api/mono/accounts/auth HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n');
    assert.match(answer.head, /\r\nallow: GET, POST/i);
  });

  // Node answers or closes these itself before any handler runs; the point is that nothing throws.
  for (const head of [
    'CONNECT evil.example:443 HTTP/1.1\r\nHost: evil.example:443\r\n',
    'TRACK /api/mono/accounts/auth HTTP/1.1\r\nHost: localhost\r\n',
    'GET /api/mono/accounts/x HTTP/1.1\r\n',
  ]) {
    test(`${head.split(' ')[0]} ${head.includes('Host') ? '' : 'without Host '}never takes the process down`, async () => {
      const answer = await rawRequest(port, `${head}Connection: close\r\n\r\n`);
      assert.ok(answer.status === 0 || (answer.status >= 400 && answer.status < 500), answer.head);
      await stillAnswers();
    });
  }

  test('a bad request on a kept-alive connection does not poison the next one on it', async () => {
    const bad = 'TRACE /api/mono/accounts/auth HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5\r\n\r\nhello';
    const good = 'GET /api/mono/nothing HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n';
    const answer = await rawRequest(port, bad + good);
    const statuses = [...`${answer.head}\r\n\r\n${answer.body}`.matchAll(/HTTP\/1\.1 (\d{3})/g)].map((m) => Number(m[1]));
    assert.deepEqual(statuses, [405, 404]);
  });
});

describe('toNodeHandler with the methods new Request() refuses, where a host lets them through', () => {
  test('CONNECT routed to the handler (a server with a connect listener): 405, not a throw', async () => {
    const handler = toNodeHandler(async () => Response.json({ handled: true }));
    const server = createServer();
    server.on('connect', (request: IncomingMessage, socket: Socket) => {
      const response = new ServerResponse(request);
      response.assignSocket(socket);
      // A CONNECT socket belongs to the listener: it ends it once the answer is out.
      response.on('finish', () => socket.end());
      handler(request, response);
    });
    const port = portOf(await listen(server));
    try {
      const answer = await rawRequest(port, 'CONNECT evil.example:443 HTTP/1.1\r\nHost: evil.example:443\r\n\r\n');
      assert.equal(answer.status, 405, answer.head);
      assert.equal(JSON.parse(dechunk(answer)).error.code, 'METHOD_NOT_ALLOWED');
    } finally {
      await closeServer(server);
    }
  });

  for (const method of ['TRACK', 'TRACE', 'CONNECT']) {
    test(`${method} handed over directly (Node's parser answers TRACK itself): 405`, () => {
      const request = new IncomingMessage(new Socket());
      Object.assign(request, { method, url: '/api/mono/accounts/auth', headers: { host: 'localhost' } });
      const response = new ServerResponse(request);
      let status = 0;
      let body = '';
      response.writeHead = ((code: number) => ((status = code), response)) as typeof response.writeHead;
      response.end = ((chunk: string) => ((body = chunk), response)) as typeof response.end;
      toNodeHandler(async () => Response.json({ handled: true }))(request, response);
      assert.equal(status, 405);
      assert.equal(JSON.parse(body).error.code, 'METHOD_NOT_ALLOWED');
    });
  }
});

describe('toNodeHandler as Express/Connect middleware, with hostile requests', () => {
  test('absolute-form and bad-Host requests outside basePath go to next(); inside, they are answered', async () => {
    const handler = toNodeHandler(async () => Response.json({ handled: true }));
    const server = createServer((request, response) =>
      handler(request, response, () => {
        response.statusCode = 299;
        response.end('next');
      }),
    );
    const port = portOf(await listen(server));
    try {
      const outside = await rawRequest(port, 'GET http://evil/elsewhere HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n');
      assert.equal(outside.status, 299);
      const inside = await rawRequest(port, 'GET /api/mono/accounts/x HTTP/1.1\r\nHost: bad host\r\nConnection: close\r\n\r\n');
      assert.equal(inside.status, 400);
    } finally {
      await closeServer(server);
    }
  });

  test('a handler that throws is a 500 JSON answer, not a crash', async () => {
    const server = createServer(
      toNodeHandler(() => {
        throw new Error('boom');
      }),
    );
    const url = await listen(server);
    try {
      const response = await fetch(`${url}/api/mono/accounts/x`);
      assert.equal(response.status, 500);
      assert.equal(((await response.json()) as any).error.code, 'PROXY_ERROR');
    } finally {
      await closeServer(server);
    }
  });
});

describe('toNodeHandler after a body parser', () => {
  let app: Harness;
  let server: Server;
  let url: string;
  let parser: (request: IncomingMessage, raw: Buffer) => unknown;
  before(async () => {
    app = await startHarness();
    const handler = toNodeHandler(
      (await import('../../../src/server/index.js')).createMonoProxy({
        secretKey: app.simulator.secretKey,
        apiBase: app.simulator.url,
        authorize: () => true,
      }),
    );
    // What express.json() / express.text() / express.raw() leave behind: the stream read, the result on req.body.
    server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        (request as IncomingMessage & { body?: unknown }).body = parser(request, Buffer.concat(chunks));
        handler(request, response);
      });
    });
    url = await listen(server);
  });
  after(async () => {
    await closeServer(server);
    await app.close();
  });

  for (const [name, parse] of [
    ['express.json() (an object; the client\'s Content-Length no longer fits)', (_: IncomingMessage, raw: Buffer) => JSON.parse(raw.toString())],
    ['express.text() (a string)', (_: IncomingMessage, raw: Buffer) => raw.toString()],
    ['express.raw() (a Buffer)', (_: IncomingMessage, raw: Buffer) => raw],
  ] as const) {
    test(`the code exchange works after ${name}`, async () => {
      parser = parse;
      const code = app.simulator.issueCode();
      // Spaces make the re-encoded JSON shorter than the Content-Length the client sent.
      const response = await fetch(`${url}/api/mono/accounts/auth`, postJson(`{ "code" :   "${code}" }`));
      assert.equal(response.status, 200, await response.clone().text());
      assert.match(((await response.json()) as { id: string }).id, /^[0-9a-f]{24}$/);
    });
  }
});
