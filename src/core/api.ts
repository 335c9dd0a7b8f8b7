// The package's API besides the element classes: what both the npm entry
// (src/index.ts) and the CDN file (src/cdn/index.ts) export.
export { MonoElement } from '../elements/shared/mono-element.js';
export { configure, getConfig } from './config.js';
export type { MonoConfig } from './config.js';
export { monoContext } from './context.js';
export type { MonoProvided } from './context.js';
// The HTTP fetcher's code loads with its first request, so a page pays for
// it only when an element actually talks to the backend.
export { createLazyHttpFetcher as createHttpFetcher } from './default-fetcher.js';
export type { HttpFetcherOptions } from './fetcher/http-fetcher.js';
export type { RetryOptions } from './fetcher/retry.js';
export type { ResponseCacheOptions, ResponseCacheSetting } from './fetcher/response-cache.js';
// Tiny and apart from the cache's code: a page signs its user out whether or not a fetcher ever loaded.
export { clearCache } from './clear-cache.js';
export { MonoFetchError } from './fetcher/errors.js';
export { normaliseDataStatus, isReadable } from './fetcher/data-status.js';
export { formatMoney } from './format/money.js';
export type * from './fetcher/types.js';
export type * from './fetcher/session-types.js';
export { checkPublicKey } from './public-key.js';
export type { Message, Messages, MessageOverrides, MonoElementMessages, MonoMessages, Translation } from './i18n/types.js';
export type { WidgetCallbacks, WidgetConfig, WidgetDriver, WidgetHandle, SelectedInstitution } from './widget/types.js';
export type { MonoCustomer } from './widget/widget-config.js';
export type * from '../events/index.js';
