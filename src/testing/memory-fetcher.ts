import { createHttpFetcher } from '../core/fetcher/http-fetcher.js';
import { normaliseInstitutions } from '../core/fetcher/normalise-institutions.js';
import type { RetryOptions } from '../core/fetcher/retry.js';
import type { MonoFetcher } from '../core/fetcher/types.js';
import { createMonoProxy } from '../server/proxy.js';
import { SANDBOX_INSTITUTIONS } from './sandbox/sandbox-institutions.js';
import type { SessionOptions } from '../server/sessions/options.js';
import type { AccountListOptions } from '../server/routes/accounts-options.js';
import { inPageStatements } from './simulator/statement-url.js';
import { createMonoApiSimulator, SIMULATED_ACCOUNTS, type MonoApiSimulator, type SimulatorOptions } from './simulator/simulator.js';

/**
 * `customer`, `onCustomer` and `payment` are the proxy's own options
 * (DESIGN.md "Server-started sessions"): without `payment` there are no
 * payments, as with a real proxy.
 */
export interface MemoryFetcherOptions extends SimulatorOptions, SessionOptions, Pick<AccountListOptions, 'refreshCooldownMs'> {
  /** Share one simulator between fetchers (and a sandbox driver's `issueCode`). */
  simulator?: MonoApiSimulator;
  /** Back-off for simulated 429/5xx; tests usually want it short. */
  retry?: RetryOptions;
  /**
   * The bank list `getInstitutions()` answers with, as a backend would send
   * it (so odd entries go through the real normaliser). Default the sandbox
   * banks, every one offering internet and mobile banking.
   */
  institutions?: unknown;
  /**
   * The account ids the one user has linked, as a host's store would list
   * them for `listAccounts()` (an id the simulator does not know is listed
   * as one that could not be read, as a real backend would). Accounts linked
   * through the fetcher are added, unlinked ones removed. Default every
   * preset account (`SIMULATED_ACCOUNTS`).
   */
  accounts?: readonly string[];
}

export interface MemoryFetcher extends MonoFetcher {
  /** The simulated Mono API behind it: issue codes, switch faults, count requests. */
  readonly simulator: MonoApiSimulator;
}

/**
 * A fetcher that needs no server: the real HTTP fetcher, talking to the real
 * proxy, talking to the Mono API simulator, all in the page. Same data, same
 * faults, same validation as the HTTP path. For unit tests and Storybook.
 */
export function createMemoryFetcher(options: MemoryFetcherOptions = {}): MemoryFetcher {
  const simulator = options.simulator ?? createMonoApiSimulator(options);
  // The one user's store: what onLinked saves and onUnlinked forgets, in link order.
  const owned = new Set(options.accounts ?? Object.values(SIMULATED_ACCOUNTS));
  // An account the simulator had and no longer has was unlinked at "Mono"
  // (simulator.unlink()): a host's webhook handler would forget it too.
  const known = new Set([...owned].filter((id) => simulator.account(id)));
  const proxy = createMonoProxy({
    secretKey: simulator.secretKey,
    apiBase: 'https://api.simulator.invalid',
    fetch: (request) => simulator.handle(request),
    // One user who owns every simulated account.
    authorize: () => true,
    customer: options.customer,
    onCustomer: options.onCustomer,
    payment: options.payment,
    onLinked: (accountId) => {
      owned.add(accountId);
      known.add(accountId);
    },
    listAccounts: () => [...owned].filter((id) => !known.has(id) || simulator.account(id)),
    onUnlinked: (accountId) => void owned.delete(accountId),
    refreshCooldownMs: options.refreshCooldownMs,
    // The hosted link (DESIGN.md "Hosted link") comes back to the page itself, whose origin is
    // not the in-page backend's made-up one. Starting one works here (mono-redirect says where);
    // reading it back does not: the cookie that binds its ref to the browser cannot cross an
    // in-page fetch (Set-Cookie and Cookie are forbidden headers), so that needs a real origin.
    allowedRedirects: typeof location !== 'undefined' && /^https?:$/.test(location.protocol) ? [location.origin] : undefined,
  });
  // No EventSource: its host does not exist (the proxy runs in the page), so elements poll.
  const fetcher = createHttpFetcher({ endpoint: 'https://app.invalid/api/mono', fetch: proxy, retry: options.retry, EventSource: false });
  const institutions = options.institutions ?? {
    institutions: SANDBOX_INSTITUTIONS.map(({ id, name }) => ({ id, name, authMethods: ['internet_banking', 'mobile_banking'], type: 'PERSONAL_BANKING' })),
  };
  return {
    ...fetcher,
    // The simulator's PDF link names a host the page cannot reach: the file comes as a data: URL.
    ...inPageStatements(fetcher, simulator, 'https://api.simulator.invalid'),
    simulator,
    // Answered here (through the same JSON round trip and normaliser as the
    // HTTP path), not by the proxy, so a test can hand it any list. The
    // default has the ids of the simulator's list and the sandbox widget
    // (`sandbox-gtbank`): a picked bank opens the widget on that bank.
    async getInstitutions(init = {}) {
      init.signal?.throwIfAborted();
      const body: unknown = JSON.parse(JSON.stringify(institutions));
      await Promise.resolve();
      init.signal?.throwIfAborted();
      return normaliseInstitutions(body).institutions;
    },
  };
}
