import { allowAccount, allowTransactions } from './privacy.js';
import { fail, json } from './responses.js';
import { scrubSecret } from './scrub.js';
import { createUpstream, UpstreamError } from './upstream.js';
import { createMemoryBus } from './bus/memory.js';
import { accountRoutes } from './routes/account-routes.js';
import type { AccountListOptions } from './routes/accounts-options.js';
import { exchangeRoute, type ExchangeOptions } from './routes/exchange.js';
import { hostedRoutes, type HostedLinkOptions } from './routes/hosted-routes.js';
import { liveRoutes, type LiveOptions } from './routes/live.js';
import type { SessionOptions } from './sessions/options.js';
import { sessionRoutes } from './sessions/routes.js';
import { RequestError, checkAccountId, transactionQuery } from './validate.js';

/** Decides whether the signed-in user behind `request` may use `accountId` (`null`: may link a new account). */
export type Authorize = (request: Request, accountId: string | null) => boolean | Promise<boolean>;

export interface MonoProxyOptions extends LiveOptions, SessionOptions, AccountListOptions, ExchangeOptions, HostedLinkOptions {
  /** Your Mono secret key. Only ever sent to `apiBase`, and scrubbed from every answer. */
  secretKey: string;
  /**
   * Required. Called before every route: with the account id for account
   * routes, with `null` for the code exchange. Without it every route
   * answers 403 — the proxy fails closed.
   */
  authorize?: Authorize;
  /** Mono's API. Default `https://api.withmono.com`. */
  apiBase?: string;
  /** `v2` (default: `/v2/accounts/…`) or `v1` (`/account/auth`, `/accounts/…`). */
  apiVersion?: 'v1' | 'v2';
  /** Path prefix the proxy answers under. Default `/api/mono`. */
  basePath?: string;
  /** The `fetch` used to reach Mono. Default `globalThis.fetch`. It is given `redirect: 'manual'` requests. */
  fetch?: (request: Request) => Promise<Response>;
  /** Upstream timeout, headers and body together. Default 15 000 ms. */
  timeoutMs?: number;
  /** Largest request body accepted. Default 4 096 bytes. */
  maxBodyBytes?: number;
  /** Largest answer read from Mono, counted after decompression. Default 4 MiB. */
  maxUpstreamBytes?: number;
  /** Send the browser the full account number instead of its last 4 digits. Default false. */
  exposeAccountNumber?: boolean;
}

export type MonoProxyHandler = (request: Request) => Promise<Response>;

const PATHS = {
  v2: { auth: '/v2/accounts/auth', account: (id: string) => `/v2/accounts/${id}` },
  v1: { auth: '/account/auth', account: (id: string) => `/accounts/${id}` },
};

export function normaliseBasePath(basePath = '/api/mono'): string {
  const trimmed = basePath.replace(/\/+$/, '');
  return trimmed.startsWith('/') || trimmed === '' ? trimmed : `/${trimmed}`;
}

/**
 * Mono's backend routes for the browser, as a fetch-API handler. Mount it in
 * any server (`toNodeHandler()` for node:http, Express or Connect):
 *
 * | browser asks                                 | proxy does                                  |
 * |----------------------------------------------|---------------------------------------------|
 * | `POST {basePath}/accounts/auth` `{ code }`   | exchanges the code, `onLinked()`, `{ id, duplicateOf? }` |
 * | `GET {basePath}/accounts/:id`                | account details, allow-listed fields only   |
 * | `GET {basePath}/accounts/:id/transactions`   | a page of transactions, allow-listed        |
 *
 * The handler never rejects: every request gets a JSON answer.
 */
