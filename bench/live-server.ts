// One proxy instance for the live-events benchmark, in its own process so its
// memory is measured alone: `tsx --expose-gc bench/live-server.ts memory` or
// `… redis redis://127.0.0.1:PORT`. Prints `{"port":N}` once listening.
//   /api/mono/*   the proxy (webhooks with secret BENCH_SECRET; every account authorised)
//   GET /stats    memory after a full GC, and open event streams
//   GET /         a blank page on this origin, for the browser's EventSource
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createMemoryBus, createMonoProxy, toNodeHandler, type MonoBus } from '../src/server/index.js';
import { createRedisBus } from '../src/server/redis.js';

// From the bench (never a real secret): webhooks without it are refused, as in production.
const BENCH_SECRET = process.env['BENCH_SECRET'] ?? 'whsec_bench';

const [kind, url] = process.argv.slice(2);
let bus: MonoBus;
if (kind === 'redis') {
  // One prefix for every instance of a run: they must share the channel and the stream.
  const redis = createRedisBus({ url: url!, prefix: 'bench:' });
  await redis.ready();
  bus = redis;
} else bus = createMemoryBus();

let streams = 0;
const proxy = createMonoProxy({
  secretKey: 'sk_bench_unused',
  apiBase: 'http://127.0.0.1:9',
  authorize: () => true,
  webhookSecret: BENCH_SECRET,
  bus,
});
const handler = toNodeHandler(proxy);
const server = createServer((request, response) => {
  if (request.url === '/stats') {
    (globalThis as { gc?: () => void }).gc?.();
    const { rss, heapUsed } = process.memoryUsage();
    response.setHeader('content-type', 'application/json');
    return response.end(JSON.stringify({ rss, heapUsed, streams }));
  }
  if (request.url === '/') {
    response.setHeader('content-type', 'text/html');
    return response.end('<!doctype html><title>bench</title>');
  }
  if (request.url?.startsWith('/api/mono/events')) {
    streams++;
    response.once('close', () => streams--);
  }
  handler(request, response);
});
// Thousands of streams on one socket each: Node's default backlog and keep-alive are fine; no timeouts on SSE.
server.requestTimeout = 0;
server.headersTimeout = 10_000;
server.listen(0, '127.0.0.1', () => console.log(JSON.stringify({ port: (server.address() as AddressInfo).port })));
process.on('SIGTERM', () => {
  server.closeAllConnections();
  server.close(() => void bus.close().then(() => process.exit(0)));
});
