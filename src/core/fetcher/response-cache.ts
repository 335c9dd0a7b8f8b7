import { cacheEpoch } from '../clear-cache.js';
import type { DataStatus } from './types.js';

/**
 * How the HTTP fetcher keeps account details and transaction pages it has
 * read (README, Page-wide setup). Only answers that succeeded are kept, and
 * an account only while its data is readable.
 */
export interface ResponseCacheOptions {
  /**
   * How long an answer is shown again without asking (0 requests), in ms.
   * Default 30000: paging back and forth, or leaving a screen and coming back,
   * costs nothing, and a change the page was not told of (no live events,
   * another tab's refresh) shows within half a minute.
   */
  maxAge?: number;
  /**
   * For how long after `maxAge` an answer is still shown at once while it is
   * read again in the background (elements update if it changed), in ms.
   * Default 300000 (5 minutes); 0 waits for the new answer instead.
   */
  staleWhileRevalidate?: number;
  /** Most answers kept; the least recently used go first. Default 50. */
  maxEntries?: number;
}

/** What `cache` in the fetcher options and in `configure()` take: `false` turns caching off. */
export type ResponseCacheSetting = ResponseCacheOptions | false;

interface Entry {
  accountId: string;
  body: unknown;
  storedAt: number;
}

/** Who asked, and what had happened when they did: an answer is kept only if nothing has made it unsafe since. */
export interface Ticket {
  readonly identity: string;
  readonly accountId: string;
  readonly epoch: number;
  readonly clears: number;
  readonly invalidations: number;
}

/** A change to an account's data found by a background read: `dataStatus` when it was the account itself. */
export interface Revalidation {
  accountId: string;
  dataStatus?: DataStatus;
}

type Listener = (change: Revalidation) => void;

// A monotonic clock: a wall clock set back would make answers fresh again.
const now = (): number => performance.now();
// Accounts remembered as invalidated; past this the whole cache is emptied instead.
const MAX_INVALIDATED = 256;

/**
 * Raw answers by request URL (which holds the account id and the whole
 * query), for one identity at a time: the headers a fetcher sent. A request
 * under another identity empties it first, so one user's answers are never
 * there for the next. Insertion order is recency (a Map), so the first entry
 * is the one to drop.
 */
export class ResponseCache {
  private readonly entries = new Map<string, Entry>();
  private identity = '';
  private epoch = cacheEpoch();
  private clears = 0;
  private invalidations = 0;
  private readonly invalidated = new Map<string, number>();
  private readonly listeners = new Set<{ accounts: ReadonlySet<string>; listener: Listener }>();

  constructor(private readonly setting: () => ResponseCacheSetting | undefined) {}

  private limits(): Required<ResponseCacheOptions> | undefined {
    const setting = this.setting();
    if (setting === false) return undefined;
    const number = (value: number | undefined, fallback: number) => (typeof value === 'number' && value >= 0 ? value : fallback);
    return {
      maxAge: number(setting?.maxAge, 30_000),
      staleWhileRevalidate: number(setting?.staleWhileRevalidate, 300_000),
      maxEntries: Math.floor(number(setting?.maxEntries, 50)),
    };
  }

  /** Another user (other headers), or the page called `clearCache()`: nothing kept so far may be shown. */
  private follow(identity: string): void {
    if (identity === this.identity && this.epoch === cacheEpoch()) return;
    this.clear();
    this.identity = identity;
    this.epoch = cacheEpoch();
  }

  /** The answer kept for `key`, and whether it is still fresh; nothing once it is older than both windows. */
  read(identity: string, key: string): { body: unknown; fresh: boolean } | undefined {
    this.follow(identity);
    const limits = this.limits();
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    const age = now() - entry.storedAt;
    if (!limits || age >= limits.maxAge + limits.staleWhileRevalidate) return undefined;
    this.entries.set(key, entry);
    return { body: entry.body, fresh: age < limits.maxAge };
  }

  /** Taken when a request starts; `write` keeps its answer only if the ticket is still good. */
  ticket(identity: string, accountId: string): Ticket {
    this.follow(identity);
    return { identity, accountId, epoch: this.epoch, clears: this.clears, invalidations: this.invalidations };
  }

  /** Nothing happened since the ticket was taken that makes its answer unsafe: no clear, no other user, no news about its account. */
  valid(ticket: Ticket): boolean {
    if (ticket.epoch !== cacheEpoch() || ticket.identity !== this.identity || ticket.clears !== this.clears) return false;
    return (this.invalidated.get(ticket.accountId) ?? -1) < ticket.invalidations;
  }

  write(ticket: Ticket, key: string, body: unknown): void {
    const limits = this.limits();
    if (!limits || limits.maxEntries < 1 || !this.valid(ticket)) return;
    this.entries.delete(key);
    this.entries.set(key, { accountId: ticket.accountId, body, storedAt: now() });
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= limits.maxEntries) break;
      this.entries.delete(oldest);
    }
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  /** Forgets an account's answers, and any of its answers still on the way. */
  invalidate(accountId: string): void {
    if (this.invalidated.size >= MAX_INVALIDATED) return this.clear();
    this.invalidated.set(accountId, this.invalidations++);
    for (const [key, entry] of this.entries) if (entry.accountId === accountId) this.entries.delete(key);
  }

  /** Forgets everything, and every answer still on the way. */
  clear(): void {
    this.entries.clear();
    this.invalidated.clear();
    this.clears++;
  }

  /** Tells elements showing these accounts that a background read found their data changed. */
  listen(accountIds: readonly string[], listener: Listener, signal?: AbortSignal): void {
    if (signal?.aborted) return;
    const subscription = { accounts: new Set(accountIds), listener };
    this.listeners.add(subscription);
    signal?.addEventListener('abort', () => this.listeners.delete(subscription), { once: true });
  }

  notify(change: Revalidation): void {
    for (const { accounts, listener } of [...this.listeners]) if (accounts.has(change.accountId)) listener(change);
  }
}
