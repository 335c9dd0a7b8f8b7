// The demo's dev server and backend in one process.
//   no keys          → the sandbox widget + the Mono API simulator (no network)
//   MONO_PUBLIC_KEY and MONO_SECRET_KEY set → Mono's real widget and API
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer, type Plugin, type ViteDevServer } from 'vite';
import { createMonoProxy, toNodeHandler } from '../src/server/index.js';
import { createMonoApiSimulator, type MonoApiSimulator } from '../src/testing/index.js';
import { demoAccountStore, seedSandboxAccounts } from './accounts.js';
import { demoSessions, sandboxCharge } from './sessions.js';

export interface DemoOptions {
  port?: number;
  publicKey?: string;
  secretKey?: string;
  /** How long a newly linked sandbox account stays PROCESSING. */
  processingMs?: number;
  /** Mono's webhook secret, with real keys (MONO_WEBHOOK_SECRET); the sandbox makes its own. */
  webhookSecret?: string;
}

export interface Demo {
  server: ViteDevServer;
  url: string;
  live: boolean;
  /** The Mono API simulator behind the sandbox (for tests); none with real keys. */
  simulator?: MonoApiSimulator;
  close(): Promise<void>;
}

/** The sandbox's webhook secret: the simulator sends it, the proxy checks it, as with Mono. */
const SANDBOX_WEBHOOK_SECRET = 'whsec_sandbox_demo';

/** A small JSON body from the page (demo routes only). */
async function readBody(request: IncomingMessage): Promise<Record<string, unknown>> {
  let text = '';
  for await (const chunk of request) {
    text += chunk;
    if (text.length > 4096) break;
  }
  try {
    const body: unknown = JSON.parse(text || '{}');
    return typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

export async function startDemo({ port = 5173, publicKey, secretKey, processingMs = 5000, webhookSecret }: DemoOptions = {}): Promise<Demo> {
  const live = Boolean(publicKey && secretKey);
  if (Boolean(publicKey) !== Boolean(secretKey)) {
    console.warn('Set both MONO_PUBLIC_KEY and MONO_SECRET_KEY to use real Mono; starting on the sandbox.');
  }

  // Histories end at the start of today (UTC, so they hold still all day):
  // the summary's "last 6 months" and the statements always have figures.
  const today = new Date();
  const historyEndsAt = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  const simulator = live ? undefined : createMonoApiSimulator({ processingMs, historyEndsAt });

  // The demo has one signed-in user; in the sandbox they start with two linked accounts.
  const demoUserAccounts = demoAccountStore(simulator ? seedSandboxAccounts(simulator) : []);

  const proxy = createMonoProxy(
    simulator
      ? {
          secretKey: simulator.secretKey,
          apiBase: 'https://api.simulator.invalid',
          fetch: (request) => simulator.handle(request),
          ...demoUserAccounts.proxyOptions(),
          // Live updates: the simulator posts Mono's webhooks here, pages hear them on /api/mono/events.
          webhookSecret: SANDBOX_WEBHOOK_SECRET,
          ...demoSessions(),
        }
      : {
          webhookSecret,
          secretKey: secretKey!,
          ...demoUserAccounts.proxyOptions(),
          ...demoSessions(),
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
    // The strict page forbids every frame, so Mono's widget cannot show there (demo/strict.html).
    if (path === '/strict.html') response.setHeader('content-security-policy', "frame-src 'none'");
    if (path === '/api/demo/config' && request.method === 'GET') {
      return sendJson(response, 200, { mode: live ? 'live' : 'sandbox', publicKey: live ? publicKey : 'test_pk_sandbox_demo' });
    }
    if (path === '/api/demo/sandbox-code' && request.method === 'POST') {
      if (!simulator) return sendJson(response, 404, { error: { code: 'NOT_SANDBOX', message: 'Only the sandbox issues codes.' } });
      // What Mono's widget does when a user links: a one-time code for the
      // user's account at the bank they picked (a new id each time, as Mono
      // gives), or (re-authorising one of the user's accounts) for that one.
      void readBody(request).then(({ accountId, institution }) => {
        const existing = typeof accountId === 'string' && demoUserAccounts.has(accountId) ? accountId : undefined;
        const institutionId = typeof institution === 'string' ? institution : undefined;
        sendJson(response, 200, { code: simulator.issueCode({ accountId: existing, institutionId }) });
      });
      return;
    }
    if (path === '/api/demo/sandbox-charge' && request.method === 'POST') {
      if (!simulator) return sendJson(response, 404, { error: { code: 'NOT_SANDBOX', message: 'Only the sandbox completes payments.' } });
      // What Mono's widget does when the user authorises the debit.
      void readBody(request).then(({ paymentId }) => {
        const charge = sandboxCharge(simulator, paymentId);
        sendJson(response, charge ? 200 : 404, charge ?? { error: { code: 'NOT_FOUND', message: 'No such payment.' } });
      });
      return;
    }
    const statement = /^\/api\/demo\/statements\/([A-Za-z0-9]{1,64}\.pdf)$/.exec(path);
    if (statement && request.method === 'GET' && simulator) {
      // The simulator's PDF links (see setStatementFiles below): its own host exists only in this process.
      void simulator.handle(new Request(`https://api.simulator.invalid/statements/${statement[1]}`)).then(async (file) => {
        response.statusCode = file.status;
        file.headers.forEach((value, name) => response.setHeader(name, value));
        response.end(Buffer.from(await file.arrayBuffer()));
      });
      return;
    }
    const hostedPage = /^\/api\/demo\/hosted\/([A-Za-z0-9]{8,64})$/.exec(path);
    if (hostedPage && simulator && (request.method === 'GET' || request.method === 'POST')) {
      // Mono's hosted link page (the mono_url the proxy hands the page), played by the simulator on the demo's own origin: no network.
      void (async () => {
        let form = '';
        if (request.method === 'POST') for await (const chunk of request) if ((form += chunk).length > 4096) break;
        const page = await simulator.handle(
          new Request(`https://api.simulator.invalid/hosted/${hostedPage[1]}`, {
            method: request.method,
            headers: { 'content-type': String(request.headers['content-type'] ?? 'text/plain') },
            body: request.method === 'POST' ? form : undefined,
          }),
        );
        response.statusCode = page.status;
        page.headers.forEach((value, name) => response.setHeader(name, value));
        response.end(Buffer.from(await page.arrayBuffer()));
      })().catch(() => sendJson(response, 500, { error: { code: 'SANDBOX_FAILED', message: 'The sandbox page failed.' } }));
      return;
    }
    if (path === '/api/demo/require-reauth' && request.method === 'POST') {
      if (!simulator) return sendJson(response, 404, { error: { code: 'NOT_SANDBOX', message: 'Only the sandbox can play the bank.' } });
      // The bank ends Mono's access: Mono sends reauthorisation_required, as the simulator does here.
      void readBody(request).then(async ({ accountId }) => {
        if (typeof accountId !== 'string' || !demoUserAccounts.has(accountId)) return sendJson(response, 404, { error: { code: 'NOT_FOUND', message: 'No such account.' } });
        sendJson(response, 200, { webhookStatus: await simulator.requireReauth(accountId) });
      });
      return;
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
  simulator?.setWebhook({ url: new URL('/api/mono/webhooks', url).href, secret: SANDBOX_WEBHOOK_SECRET });
  simulator?.setStatementFiles(new URL('/api/demo/statements', url).href);
  simulator?.setHostedPages(new URL('/api/demo/hosted', url).href);
  return {
    server,
    url,
    live,
    simulator,
    close: () => {
      simulator?.stopWebhooks();
      return server.close();
    },
  };
}
