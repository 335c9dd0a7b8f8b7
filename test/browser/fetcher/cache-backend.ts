import { createHttpFetcher, type HttpFetcherOptions } from '../../../src/core/fetcher/http-fetcher.js';
import { createMonoProxy } from '../../../src/server/proxy.js';
import { createMonoApiSimulator, SIMULATED_ACCOUNTS } from '../../../src/testing/index.js';

export const A = SIMULATED_ACCOUNTS.available;
export const B = SIMULATED_ACCOUNTS.empty;

/**
 * The real proxy on the Mono API simulator, in the page, with two users told
 * apart by their `authorization` header: ada owns A, bola owns B. Records
 * every request the fetcher sends (method, path and query, and who sent it).
 */
export function twoUserBackend(basePath = '/api/mono', processingMs = 0) {
  // processingMs: how long the preset PROCESSING account stays so.
  const simulator = createMonoApiSimulator({ processingMs });
  // Ada owns every account but B (those she links too); Bola owns B alone.
  const owns: Record<string, (accountId: string) => boolean> = { 'Bearer ada': (id) => id !== B, 'Bearer bola': (id) => id === B };
  const proxy = createMonoProxy({
    secretKey: simulator.secretKey,
    apiBase: 'https://api.simulator.invalid',
    basePath,
    fetch: (request) => simulator.handle(request),
    authorize: (request, accountId) => {
      const owned = owns[request.headers.get('authorization') ?? ''];
      return !!owned && (accountId === null || owned(accountId));
    },
  });
  const sent: { path: string; user: string | null }[] = [];
  const fetch = (request: Request) => {
    const url = new URL(request.url);
    sent.push({ path: `${request.method} ${url.pathname.slice(basePath.length)}${url.search}`, user: request.headers.get('authorization') });
    return proxy(request);
  };
  /** A fetcher on this backend; `user()` says who is signed in at each request. */
  const fetcher = (user: () => string, options: HttpFetcherOptions = {}) =>
    createHttpFetcher({ endpoint: `https://app.invalid${basePath}`, fetch, retry: { retries: 0 }, EventSource: false, headers: () => ({ authorization: `Bearer ${user()}` }), ...options });
  return { simulator, sent, fetcher, reads: () => sent.filter((request) => request.path.startsWith('GET /accounts/')).length };
}
