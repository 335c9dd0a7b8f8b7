import { fail, json } from './responses.js';
import { RequestError, checkAccountId, checkCode, readJsonBody, transactionQuery } from './validate.js';

/** Decides whether the signed-in user behind `request` may use `accountId` (`null`: may link a new account). */
export type Authorize = (request: Request, accountId: string | null) => boolean | Promise<boolean>;

export interface MonoProxyOptions {
  /** Your Mono secret key. Only ever sent to `apiBase`. */
  secretKey: string;
  /**
   * Required. Called before every route: with the account id for account
   * routes, with `null` for the code exchange. Without it every route
   * answers 403 — the proxy fails closed.
   */
  authorize?: Authorize;
  /** Save the new account for the signed-in user (Mono's step 3). A throw fails the exchange with 500. */
  onLinked?: (accountId: string, request: Request) => void | Promise<void>;
  /** Mono's API. Default `https://api.withmono.com`. */
  apiBase?: string;
  /** `v2` (default: `/v2/accounts/…`) or `v1` (`/account/auth`, `/accounts/…`). */
  apiVersion?: 'v1' | 'v2';
  /** Path prefix the proxy answers under. Default `/api/mono`. */
  basePath?: string;
  /** The `fetch` used to reach Mono. Default `globalThis.fetch`. */
  fetch?: (request: Request) => Promise<Response>;
  /** Upstream timeout. Default 15 000 ms. */
  timeoutMs?: number;
  /** Largest request body accepted. Default 4 096 bytes. */
  maxBodyBytes?: number;
}

export type MonoProxyHandler = (request: Request) => Promise<Response>;

const PATHS = {
  v2: { auth: '/v2/accounts/auth', account: (id: string) => `/v2/accounts/${id}` },
  v1: { auth: '/account/auth', account: (id: string) => `/accounts/${id}` },
};

class UpstreamError extends Error {
  constructor(readonly response: Response) {
    super('upstream');
  }
}

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
 * | `POST {basePath}/accounts/auth` `{ code }`   | exchanges the code, `onLinked()`, `{ id }`  |
 * | `GET {basePath}/accounts/:id`                | account details with `meta.data_status`     |
 * | `GET {basePath}/accounts/:id/transactions`   | a page of transactions                      |
 */
export function createMonoProxy(options: MonoProxyOptions): MonoProxyHandler {
  const secretKey = options.secretKey;
  if (typeof secretKey !== 'string' || !secretKey.trim()) throw new TypeError('createMonoProxy: secretKey is required.');
  const basePath = normaliseBasePath(options.basePath);
  const apiBase = (options.apiBase ?? 'https://api.withmono.com').replace(/\/+$/, '');
  const paths = PATHS[options.apiVersion ?? 'v2'];
  if (!paths) throw new TypeError('createMonoProxy: apiVersion must be "v1" or "v2".');
  const send = options.fetch ?? ((request: Request) => globalThis.fetch(request));
  const timeoutMs = options.timeoutMs ?? 15_000;
  const maxBodyBytes = options.maxBodyBytes ?? 4096;

  /** Whatever Mono says goes back without the key, however it got there. */
  const scrub = (text: string): string => text.split(secretKey).join('[redacted]').slice(0, 300);

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

  async function callMono(request: Request, method: 'GET' | 'POST', path: string, body?: unknown): Promise<unknown> {
    const timeout = AbortSignal.timeout(timeoutMs);
    const headers = new Headers({ accept: 'application/json', 'mono-sec-key': secretKey });
    if (body !== undefined) headers.set('content-type', 'application/json');
    let response: Response;
    try {
      response = await send(
        new Request(`${apiBase}${path}`, {
          method,
          headers,
          body: body === undefined ? undefined : JSON.stringify(body),
          signal: AbortSignal.any([timeout, request.signal]),
        }),
      );
    } catch {
      if (timeout.aborted) throw new UpstreamError(fail(504, 'UPSTREAM_TIMEOUT', `Mono did not answer within ${timeoutMs} ms.`));
      throw new UpstreamError(fail(502, 'UPSTREAM_UNREACHABLE', 'Mono could not be reached.'));
    }
    const text = await response.text().catch(() => '');
    let parsed: unknown;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = undefined;
    }
    if (response.ok) {
      if (parsed === undefined) throw new UpstreamError(fail(502, 'UPSTREAM_INVALID_RESPONSE', 'Mono answered with something that is not JSON.'));
      return parsed;
    }
    const monoMessage =
      typeof parsed === 'object' && parsed !== null && typeof (parsed as { message?: unknown }).message === 'string'
        ? scrub((parsed as { message: string }).message)
        : undefined;
    throw new UpstreamError(upstreamFailure(response, monoMessage, path === paths.auth));
  }

  async function exchange(request: Request): Promise<Response> {
    await authorized(request, null);
    const code = checkCode(await readJsonBody(request, maxBodyBytes));
    const body = await callMono(request, 'POST', paths.auth, { code });
    const source = typeof body === 'object' && body !== null ? ((body as { data?: unknown }).data ?? body) : undefined;
    const id = typeof source === 'object' && source !== null ? (source as { id?: unknown }).id : undefined;
    if (typeof id !== 'string' || !id) return fail(502, 'UPSTREAM_INVALID_RESPONSE', 'Mono did not return an account id.');
    if (options.onLinked) {
      try {
        await options.onLinked(id, request);
      } catch {
        return fail(500, 'LINK_NOT_SAVED', 'The account was linked but could not be saved. Try linking again.');
      }
    }
    return json({ id });
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
    if (parts[0] === 'accounts' && (parts.length === 2 || (parts.length === 3 && parts[2] === 'transactions'))) {
      only('GET');
      const accountId = checkAccountId(parts[1]!);
      const upstreamPath =
        parts.length === 2 ? paths.account(accountId) : `${paths.account(accountId)}/transactions${queryString(url.searchParams)}`;
      await authorized(request, accountId);
      return json(await callMono(request, 'GET', upstreamPath));
    }
    return fail(404, 'NOT_FOUND', 'No such route.');
  }

  return async (request) => {
    try {
      return await route(request);
    } catch (error) {
      if (error instanceof RequestError) {
        return fail(error.status, error.code, error.message, error.headers);
      }
      if (error instanceof UpstreamError) return error.response;
      return fail(500, 'PROXY_ERROR', 'The Mono proxy failed.');
    }
  };
}

function queryString(search: URLSearchParams): string {
  const query = transactionQuery(search).toString();
  return query ? `?${query}` : '';
}

function upstreamFailure(response: Response, monoMessage: string | undefined, isExchange: boolean): Response {
  const retryAfter = response.headers.get('retry-after');
  const pass: Record<string, string> = retryAfter ? { 'retry-after': retryAfter } : {};
  const status = response.status;
  if (status === 401 || status === 403) {
    return fail(502, 'UPSTREAM_AUTH_FAILED', 'Mono refused the server\'s credentials. Check the secret key configured on the server.');
  }
  if (status === 429) return fail(429, 'RATE_LIMITED', monoMessage ?? 'Too many requests to Mono. Try again shortly.', pass);
  if (status >= 500) return fail(502, 'UPSTREAM_ERROR', `Mono failed (${status}). Try again shortly.`, pass);
  if (isExchange) return fail(400, 'INVALID_CODE', monoMessage ?? 'Mono did not accept the code: it may be used or expired.');
  if (status === 404) return fail(404, 'ACCOUNT_NOT_FOUND', monoMessage ?? 'Mono has no such account.');
  return fail(400, 'MONO_REJECTED', monoMessage ?? `Mono rejected the request (${status}).`);
}
