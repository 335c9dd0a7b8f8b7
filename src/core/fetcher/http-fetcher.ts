import { MonoFetchError } from './errors.js';
import { normaliseExchange } from './normalise-exchange.js';
import { normaliseInstitutions } from './normalise-institutions.js';
import { liveStreamFor, type EventSourceConstructor, type LiveStream } from '../live/live-stream.js';
import { isObject } from './read-fields.js';
import { parseRetryAfter, withRetry, type RetryOptions } from './retry.js';
import { SharedRequests } from './shared-requests.js';
import { sessionRequests } from './session-requests.js';
import { statementRequests } from './statement-requests.js';
import { hostedRequests } from './hosted-requests.js';
import { accountRequests } from './account-requests.js';
import { cachedReads } from './cached-reads.js';
import { ResponseCache, type ResponseCacheSetting } from './response-cache.js';
import { getConfig } from '../config.js';
import { noteReadiness } from './readiness.js';
import type { FetchInit, MonoFetcher } from './types.js';

export interface HttpFetcherOptions {
  /** Base URL of your backend's Mono routes. Default `/api/mono`. */
  endpoint?: string;
  /** Extra headers on every request (a CSRF token, an auth header). */
  headers?: HeadersInit | (() => HeadersInit | Promise<HeadersInit>);
  /**
   * Cookies policy. Default `same-origin`. The hosted link's requests
   * (`/link/hosted`) always send cookies (`include`) unless this is `omit`:
   * a cookie binds each hosted session to the browser that started it.
   */
  credentials?: RequestCredentials;
  /** The `fetch` to use (a test double, an instrumented fetch). Default `globalThis.fetch`. */
  fetch?: (request: Request) => Promise<Response>;
  /** Back-off for 429 and 5xx answers. */
  retry?: RetryOptions;
  /**
   * The `EventSource` for live events (`GET {endpoint}/events`). Default the
   * page's, shared with every fetcher on the same endpoint; `false` turns
   * live events off (elements poll). `headers` are not sent on it: EventSource
   * cannot send headers, so authenticate the stream by cookie.
   */
  EventSource?: EventSourceConstructor | false;
  /**
   * How long account details and transaction pages are shown again without
   * a request (README, Page-wide setup). Default `configure({ cache })`'s,
   * else 30 s fresh then 5 min stale-while-revalidate, 50 answers; `false`
   * turns it off. Answers are kept per identity (`endpoint` and the
   * `headers` sent): other headers empty the cache first.
   */
  cache?: ResponseCacheSetting;
}

async function errorFrom(response: Response): Promise<MonoFetchError> {
  let code = `HTTP_${response.status}`;
  let message = `The backend answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`;
  try {
    const body: unknown = await response.json();
    // The proxy's `{ error: { code, message } }`, or Mono's `{ message }`.
    const detail = isObject(body) && isObject(body['error']) ? body['error'] : body;
    if (isObject(detail)) {
      if (typeof detail['code'] === 'string' && detail['code']) code = detail['code'];
      if (typeof detail['message'] === 'string' && detail['message']) message = detail['message'];
    }
  } catch {
    // Not JSON: keep the status line.
  }
  return new MonoFetchError(response.status, code, message, parseRetryAfter(response.headers.get('retry-after')));
}

/**
 * A fetcher that speaks the backend contract (`POST {endpoint}/accounts/auth`,
 * `GET {endpoint}/accounts/:id`, `GET {endpoint}/accounts/:id/transactions`)
 * and accepts Mono's v1 and v2 response shapes.
 */
