// The demo backend's part in DESIGN.md "After the link": the signed-in
// user's linked accounts. A real backend keeps them in its database, per user
// (see README, Accounts and banks); the demo has one user and keeps them here.
import type { MonoProxyOptions } from '../src/server/index.js';
import type { MonoApiSimulator } from '../src/testing/index.js';

/** The banks the sandbox user linked before the demo starts. */
export const DEMO_START_BANKS = ['sandbox-access', 'sandbox-zenith'] as const;

/**
 * The sandbox user's accounts from before today, their data ready. Refreshing
 * the second one takes the bank longer than Mono waits: a job that finishes
 * through Mono's webhook, so the demo shows both kinds of refresh.
 */
export function seedSandboxAccounts(simulator: MonoApiSimulator): string[] {
  const ids = DEMO_START_BANKS.map((institutionId) => simulator.linkAccount({ institutionId }));
  simulator.setRefreshOutcome(ids[1]!, 'processing');
  return ids;
}

export interface DemoAccountStore {
  has(accountId: string): boolean;
  /** The proxy options that read and change the store: who may use what, the list, link and unlink. */
  proxyOptions(): Pick<MonoProxyOptions, 'authorize' | 'listAccounts' | 'onLinked' | 'onUnlinked'>;
}

/** The one user's account ids, in the order they were linked. */
export function demoAccountStore(initial: readonly string[]): DemoAccountStore {
  let ids = [...initial];
  const has = (accountId: string) => ids.includes(accountId);
  return {
    has,
    proxyOptions: () => ({
      // Any other account (the simulator's presets, say) is someone else's: 403, and nothing reaches Mono.
      authorize: (_request, accountId) => accountId === null || has(accountId),
      listAccounts: () => ids,
      onLinked: (accountId, _request, { duplicateOf }) => {
        // A re-link (Mono's new id for an account the user already had) takes the old one's place.
        // A backend might also unlink the old id at Mono; the demo keeps it simple and forgets it.
        if (duplicateOf && has(duplicateOf)) ids = ids.map((id) => (id === duplicateOf ? accountId : id));
        else if (!has(accountId)) ids = [...ids, accountId];
      },
      onUnlinked: (accountId) => void (ids = ids.filter((id) => id !== accountId)),
    }),
  };
}