export function createMonoProxy(options: MonoProxyOptions): MonoProxyHandler {
  const secretKey = options.secretKey;
  if (typeof secretKey !== 'string' || !secretKey.trim()) throw new TypeError('createMonoProxy: secretKey is required.');
  const basePath = normaliseBasePath(options.basePath);
  const paths = PATHS[options.apiVersion ?? 'v2'];
  if (!paths) throw new TypeError('createMonoProxy: apiVersion must be "v1" or "v2".');
  const maxBodyBytes = options.maxBodyBytes ?? 4096;
  const { call, callWithHeaders } = createUpstream({
    apiBase: (options.apiBase ?? 'https://api.withmono.com').replace(/\/+$/, ''),
    secretKey,
    send: options.fetch ?? ((request: Request) => globalThis.fetch(request)),
    timeoutMs: options.timeoutMs ?? 15_000,
    maxBytes: options.maxUpstreamBytes ?? 4 * 1024 * 1024,
  });
  const privacy = { exposeAccountNumber: options.exposeAccountNumber === true };

  /** Every body leaves through here: nothing the proxy says can carry the key. */
  const answer = (body: unknown) => json(scrubSecret(body, secretKey));

  async function authorized(request: Request, accountId: string | null): Promise<void> {
    if (!options.authorize) {
      throw new RequestError(403, 'NOT_AUTHORIZED', 'This proxy has no authorize() configured, so it refuses every request.');
    }
    let allowed: boolean;
    try {
      allowed = (await options.authorize(request, accountId)) === true;
    } catch {
      allowed = false;
    }
    if (!allowed) throw new RequestError(403, 'FORBIDDEN', accountId ? 'You may not access this account.' : 'You may not link an account.');
  }

  // One bus for live events and the account routes (unlink announces itself, refresh claims its slot).
  const bus = options.bus ?? createMemoryBus();
  const live = liveRoutes({ ...options, bus }, authorized);
  const sessions = sessionRoutes(options, { authorized, call, answer, maxBodyBytes });
  const accounts = accountRoutes(options, { authorized, call, callWithHeaders, answer, privacy, bus, accountPath: paths.account });

  const hosted = hostedRoutes(options, { authorized, call, answer, maxBodyBytes, bus, basePath, accountPath: paths.account, privacy });
  const exchange = exchangeRoute(options, { authorized, call, answer, privacy, accountPath: paths.account, authPath: paths.auth, maxBodyBytes });

  async function accountRoute(request: Request, accountId: string, search: URLSearchParams | undefined): Promise<Response> {
    const upstreamPath = search ? `${paths.account(accountId)}/transactions${queryString(search)}` : paths.account(accountId);
    await authorized(request, accountId);
    const body = await call(request.signal, 'GET', upstreamPath);
    const allowed = search ? allowTransactions(body) : allowAccount(body, privacy);
    if (!allowed) return fail(502, 'UPSTREAM_INVALID_RESPONSE', 'Mono answered with something that is not an object.');
    return answer(allowed);
  }

  async function route(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const path = url.pathname;
    if (path !== basePath && !path.startsWith(`${basePath}/`)) return fail(404, 'NOT_FOUND', 'No such route.');
    const parts = path.slice(basePath.length).split('/').slice(1);
    // Ids never contain escapes: %2F, %2e and double encoding stop here.
    if (parts.some((part) => part.includes('%') || part === '')) throw new RequestError(400, 'INVALID_PATH', 'The path is not valid.');
    const method = request.method.toUpperCase();
    const only = (allowed: string) => {
      if (method !== allowed) throw new RequestError(405, 'METHOD_NOT_ALLOWED', `Use ${allowed}.`, { allow: allowed });
    };

    if (parts.length === 2 && parts[0] === 'accounts' && parts[1] === 'auth') {
      only('POST');
      return exchange(request);
    }
    const accountsRoute = accounts(parts, method);
    if (accountsRoute) return accountsRoute(request);
    if (parts[0] === 'accounts' && (parts.length === 2 || (parts.length === 3 && parts[2] === 'transactions'))) {
      only('GET');
      return accountRoute(request, checkAccountId(parts[1]!), parts.length === 3 ? url.searchParams : undefined);
    }
    const liveRoute = live(parts, method);
    if (liveRoute) return liveRoute(request);
    const hostedRoute = hosted(parts, method);
    if (hostedRoute) return hostedRoute(request);
    const sessionRoute = sessions(parts, method);
    if (sessionRoute) return sessionRoute(request);
    return fail(404, 'NOT_FOUND', 'No such route.');
  }

  return async (request) => {
    try {
      return await route(request);
    } catch (error) {
      try {
        if (error instanceof RequestError) return fail(error.status, error.code, error.message, error.headers);
        if (error instanceof UpstreamError) return error.response;
      } catch {
        // Fall through to the plain 500 below.
      }
      return fail(500, 'PROXY_ERROR', 'The Mono proxy failed.');
    }
  };
}

function queryString(search: URLSearchParams): string {
  const query = transactionQuery(search).toString();
  return query ? `?${query}` : '';
}