export function createHttpFetcher(options: HttpFetcherOptions = {}): MonoFetcher {
  const endpoint = (options.endpoint ?? '/api/mono').replace(/\/+$/, '');
  const send = options.fetch ?? ((request: Request) => globalThis.fetch(request));
  const shared = new SharedRequests();
  const cache = new ResponseCache(() => options.cache ?? getConfig().cache);

  const url = (path: string): string => {
    // Relative endpoints resolve against the page, as fetch() would.
    const base = typeof location === 'undefined' ? 'http://localhost/' : location.href;
    return new URL(`${endpoint}${path}`, base).href;
  };

  async function request(method: 'GET' | 'POST' | 'DELETE', target: string, body: unknown, signal?: AbortSignal, credentials = options.credentials ?? 'same-origin', prepared?: Headers): Promise<unknown> {
    const extra = prepared ?? (typeof options.headers === 'function' ? await options.headers() : options.headers);
    const headers = new Headers(extra);
    headers.set('accept', 'application/json');
    if (body !== undefined) headers.set('content-type', 'application/json');
    let response: Response;
    try {
      response = await send(
        new Request(target, {
          method,
          headers,
          body: body === undefined ? undefined : JSON.stringify(body),
          credentials,
          signal,
        }),
      );
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      throw new MonoFetchError(0, 'NETWORK_ERROR', `The backend could not be reached: ${error instanceof Error ? error.message : String(error)}`);
    }
    // Signed out, or not this user's: nothing kept may be shown any more.
    if (response.status === 401 || response.status === 403) cache.clear();
    if (!response.ok) throw await errorFrom(response);
    // DELETE answers 204: nothing to parse.
    if (response.status === 204) return undefined;
    try {
      return await response.json();
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      throw new MonoFetchError(response.status, 'INVALID_RESPONSE', 'The backend answered with something that is not JSON.');
    }
  }

  /** The headers to send, resolved once per read: the identity checked is the one sent. */
  const headersNow = async () => new Headers(typeof options.headers === 'function' ? await options.headers() : options.headers);
  // Headers iterate sorted and lower-cased: the same headers, the same identity.
  const identityOf = (sent: Headers): string => [...sent].join('\n');

  async function prepare() {
    const sent = await headersNow();
    return { identity: identityOf(sent), get: (path: string, signal?: AbortSignal) => get(url(path), signal, sent) };
  }

  /** GETs retry on 429, 5xx and network errors, and identical ones in flight for the same identity are shared. */
  async function get(target: string, signal?: AbortSignal, sent?: Headers): Promise<unknown> {
    const headers = sent ?? (await headersNow());
    return shared.run(
      `${identityOf(headers)}\n${target}`,
      (sharedSignal) => withRetry(() => request('GET', target, undefined, sharedSignal, undefined, headers), (error) => error.retryable, options.retry, sharedSignal),
      signal,
    );
  }

  const hostedCredentials: RequestCredentials = options.credentials === 'omit' ? 'omit' : 'include';

  let live: LiveStream | undefined | null = options.EventSource === false ? null : undefined;
  const liveStream = () =>
    // Made on first use: importing or creating the fetcher touches no browser API.
    live === undefined ? (live = liveStreamFor(url('/events'), options.credentials === 'include', options.EventSource || undefined) ?? null) : live;

  return {
    // POST /link and /payments (retried on 429 only: each may create something at Mono), GET /payments/:reference.
    ...sessionRequests({
      post: (path, body, signal) => withRetry(() => request('POST', url(path), body, signal), (error) => error.status === 429, options.retry, signal),
      get: (path, signal) => get(url(path), signal),
    }),

    // GET /accounts (retried, shared); DELETE /accounts/:id retried on 429 only; POST …/refresh never
    // retried: Mono bills each real-time refresh, and a 429 is the cool-down the page shows.
    ...accountRequests({
      get: (path, signal) => get(url(path), signal),
      unlink: (path, signal) => withRetry(() => request('DELETE', url(path), undefined, signal), (error) => error.status === 429, options.retry, signal),
      refresh: (path, signal) => request('POST', url(path), undefined, signal),
      changed: (accountId) => cache.invalidate(accountId),
    }),

    // GET /accounts/:id and …/transactions through the response cache (response-cache.ts).
    ...cachedReads({ prepare }, cache),

    // POST /accounts/:id/statement (retried on 429 only: Mono may already be building it), GET …/statement/jobs/:jobId.
    ...statementRequests({
      post: (path, body, signal) => withRetry(() => request('POST', url(path), body, signal), (error) => error.status === 429, options.retry, signal),
      get: (path, signal) => get(url(path), signal),
      base: url('/'),
    }),

    // POST /link/hosted (retried on 429 only: each starts a session at Mono), GET /link/hosted/:ref.
    // Both send cookies even to an endpoint on another origin: the cookie that
    // binds the session to this browser is the only proof the ref is ours.
    ...hostedRequests({
      post: (path, body, signal) => withRetry(() => request('POST', url(path), body, signal, hostedCredentials), (error) => error.status === 429, options.retry, signal),
      get: (path, signal) => withRetry(() => request('GET', url(path), undefined, signal, hostedCredentials), (error) => error.retryable, options.retry, signal),
      base: url('/'),
    }),

    subscribe(accountIds, listener, init = {}) {
      // Whatever Mono says about an account makes what is kept of it old: forgotten before the page hears.
      liveStream()?.subscribe(accountIds, (event) => (cache.invalidate(event.accountId), listener(event)), init.signal);
    },

    async exchangeCode(code: string, init: FetchInit = {}) {
      if (typeof code !== 'string' || !code) throw new MonoFetchError(0, 'INVALID_CODE', 'A one-time code is required.');
      // Only 429 is retried: after a 5xx the single-use code may already be spent.
      const body = await withRetry(
        () => request('POST', url('/accounts/auth'), { code }, init.signal),
        (error) => error.status === 429,
        options.retry,
        init.signal,
      );
      const result = normaliseExchange(body);
      // A re-link (or a reauthorisation through the widget) may bring new data for an id already shown.
      for (const id of [result.accountId, result.duplicateOf]) if (id) cache.invalidate(id);
      // Mono is fetching the new account's data: its rows wait for its status.
      noteReadiness(result.accountId, false);
      return result;
    },

    async getInstitutions(init: FetchInit = {}) {
      const { institutions, skipped } = normaliseInstitutions(await get(url('/institutions'), init.signal));
      // Skipped banks are a backend problem for developers, not something to show users.
      if (skipped.length) console.warn(`mono-connect-elements: ${skipped.length} institution(s) left out: ${skipped.join('; ')}.`);
      return institutions;
    },
  };
}
