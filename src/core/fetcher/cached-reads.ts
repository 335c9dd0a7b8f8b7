import { isReadable } from './data-status.js';
import { MonoFetchError } from './errors.js';
import { normaliseAccount } from './normalise-account.js';
import { normaliseTransactionPage } from './normalise-transactions.js';
import type { ResponseCache } from './response-cache.js';
import type { DataStatus, MonoFetcher, TransactionQuery } from './types.js';

/** How the HTTP fetcher reads: the headers are resolved once per read, so the identity checked is the one sent. */
export interface ReadTransport {
  /** Who is asking (the headers, as one string) and a GET (retried, shared) that sends exactly those headers. */
  prepare(): Promise<{ identity: string; get(path: string, signal?: AbortSignal): Promise<unknown> }>;
}

const QUERY_KEYS = ['page', 'type', 'start', 'end', 'narration', 'limit'] as const;

const accountPath = (accountId: string): string => {
  if (typeof accountId !== 'string' || !accountId) throw new MonoFetchError(0, 'INVALID_ACCOUNT_ID', 'An account id is required.');
  return `/accounts/${encodeURIComponent(accountId)}`;
};

/**
 * `getAccount` and `getTransactions` over the backend contract, through the
 * response cache: a fresh answer is given again with no request; a stale one
 * is given at once and read again in the background, and listeners
 * (`onRevalidate`) hear of it if it changed. Each call parses the kept body
 * anew, so callers never share (or mutate) one object.
 */
export function cachedReads(
  transport: ReadTransport,
  cache: ResponseCache,
): Required<Pick<MonoFetcher, 'getAccount' | 'getTransactions' | 'clearCache' | 'onRevalidate'>> {
  const revalidating = new Set<string>();

  /** Keeps an answer, unless it says the account's data is not readable: then its rows kept, or on their way, may be from before, and go. */
  const keep = (ticket: ReturnType<ResponseCache['ticket']>, path: string, body: unknown, dataStatus: DataStatus | undefined) => {
    if (dataStatus === undefined || isReadable(dataStatus)) cache.write(ticket, path, body);
    else cache.invalidate(ticket.accountId);
  };

  async function read<T>(
    accountId: string,
    path: string,
    signal: AbortSignal | undefined,
    parse: (body: unknown) => T,
    statusOf: (value: T) => DataStatus | undefined,
  ): Promise<T> {
    const { identity, get } = await transport.prepare();
    signal?.throwIfAborted();
    const hit = cache.read(identity, path);
    if (hit) {
      if (!hit.fresh) void revalidate(identity, get, accountId, path, hit.body, parse, statusOf);
      return parse(hit.body);
    }
    const ticket = cache.ticket(identity, accountId);
    const body = await get(path, signal);
    const value = parse(body);
    keep(ticket, path, body, statusOf(value));
    return value;
  }

  async function revalidate<T>(
    identity: string,
    get: (path: string) => Promise<unknown>,
    accountId: string,
    path: string,
    stale: unknown,
    parse: (body: unknown) => T,
    statusOf: (value: T) => DataStatus | undefined,
  ): Promise<void> {
    const key = `${identity}\n${path}`;
    if (revalidating.has(key)) return;
    revalidating.add(key);
    const ticket = cache.ticket(identity, accountId);
    try {
      // No caller's signal: the answer is for the cache, whoever has left since.
      const body = await get(path);
      const dataStatus = statusOf(parse(body));
      // A live event, a refresh or a clear came first: whatever caused it has told the page.
      if (!cache.valid(ticket)) return;
      keep(ticket, path, body, dataStatus);
      if (JSON.stringify(body) !== JSON.stringify(stale)) cache.notify({ accountId, dataStatus });
    } catch (error) {
      cache.delete(path);
      // The backend refused (unlinked, signed out) or answered nonsense: the
      // page should show that, not what it had. A hiccup (network, 429, 5xx)
      // leaves the page as it is; the next read asks again.
      if (!(error instanceof MonoFetchError) || !error.retryable) cache.notify({ accountId });
    } finally {
      revalidating.delete(key);
    }
  }

  return {
    // async: a missing account id rejects, as any other failure does, rather than throwing.
    async getAccount(accountId, init = {}) {
      return read(accountId, accountPath(accountId), init.signal, normaliseAccount, (account) => account.dataStatus);
    },

    async getTransactions(accountId, query: TransactionQuery = {}, init = {}) {
      const params = new URLSearchParams();
      for (const key of QUERY_KEYS) {
        const value = query[key];
        if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
      }
      const search = params.size ? `?${params}` : '';
      return read(accountId, `${accountPath(accountId)}/transactions${search}`, init.signal, (body) => normaliseTransactionPage(body, query.page ?? 1), () => undefined);
    },

    clearCache(accountId) {
      if (accountId === undefined) cache.clear();
      else cache.invalidate(accountId);
    },

    onRevalidate(accountIds, listener, init = {}) {
      cache.listen(accountIds, listener, init.signal);
    },
  };
}
