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
