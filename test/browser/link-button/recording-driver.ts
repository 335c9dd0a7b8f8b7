import type { MonoFetcher } from '../../../src/core/fetcher/types.js';
import type { WidgetDriver } from '../../../src/core/widget/types.js';
import type { SandboxDriver } from '../../../src/testing/index.js';

export interface RecordingDriver extends WidgetDriver {
  /** How often the button asked for a preload. */
  preloads: number;
  /** The public key of every widget the button asked to open, in order. */
  opened: string[];
}

/** The sandbox driver, noting what the button asks of it. */
export function recording(driver: SandboxDriver): RecordingDriver {
  const recorder: RecordingDriver = {
    preloads: 0,
    opened: [],
    origin: driver.origin,
    preload: () => {
      recorder.preloads++;
      return driver.preload();
    },
    open: (config, callbacks, signal) => {
      recorder.opened.push(config.key);
      return driver.open(config, callbacks, signal);
    },
  };
  return recorder;
}

/** A fetcher that can only exchange a code, for `accountId`. */
export function exchangeOnly(accountId: string): MonoFetcher {
  const unused = () => Promise.reject(new Error('not used in this test'));
  return { exchangeCode: async () => ({ accountId }), getAccount: unused, getTransactions: unused };
}
