import { createContext } from '@lit/context';
import type { MonoFetcher } from './fetcher/types.js';
import type { WidgetDriver } from './widget/types.js';

/** What `<mono-provider>` hands to its descendants. */
export interface MonoProvided {
  publicKey?: string;
  fetcher?: MonoFetcher;
  /** Widget driver for every link button inside (e.g. the sandbox driver). */
  driver?: WidgetDriver;
}

export const monoContext = createContext<MonoProvided | undefined>(Symbol.for('mono-connect-elements/context'));
