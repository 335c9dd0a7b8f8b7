import type { Account } from '../../core/fetcher/types.js';
import { isAccountId } from '../validate.js';
import type { AccountContext, AccountListOptions } from './accounts-options.js';
import { CONCURRENCY, listedAccountIds, mapBounded, readAccount } from './accounts.js';

/**
 * The whole check's time limit: the user is waiting on the link button, and
 * the link itself has already happened, so a slow Mono costs the check,
 * never the link.
 */
const CHECK_MS = 8_000;

const bankName = (name: string | undefined) => name?.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase() || undefined;

/** Same bank (by bank code when both have one, else by name) and same last 4 digits. */
function sameAccount(a: Account, b: Account): boolean {
  if (!a.lastFour || a.lastFour.length < 4 || a.lastFour !== b.lastFour) return false;
  const codeA = a.institution?.bankCode?.trim();
  const codeB = b.institution?.bankCode?.trim();
  if (codeA && codeB) return codeA === codeB;
  const nameA = bankName(a.institution?.name);
  return nameA !== undefined && nameA === bankName(b.institution?.name);
}

/**
 * `signal`, also aborted after `ms`, and `ended`, which resolves then (so
 * work that ignores the signal, like a host's `listAccounts`, can be raced);
 * `dispose()` clears the timer.
 */
function withTimeout(signal: AbortSignal, ms: number): { signal: AbortSignal; ended: Promise<undefined>; dispose(): void } {
  const controller = new AbortController();
  const ended = new Promise<undefined>((resolve) => controller.signal.addEventListener('abort', () => resolve(undefined), { once: true }));
  const abort = () => controller.abort();
  const timer = setTimeout(abort, ms);
  if (signal.aborted) abort();
  else signal.addEventListener('abort', abort, { once: true });
  return {
    signal: controller.signal,
    ended,
    dispose: () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', abort);
    },
  };
}

/**
 * The id of an account the signed-in user already has (their
 * `listAccounts`, nobody else's) at the same bank with the same last 4
 * digits as the just-linked `accountId`: Mono issues a new id on every
 * re-link. The first such account in the host's order; never `accountId`
 * itself. `undefined` when there is none, and when anything on the way
 * fails or takes too long: the account is linked either way.
 */
export async function findDuplicate(
  listAccounts: NonNullable<AccountListOptions['listAccounts']>,
  context: Pick<AccountContext, 'call' | 'accountPath' | 'privacy'>,
  request: Request,
  accountId: string,
): Promise<string | undefined> {
  const { signal, ended, dispose } = withTimeout(request.signal, CHECK_MS);
  const check = async (): Promise<string | undefined> => {
    const linked = await readAccount(context, signal, accountId);
    if (!linked.lastFour || !linked.institution) return undefined;
    const ids = (await listedAccountIds(listAccounts, request)).filter((id) => id !== accountId && isAccountId(id));
    let found = -1;
    await mapBounded(ids, CONCURRENCY, async (id, index) => {
      // One match earlier in the list settles it; later ones need not reach Mono.
      if (signal.aborted || (found !== -1 && found < index)) return;
      try {
        if (sameAccount(linked, await readAccount(context, signal, id)) && (found === -1 || index < found)) found = index;
      } catch {
        // An account Mono no longer knows (or fails on) is no duplicate.
      }
    });
    return found === -1 ? undefined : ids[found];
  };
  try {
    return await Promise.race([check(), ended]);
  } catch {
    return undefined;
  } finally {
    dispose();
  }
}
