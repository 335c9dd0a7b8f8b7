import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createMonoProxy, toNodeHandler, type MonoProxyOptions } from '../../../src/server/index.js';
import { startMonoSimulator, type StartedSimulator } from '../../../src/testing/node.js';

/** Test users, told apart by an `x-test-user` header (a stand-in for a session cookie). */
export type Owners = Map<string, Set<string>>;

export interface Harness {
  simulator: StartedSimulator;
  owners: Owners;
  linked: { accountId: string; user: string | null }[];
  /** Base URL of the host app, e.g. `http://127.0.0.1:1234`. */
  url: string;
  request(path: string, init?: RequestInit & { user?: string }): Promise<Response>;
  close(): Promise<void>;
}

export async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

export async function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

/**
 * A host app on loopback with the proxy mounted at /api/mono, in front of the
 * Mono API simulator on another loopback port.
 */
export async function startHarness(
  proxyOptions: Partial<MonoProxyOptions> = {},
  simulatorOptions: Parameters<typeof startMonoSimulator>[0] = {},
): Promise<Harness> {
  const simulator = await startMonoSimulator({ processingMs: 300, ...simulatorOptions });
  const owners: Owners = new Map();
  const linked: Harness['linked'] = [];
  const userOf = (request: Request) => request.headers.get('x-test-user');
  const proxy = createMonoProxy({
    secretKey: simulator.secretKey,
    apiBase: simulator.url,
    authorize: (request, accountId) => {
      const user = userOf(request);
      if (!user) return false;
      return accountId === null || (owners.get(user)?.has(accountId) ?? false);
    },
    onLinked: (accountId, request) => {
      const user = userOf(request);
      linked.push({ accountId, user });
      if (user) owners.set(user, new Set([...(owners.get(user) ?? []), accountId]));
    },
    ...proxyOptions,
  });
  const server = createServer(toNodeHandler(proxy));
  const url = await listen(server);
  return {
    simulator,
    owners,
    linked,
    url,
    request: (path, { user, headers, ...init } = {}) => {
      const all = new Headers(headers);
      if (user) all.set('x-test-user', user);
      return fetch(`${url}${path}`, { ...init, headers: all });
    },
    close: async () => {
      await closeServer(server);
      await simulator.close();
    },
  };
}

export const postJson = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: typeof body === 'string' ? body : JSON.stringify(body),
});
