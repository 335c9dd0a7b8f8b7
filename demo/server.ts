// The demo's dev server and backend in one process.
//   no keys          → the sandbox widget + the Mono API simulator (no network)
//   MONO_PUBLIC_KEY and MONO_SECRET_KEY set → Mono's real widget and API
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer, type Plugin, type ViteDevServer } from 'vite';
import { createMonoProxy, toNodeHandler } from '../src/server/index.js';
import { createMonoApiSimulator, SIMULATED_ACCOUNTS } from '../src/testing/index.js';

export interface DemoOptions {
  port?: number;
  publicKey?: string;
  secretKey?: string;
  /** How long a newly linked sandbox account stays PROCESSING. */
  processingMs?: number;
}

export interface Demo {
  server: ViteDevServer;
  url: string;
  live: boolean;
  close(): Promise<void>;
}

export async function startDemo({ port = 5173, publicKey, secretKey, processingMs = 5000 }: DemoOptions = {}): Promise<Demo> {
  const live = Boolean(publicKey && secretKey);
  if (Boolean(publicKey) !== Boolean(secretKey)) {
    console.warn('Set both MONO_PUBLIC_KEY and MONO_SECRET_KEY to use real Mono; starting on the sandbox.');
  }

  const simulator = live ? undefined : createMonoApiSimulator({ processingMs });

  // The demo has one signed-in user; these are the accounts they may read.
  // A real backend keeps this in its database, per user (see README, Backend).
  const demoUserAccounts = new Set<string>(live ? [] : Object.values(SIMULATED_ACCOUNTS));

  const proxy = createMonoProxy(
    simulator
      ? {
          secretKey: simulator.secretKey,
          apiBase: 'https://api.simulator.invalid',
          fetch: (request) => simulator.handle(request),
          authorize: (_request, accountId) => accountId === null || demoUserAccounts.has(accountId),
          onLinked: (accountId) => void demoUserAccounts.add(accountId),
        }
      : {
          secretKey: secretKey!,
          authorize: (_request, accountId) => accountId === null || demoUserAccounts.has(accountId),
          onLinked: (accountId) => void demoUserAccounts.add(accountId),
        },
  );

  function sendJson(response: ServerResponse, status: number, body: unknown): void {
    response.statusCode = status;
    response.setHeader('content-type', 'application/json');
    response.setHeader('cache-control', 'no-store');
    response.end(JSON.stringify(body));
  }

  /** Routes only the demo needs: which mode it runs in, and sandbox codes. */
  function demoRoutes(request: IncomingMessage, response: ServerResponse, next: () => void): void {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path === '/api/demo/config' && request.method === 'GET') {
      return sendJson(response, 200, { mode: live ? 'live' : 'sandbox', publicKey: live ? publicKey : 'test_pk_sandbox_demo' });
    }
    if (path === '/api/demo/sandbox-code' && request.method === 'POST') {
      if (!simulator) return sendJson(response, 404, { error: { code: 'NOT_SANDBOX', message: 'Only the sandbox issues codes.' } });
      // What Mono's widget does when a user links: a one-time code for a new account.
      return sendJson(response, 200, { code: simulator.issueCode() });
    }
    next();
  }

  const backend: Plugin = {
    name: 'mono-demo-backend',
    configureServer(server) {
      server.middlewares.use(toNodeHandler(proxy, { basePath: '/api/mono' }));
      server.middlewares.use(demoRoutes);
    },
  };


  const server = await createServer({
    configFile: new URL('./vite.config.ts', import.meta.url).pathname,
    plugins: [backend],
    server: { port },
    logLevel: 'warn',
  });
  await server.listen();
  const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`;
  return { server, url, live, close: () => server.close() };
}
