import { createServer, type Server } from 'node:http';
import { createMonoProxy, toNodeHandler, type MonoBus, type MonoProxyOptions } from '../../../src/server/index.js';
import { startMonoSimulator, type StartedSimulator } from '../../../src/testing/node.js';
import { closeServer, listen } from '../server/harness.js';

export const WEBHOOK_SECRET = 'whsec_hosted_test';

/**
 * A browser for the tests: its own cookie jar (what `Set-Cookie` gave it, sent
 * back to the proxy's path) and, as its session, the `x-test-user` header.
 */
export class Browser {
  readonly cookies = new Map<string, string>();
  readonly setCookies: string[] = [];

  constructor(public user?: string) {}

  async fetch(url: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.user) headers.set('x-test-user', this.user);
    if (this.cookies.size > 0 && new URL(url).pathname.startsWith('/api/mono/')) {
      headers.set('cookie', [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; '));
    }
    const response = await fetch(url, { ...init, headers, redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) {
      this.setCookies.push(line);
      const [pair] = line.split(';');
      const at = pair!.indexOf('=');
      this.cookies.set(pair!.slice(0, at).trim(), pair!.slice(at + 1).trim());
    }
    return response;
  }
}

export interface Instance {
  url: string;
  server: Server;
}

export interface HostedHarness {
  simulator: StartedSimulator;
  instances: Instance[];
  /** Accounts each user owns (what onLinked saved). */
  owners: Map<string, Set<string>>;
  linked: { accountId: string; user: string | null; duplicateOf?: string }[];
  /** Slows onLinked down, to widen the window for races. */
  onLinkedDelayMs: number;
  close(): Promise<void>;
}

/**
 * `count` proxy instances (one bus each, or one shared bus given by `busFor`),
 * in front of one Mono simulator whose webhooks go to `webhookTo` (default the
 * first instance). Users are told apart by `x-test-user`; `customer()` describes
 * a new Mono customer once, then names the id `onCustomer` saved.
 */
export async function startHostedHarness(
  options: { count?: number; busFor?: (index: number) => MonoBus; proxy?: Partial<MonoProxyOptions>; webhookTo?: number } = {},
): Promise<HostedHarness> {
  const simulator = await startMonoSimulator({ processingMs: 150 });
  const owners = new Map<string, Set<string>>();
  const customers = new Map<string, string>();
  const harness: HostedHarness = { simulator, instances: [], owners, linked: [], onLinkedDelayMs: 0, close: async () => {} };
  const userOf = (request: Request) => request.headers.get('x-test-user');
  for (let index = 0; index < (options.count ?? 1); index++) {
    const proxy = createMonoProxy({
      secretKey: simulator.secretKey,
      apiBase: simulator.url,
      webhookSecret: WEBHOOK_SECRET,
      ...(options.busFor ? { bus: options.busFor(index) } : {}),
      authorize: (request, accountId) => {
        const user = userOf(request);
        return Boolean(user) && (accountId === null || (owners.get(user!)?.has(accountId) ?? false));
      },
      customer: (request) => {
        const user = userOf(request);
        if (!user) return null;
        const id = customers.get(user);
        if (id) return { id };
        const digits = [...user].reduce((sum, char) => sum * 31 + char.charCodeAt(0), 7) % 1e10;
        return { name: `Test ${user}`, email: `${user}@example.test`, identity: { type: 'bvn', number: String(22_000_000_000 + digits) } };
      },
      onCustomer: (id, request) => void customers.set(userOf(request)!, id),
      onLinked: async (accountId, request, info) => {
        if (harness.onLinkedDelayMs) await new Promise((resolve) => setTimeout(resolve, harness.onLinkedDelayMs));
        const user = userOf(request);
        harness.linked.push({ accountId, user, ...info });
        if (user) owners.set(user, new Set([...(owners.get(user) ?? []), accountId]));
      },
      ...options.proxy,
    });
    const server = createServer(toNodeHandler(proxy));
    harness.instances.push({ server, url: await listen(server) });
  }
  simulator.setWebhook({ url: `${harness.instances[options.webhookTo ?? 0]!.url}/api/mono/webhooks`, secret: WEBHOOK_SECRET });
  harness.close = async () => {
    for (const instance of harness.instances) await closeServer(instance.server);
    await simulator.close();
  };
  return harness;
}

export const postJson = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: typeof body === 'string' ? body : JSON.stringify(body),
});

const form = (fields: Record<string, string>): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams(fields).toString(),
});

/**
 * What a person does on the simulator's hosted page: opens it, picks the bank,
 * logs in (or cancels). Plain form posts, as the page has no script. Returns
 * where the page sent the browser (the 303's Location).
 */
export async function playHostedPage(monoUrl: string, choice: { password?: string; cancel?: boolean; reauth?: boolean } = {}): Promise<string> {
  const page = await fetch(monoUrl);
  if (page.status !== 200) throw new Error(`The hosted page answered ${page.status}.`);
  await page.text();
  let answer: Response;
  if (choice.cancel) {
    answer = await fetch(monoUrl, { ...form({ action: 'cancel' }), redirect: 'manual' });
  } else {
    if (!choice.reauth) {
      const login = await fetch(monoUrl, form({ action: 'bank', institution: 'sandbox-gtbank' }));
      if (login.status !== 200) throw new Error(`Picking a bank answered ${login.status}.`);
      await login.text();
    }
    answer = await fetch(monoUrl, { ...form({ action: 'login', institution: 'sandbox-gtbank', username: 'sandbox', password: choice.password ?? 'sandbox' }), redirect: 'manual' });
  }
  if (answer.status !== 303) throw new Error(`The hosted page's last step answered ${answer.status}, not 303.`);
  return answer.headers.get('location')!;
}

/** Polls the status route (as the page does) until it is no longer `pending`, or `ms` pass. */
export async function pollStatus(browser: Browser, instanceUrl: string, ref: string, ms = 5000): Promise<{ status: number; body: Record<string, unknown> }> {
  const until = Date.now() + ms;
  for (;;) {
    const response = await browser.fetch(`${instanceUrl}/api/mono/link/hosted/${ref}`);
    const body = (await response.json()) as Record<string, unknown>;
    if (response.status !== 200 || body['status'] !== 'pending' || Date.now() > until) return { status: response.status, body };
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
