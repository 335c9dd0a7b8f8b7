import { MonoFetchError } from './errors.js';
import { normaliseAccount } from './normalise-account.js';
import { invalid, isObject, object, type Json } from './read-fields.js';
import type { Account, AccountList, MonoFetcher, RefreshResult, UnreadableAccount } from './types.js';

/**
 * How the HTTP fetcher sends these: the list is a GET (retried and shared);
 * the unlink and the refresh each go with the retry policy the fetcher
 * chose for them (a refresh is billed by Mono, so it is never retried).
 */
export interface AccountTransport {
  get(path: string, signal?: AbortSignal): Promise<unknown>;
  unlink(path: string, signal?: AbortSignal): Promise<unknown>;
  refresh(path: string, signal?: AbortSignal): Promise<unknown>;
  /** The account's data changed (unlinked, or a refresh asked for): whatever the fetcher keeps of it is old. */
  changed?(accountId: string): void;
}

const accountPath = (accountId: string): string => {
  if (typeof accountId !== 'string' || !accountId) throw new MonoFetchError(0, 'INVALID_ACCOUNT_ID', 'An account id is required.');
  return `/accounts/${encodeURIComponent(accountId)}`;
};

const text = (value: unknown): value is string => typeof value === 'string' && value.length > 0;

/**
 * The proxy lists accounts already in the browser's shape, where the number
 * is `lastFour`; `normaliseAccount` reads Mono's `account_number`. Handing it
 * the four digits under that name keeps one reader for both, and a backend
 * that sends Mono's own shape is read as before.
 */
function asMonoShape(item: Json): Json {
  const lastFour = typeof item['lastFour'] === 'string' || typeof item['lastFour'] === 'number' ? String(item['lastFour']).replace(/\D/g, '').slice(-4) : '';
  if (!lastFour || item['accountNumber'] !== undefined || item['account_number'] !== undefined) return item;
  return { ...item, accountNumber: lastFour };
}

function readAccount(item: unknown, index: number): Account | UnreadableAccount {
  const path = `accounts[${index}]`;
  if (!isObject(item)) return { id: '', code: 'INVALID_ACCOUNT', message: `${path} should be an object.` };
  const id = text(item['id']) ? item['id'] : '';
  // The proxy's `{ id, error: { code, message } }`: Mono failed on this one account.
  if (isObject(item['error'])) {
    const { code, message } = item['error'];
    return { id, code: text(code) ? code : 'ACCOUNT_UNREADABLE', message: text(message) ? message : `${path} could not be read.` };
  }
  try {
    const account = normaliseAccount(asMonoShape(item));
    // Fields the backend itself could not read (its own normaliser's notes) stay visible to developers.
    const notes = Array.isArray(item['unreadable']) ? item['unreadable'].filter(text) : [];
    if (notes.length) account.unreadable = [...notes, ...(account.unreadable ?? [])];
    return account;
  } catch (error) {
    return { id, code: 'INVALID_ACCOUNT', message: `${path}: ${error instanceof Error ? error.message : 'could not be read.'}` };
  }
}

/** `{ accounts: [...] }`: each item an account or the proxy's `{ id, error }`; one bad item never hides the rest. */
export function normaliseAccountList(body: unknown): AccountList {
  const list = object(body, 'response')['accounts'];
  if (!Array.isArray(list)) throw invalid('accounts', 'a list', list);
  const result: AccountList = { accounts: [], unreadable: [] };
  const seen = new Set<string>();
  list.forEach((item, index) => {
    const read = readAccount(item, index);
    // The same account twice would be two rows with one id (two Disconnect buttons for one account).
    if (read.id && seen.has(read.id)) return;
    if (read.id) seen.add(read.id);
    if ('dataStatus' in read) result.accounts.push(read);
    else result.unreadable.push(read);
  });
  return result;
}

/** `{ status: 'finished' | 'processing', jobId?, updatedAt? }`. */
export function normaliseRefresh(body: unknown): RefreshResult {
  const source = object(body, 'response');
  const status = typeof source['status'] === 'string' ? source['status'].toLowerCase() : undefined;
  if (status !== 'finished' && status !== 'processing') throw invalid('status', '"finished" or "processing"', source['status']);
  const result: RefreshResult = { status };
  if (text(source['jobId'])) result.jobId = source['jobId'];
  if (text(source['updatedAt']) && !Number.isNaN(Date.parse(source['updatedAt']))) result.updatedAt = source['updatedAt'];
  return result;
}

/** `listAccounts`, `unlinkAccount` and `refreshAccount` over the backend contract (DESIGN.md "After the link"). */
export function accountRequests(transport: AccountTransport): Required<Pick<MonoFetcher, 'listAccounts' | 'unlinkAccount' | 'refreshAccount'>> {
  return {
    async listAccounts(init = {}) {
      return normaliseAccountList(await transport.get('/accounts', init.signal));
    },
    async unlinkAccount(accountId, init = {}) {
      try {
        await transport.unlink(accountPath(accountId), init.signal);
      } finally {
        // Even a failed unlink (already gone at Mono, a 404) says not to trust what is kept.
        transport.changed?.(accountId);
      }
    },
    async refreshAccount(accountId, init = {}) {
      const body = await transport.refresh(`${accountPath(accountId)}/refresh`, init.signal);
      transport.changed?.(accountId);
      return normaliseRefresh(body);
    },
  };
}
