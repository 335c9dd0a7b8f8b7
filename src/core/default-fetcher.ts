import { getConfig } from './config.js';
import type { HttpFetcherOptions } from './fetcher/http-fetcher.js';
import type { MonoFetcher } from './fetcher/types.js';

// Apart from config.ts: the link button reads configure() before intent, but
// needs a fetcher only in its widget runtime, which loads on intent.

let defaultFetcher: MonoFetcher | undefined;

/**
 * `createHttpFetcher(options)`, with its code fetched on the first call: a
 * page whose elements all have a fetcher, or that never reaches its backend
 * (a link button that is never clicked), does not pay for it.
 */
export function createLazyHttpFetcher(options?: HttpFetcherOptions): MonoFetcher {
  let real: Promise<MonoFetcher> | undefined;
  const load = () =>
    (real ??= import('./fetcher/http-fetcher.js').then(
      ({ createHttpFetcher }) => createHttpFetcher(options),
      (error: unknown) => {
        real = undefined;
        throw error;
      },
    ));
  return {
    exchangeCode: async (code, init) => (await load()).exchangeCode(code, init),
    getAccount: async (accountId, init) => (await load()).getAccount(accountId, init),
    getTransactions: async (accountId, query, init) => (await load()).getTransactions(accountId, query, init),
    getInstitutions: async (init) => (await load()).getInstitutions!(init),
    requestStatement: async (accountId, period, init) => (await load()).requestStatement!(accountId, period, init),
    getStatementJob: async (accountId, jobId, init) => (await load()).getStatementJob!(accountId, jobId, init),
    // After the link (DESIGN.md): the HTTP fetcher always has them.
    listAccounts: async (init) => (await load()).listAccounts!(init),
    unlinkAccount: async (accountId, init) => (await load()).unlinkAccount!(accountId, init),
    refreshAccount: async (accountId, init) => (await load()).refreshAccount!(accountId, init),
    // Live events (DESIGN.md "Live state"); a code that fails to load leaves the elements polling.
    subscribe: (accountIds, listener, init) => void load().then((fetcher) => fetcher.subscribe?.(accountIds, listener, init), () => {}),
    // The response cache: before the code loads there is nothing kept (and clearCache() covers what is on its way).
    clearCache: (accountId) => void real?.then((fetcher) => fetcher.clearCache?.(accountId), () => {}),
    onRevalidate: (accountIds, listener, init) => void load().then((fetcher) => fetcher.onRevalidate?.(accountIds, listener, init), () => {}),
    // Server-started sessions (DESIGN.md): the HTTP fetcher always has them.
    createLinkSession: async (input, init) => (await load()).createLinkSession!(input, init),
    createPayment: async (payment, init) => (await load()).createPayment!(payment, init),
    verifyPayment: async (reference, init) => (await load()).verifyPayment!(reference, init),
    // The hosted link (DESIGN.md): the HTTP fetcher always has them.
    createHostedLink: async (input, init) => (await load()).createHostedLink!(input, init),
    getHostedLink: async (ref, init) => (await load()).getHostedLink!(ref, init),
  };
}

/**
 * The last two steps of the lookup order (own property → nearest provider →
 * `configure()` → `createHttpFetcher()` on `/api/mono`, one per page).
 */
export function configuredFetcher(): MonoFetcher {
  return getConfig().fetcher ?? (defaultFetcher ??= createLazyHttpFetcher());
}
