// The phone bench's host: the repository's files as a CDN would send them
// (gzip, so the bytes on the slow network are the bytes a phone would get),
// and the proxy on the Mono API simulator at /api/mono.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createMonoProxy, toNodeHandler } from '../src/server/index.js';
import { createMonoApiSimulator } from '../src/testing/index.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
};

export async function startPhoneHost(root: string): Promise<{ origin: string; close(): Promise<void> }> {
  const simulator = createMonoApiSimulator({ processingMs: 0 });
  const proxy = toNodeHandler(
    createMonoProxy({ secretKey: simulator.secretKey, apiBase: 'https://api.simulator.invalid', fetch: (r) => simulator.handle(r), authorize: () => true }),
  );
  const gzipped = new Map<string, Buffer>();
  const server = createServer((request, response) =>
    proxy(request, response, () => {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
      const file = normalize(join(root, path));
      if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
        response.statusCode = 404;
        return response.end('not found');
      }
      response.setHeader('content-type', TYPES[extname(file)] ?? 'application/octet-stream');
      response.setHeader('cache-control', 'no-store');
      if (!/\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) return response.end(readFileSync(file));
      if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(file), { level: 9 }));
      response.setHeader('content-encoding', 'gzip');
      response.end(gzipped.get(file));
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
