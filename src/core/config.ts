import type { MonoFetcher } from './fetcher/types.js';
import type { WidgetDriver } from './widget/types.js';
import type { MonoMessages } from './i18n/types.js';
import { loadLocalize } from './i18n/localize-lazily.js';
import type { ResponseCacheSetting } from './fetcher/response-cache.js';

export interface MonoConfig {
  /** Page-wide fetcher used by every element that has none of its own and no provider above it. */
  fetcher?: MonoFetcher;
  /** Page-wide Mono public key for `<mono-link-button>`s that set none. */
  publicKey?: string;
  /** Page-wide widget driver, e.g. the sandbox driver from `mono-connect-elements/testing`. */
  driver?: WidgetDriver;
  /**
   * Words to show instead of the built-in ones, by language then element tag,
   * e.g. `{ en: { 'mono-link-button': { link: 'Connect your bank' } } }`.
   * A `<mono-provider>`'s `messages` win over these.
   */
  messages?: MonoMessages;
  /**
   * How long HTTP fetchers created without a `cache` option (the default one,
   * `<mono-provider endpoint>`'s) show account details and transaction pages
   * again without a request: `{ maxAge, staleWhileRevalidate, maxEntries }`
   * in ms, or `false` for none. Default 30 s fresh, then 5 min shown at once
   * while read again. Read at each request, so a change applies at once.
   */
  cache?: ResponseCacheSetting;
}

let pageConfig: MonoConfig = {};

/**
 * Sets page-wide defaults. Later calls merge into earlier ones; pass
 * `undefined` for a field to clear it.
 */
export function configure(config: MonoConfig): void {
  pageConfig = { ...pageConfig, ...config };
  // Elements on screen re-render with the new words (the link button's
  // entry fetches the code that reads them only now: see localize-lazily.ts).
  if ('messages' in config) void loadLocalize();
}

/** The page-wide defaults as `configure()` left them. */
export function getConfig(): Readonly<MonoConfig> {
  return pageConfig;
}
