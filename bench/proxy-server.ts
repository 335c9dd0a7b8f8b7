// The proxy for bench/proxy.ts, alone in its own process so its memory and
// CPU are its own: `node --expose-gc --import tsx bench/proxy-server.ts
// <upstream url> <secret key>`. Prints `{"port":N}` once listening.
//   /api/mono/*       createMonoProxy() through toNodeHandler(), as a host mounts it
//   GET /stats        heap and RSS (after a full GC with ?gc=1) and CPU time used
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createMonoProxy, toNodeHandler } from '../src/server/index.js';

const [apiBase, secretKey] = process.argv.slice(2);
// A host's authorize(): the signed-in user (a stand-in header for a session) owns the account.
const owned = new Map([['bench-user', new Set([process.env['BENCH_ACCOUNT'] ?? ''])]]);
const handler = toNodeHandler(
  createMonoProxy({
    secretKey: secretKey!,
    apiBase: apiBase!,
    authorize: (request, accountId) => accountId !== null && (owned.get(request.headers.get('x-bench-user') ?? '')?.has(accountId) ?? false),
  }),
);
const gc = (globalThis as { gc?: () => void }).gc;
/** Full GCs with a pause between, so FinalizationRegistry callbacks (undici's Request has one) run and free what they hold. */
async function collect(): Promise<void> {
  for (let i = 0; i < 3; i++) {
    gc?.();
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
const server = createServer((request, response) => {
  if (request.url?.startsWith('/stats')) {
    void (request.url.endsWith('?gc=1') ? collect() : Promise.resolve()).then(() => {
      const { rss, heapUsed } = process.memoryUsage();
      const { user, system } = process.cpuUsage();
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ rss, heapUsed, cpuMicros: user + system }));
    });
    return;
  }
  handler(request, response);
});
server.listen(0, '127.0.0.1', () => console.log(JSON.stringify({ port: (server.address() as AddressInfo).port })));
process.on('SIGTERM', () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
});
