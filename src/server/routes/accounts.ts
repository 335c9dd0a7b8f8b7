import { normaliseAccount } from '../../core/fetcher/normalise-account.js';
import type { Account } from '../../core/fetcher/types.js';
import { allowAccount } from '../privacy.js';
import { fail } from '../responses.js';
import { UpstreamError } from '../upstream.js';
import { RequestError, isAccountId } from '../validate.js';
import type { AccountContext, AccountListOptions } from './accounts-options.js';

/** Details fetched from Mono at once: enough to be quick, few enough not to trip Mono's rate limit. */
export const CONCURRENCY = 4;
/** More than any one user links; a longer list is a host bug, and would fan out into that many upstream calls. */
const MAX_ACCOUNTS = 100;

/** An account that could not be read: its id and why, so the page can show the rest and say which one failed. */
export interface FailedAccount {
  id: string;
  error: { code: string; message: string };
}

/** The browser's code and message inside a proxy answer, e.g. `ACCOUNT_NOT_FOUND`. */
async function failureOf(response: Response): Promise<FailedAccount['error']> {
  try {
    const body = (await response.json()) as { error?: { code?: unknown; message?: unknown } };
    const { code, message } = body.error ?? {};
    if (typeof code === 'string' && typeof message === 'string') return { code, message };
  } catch {
    // Fall through.
  }
  return { code: 'UPSTREAM_ERROR', message: 'Mono failed.' };
}

/** `items` mapped by `work`, at most `limit` at a time, in order. */
export async function mapBounded<T, R>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/**
 * The signed-in user's account ids from the host's `listAccounts`, once
 * each. A throw, or an answer that is not a list or is too long, is a 500
 * `ACCOUNTS_NOT_LISTED` `RequestError`.
 */
export async function listedAccountIds(listAccounts: NonNullable<AccountListOptions['listAccounts']>, request: Request): Promise<string[]> {
  let ids: readonly string[];
  try {
    ids = await listAccounts(request);
  } catch {
    throw new RequestError(500, 'ACCOUNTS_NOT_LISTED', 'The accounts could not be listed.');
  }
  if (!Array.isArray(ids)) throw new RequestError(500, 'ACCOUNTS_NOT_LISTED', 'listAccounts() did not return a list.');
  const unique = [...new Set(ids)];
  if (unique.length > MAX_ACCOUNTS) throw new RequestError(500, 'ACCOUNTS_NOT_LISTED', `listAccounts() returned over ${MAX_ACCOUNTS} accounts.`);
  return unique;
}

/**
 * One account's details from Mono as the browser's `Account`: allow-listed,
 * then normalised, under the id asked for (Mono's answer says whose it is,
 * but that id is the one the page knows). Throws what `call` throws.
 */
export async function readAccount(context: Pick<AccountContext, 'call' | 'accountPath' | 'privacy'>, signal: AbortSignal, id: string): Promise<Account> {
  const allowed = allowAccount(await context.call(signal, 'GET', context.accountPath(id)), context.privacy);
  return { ...normaliseAccount(allowed), id };
}

/**
 * `GET {basePath}/accounts`: the user's accounts, as the browser's `Account`
 * (allow-listed, then normalised). One account Mono fails on is answered as
 * `{ id, error }` in its place, so it does not hide the others; a failure of
 * the request itself (aborted by the client) still fails the whole answer.
 */
export function listAccountsRoute(listAccounts: NonNullable<AccountListOptions['listAccounts']>, context: AccountContext) {
  return async (request: Request): Promise<Response> => {
    await context.authorized(request, null);
    const ids = await listedAccountIds(listAccounts, request);
    const accounts = await mapBounded(ids, CONCURRENCY, async (id): Promise<unknown> => {
      // The host's store could hold anything; only a real id may go into a Mono path.
      if (!isAccountId(id)) return { id: String(id).slice(0, 64), error: { code: 'INVALID_ACCOUNT_ID', message: 'The account id is not valid.' } };
      try {
        return await readAccount(context, request.signal, id);
      } catch (error) {
        if (request.signal.aborted) throw error;
        if (error instanceof UpstreamError) return { id, error: await failureOf(error.response) };
        return { id, error: { code: 'UPSTREAM_INVALID_RESPONSE', message: 'Mono answered with something that is not an account.' } };
      }
    });
    return context.answer({ accounts });
  };
}

/**
 * `DELETE {basePath}/accounts/:id`: unlinks at Mono, then `onUnlinked`, then
 * tells every open page through the live bus (a bus that is down does not
 * undo the unlink: the pages see it on their next load).
 */
export function unlinkRoute(options: AccountListOptions, context: AccountContext) {
  return async (request: Request, accountId: string): Promise<Response> => {
    await context.authorized(request, accountId);
    try {
      await context.call(request.signal, 'POST', `${context.accountPath(accountId)}/unlink`);
    } catch (error) {
      // Mono no longer knows the account (unlinked on the dashboard, or a retry of this request):
      // the user still wants it gone here, so go on as if Mono had just unlinked it.
      if (!(error instanceof UpstreamError) || (await failureOf(error.response.clone())).code !== 'ACCOUNT_NOT_FOUND') throw error;
    }
    if (options.onUnlinked) {
      try {
        await options.onUnlinked(accountId, request);
      } catch {
        return fail(500, 'UNLINK_NOT_SAVED', 'Mono unlinked the account, but it could not be removed here. Try again.');
      }
    }
    await context.bus.publish({ type: 'account_unlinked', accountId }).catch(() => {});
    return new Response(null, { status: 204, headers: { 'cache-control': 'no-store' } });
  };
}
