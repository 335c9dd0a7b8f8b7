import type { Context } from '@lit/context';
import type { MonoFetcher } from './fetcher/types.js';
import type { WidgetDriver } from './widget/types.js';
import type { MonoMessages } from './i18n/types.js';

/** What `<mono-provider>` hands to its descendants. */
export interface MonoProvided {
  publicKey?: string;
  fetcher?: MonoFetcher;
  /** Widget driver for every link button inside (e.g. the sandbox driver). */
  driver?: WidgetDriver;
  /** Message overrides for every element inside; they win over `configure({ messages })`. */
  messages?: MonoMessages;
}

// What createContext() would return: its key, unchanged. Calling it would put
// @lit/context's index into the link button's entry, the smallest one.
export const monoContext = Symbol.for('mono-connect-elements/context') as Context<symbol, MonoProvided | undefined>;
