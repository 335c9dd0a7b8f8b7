import type { HttpFetcherOptions } from './fetcher/http-fetcher.js';
import type { MonoFetcher } from './fetcher/types.js';
import type { WidgetDriver } from './widget/types.js';

export interface MonoConfig {
  /** Page-wide fetcher used by every element that has none of its own and no provider above it. */
  fetcher?: MonoFetcher;
  /** Page-wide Mono public key for `<mono-link-button>`s that set none. */
  publicKey?: string;
  /** Page-wide widget driver, e.g. the sandbox driver from `mono-connect-elements/testing`. */
  driver?: WidgetDriver;
}

let pageConfig: MonoConfig = {};
let defaultFetcher: MonoFetcher | undefined;

/**
 * Sets page-wide defaults. Later calls merge into earlier ones; pass
 * `undefined` for a field to clear it.
 */
export function configure(config: MonoConfig): void {
  pageConfig = { ...pageConfig, ...config };
}

/** The page-wide defaults as `configure()` left them. */
export function getConfig(): Readonly<MonoConfig> {
  return pageConfig;
}

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
  };
}

/**
 * The last two steps of the lookup order (own property → nearest provider →
 * `configure()` → `createHttpFetcher()` on `/api/mono`).
 */
export function configuredFetcher(): MonoFetcher {
  return pageConfig.fetcher ?? (defaultFetcher ??= createLazyHttpFetcher());
}
