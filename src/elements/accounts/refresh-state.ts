import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isReadable } from '../../core/fetcher/data-status.js';
import { MonoFetchError, isAbortError } from '../../core/fetcher/errors.js';
import type { Account, MonoFetcher, RefreshResult } from '../../core/fetcher/types.js';
import type { MonoLiveEvent } from '../../core/live/live-event.js';
import { sleep } from '../../core/sleep.js';

export interface RefreshSettings {
  fetcher: MonoFetcher;
  /** Assumed cool-down after a refresh the backend accepted (its `refreshCooldownMs`); a 429's Retry-After wins. */
  cooldownSeconds: number;
  pollIntervalMs: number;
  maxPollIntervalMs: number;
  timeoutMs: number;
}

export interface RefreshCallbacks {
  /** The backend answered the refresh. */
  answered(accountId: string, result: RefreshResult): void;
  /** The account as read after (or while) refreshing; `freshAt` is when its data was asked for. */
  read(account: Account, freshAt: string | undefined): void;
  /** A `processing` refresh is over: the new data is in (`finished`), or Mono could not fetch it (`failed`). */
  settled(accountId: string, outcome: 'finished' | 'failed', jobId?: string): void;
  /** The refresh was refused or failed (not a cool-down): the row says so, `mono-error` tells developers. */
  refused(accountId: string, error: unknown): void;
  /** The backend says to wait (429): the row shows the time left. */
  coolingDown(accountId: string, seconds: number): void;
}

interface Entry {
  sending: boolean;
  processing: boolean;
  /** Until when (epoch ms) a refresh would be refused. */
  until: number;
  requestedAt: number;
  jobId?: string;
  run?: AbortController;
}

export type RefreshPhase = 'idle' | 'sending' | 'processing' | 'cooling';

/** Mono's clock and the page's may differ by a little: "updated since we asked" allows this much. */
const CLOCK_SKEW_MS = 5000;

/**
 * Refreshes of the accounts in a list, one state per account: the request,
 * then a `processing` job followed (live events when the page has them,
 * else polling `getAccount` with back-off) until the account is readable
 * with data from after the request, or FAILED; then the cool-down, counted
 * down once a second while any account is cooling. A refresh is never sent
 * again by itself: Mono bills each.
 */
export class RefreshController implements ReactiveController {
  private readonly entries = new Map<string, Entry>();
  private ticker?: ReturnType<typeof setInterval>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly settings: () => RefreshSettings,
    private readonly callbacks: RefreshCallbacks,
  ) {
    host.addController(this);
  }

  phase(accountId: string, now = Date.now()): RefreshPhase {
    const entry = this.entries.get(accountId);
    if (!entry) return 'idle';
    if (entry.sending) return 'sending';
    if (entry.processing) return 'processing';
    return entry.until > now ? 'cooling' : 'idle';
  }

  /** Seconds until a refresh would be accepted again; 0 when it would be now. */
  secondsLeft(accountId: string, now = Date.now()): number {
    const until = this.entries.get(accountId)?.until ?? 0;
    return Math.max(0, Math.ceil((until - now) / 1000));
  }

  async refresh(accountId: string): Promise<void> {
    if (this.phase(accountId) !== 'idle') return;
    const { fetcher, cooldownSeconds } = this.settings();
    const entry: Entry = { sending: true, processing: false, until: 0, requestedAt: Date.now() };
    this.entries.set(accountId, entry);
    this.host.requestUpdate();
    try {
      if (!fetcher.refreshAccount) throw new MonoFetchError(0, 'NO_REFRESH', 'This fetcher has no refreshAccount(): use createHttpFetcher() or add it to your own fetcher.');
      const result = await fetcher.refreshAccount(accountId);
      if (this.entries.get(accountId) !== entry) return;
      entry.sending = false;
      entry.until = entry.requestedAt + cooldownSeconds * 1000;
      entry.jobId = result.jobId;
      entry.processing = result.status === 'processing';
      this.callbacks.answered(accountId, result);
      if (entry.processing) void this.follow(accountId, entry, true);
      else void this.readOnce(accountId, result.updatedAt);
    } catch (error) {
      if (this.entries.get(accountId) !== entry) return;
      entry.sending = false;
      if (error instanceof MonoFetchError && error.status === 429) {
        const seconds = error.retryAfter ?? cooldownSeconds;
        entry.until = Date.now() + seconds * 1000;
        this.callbacks.coolingDown(accountId, seconds);
      } else {
        this.entries.delete(accountId);
        this.callbacks.refused(accountId, error);
      }
    }
    this.tick();
    this.host.requestUpdate();
  }

  /** A live event: a job that ended, or a changed status, is checked at once rather than at the next poll. */
  live(event: MonoLiveEvent): void {
    const entry = this.entries.get(event.accountId);
    if (!entry?.processing) return;
    if (event.type === 'job' && (event.status === 'finished' || event.status === 'failed')) {
      if (event.status === 'failed') return this.settle(event.accountId, entry, 'failed');
      void this.follow(event.accountId, entry, false);
    } else if (event.type === 'account_updated') {
      void this.follow(event.accountId, entry, false);
    }
  }

  /** The account left the list: nothing more to do for it. */
  forget(accountId: string): void {
    this.entries.get(accountId)?.run?.abort();
    this.entries.delete(accountId);
  }

  hostConnected(): void {
    for (const [accountId, entry] of this.entries) if (entry.processing) void this.follow(accountId, entry, true);
    this.tick();
  }

  hostDisconnected(): void {
    for (const entry of this.entries.values()) entry.run?.abort();
    clearInterval(this.ticker);
    this.ticker = undefined;
  }

  /** Re-renders once a second while any account is cooling down; stops when none is. */
  private tick(): void {
    const cooling = [...this.entries.keys()].some((id) => this.phase(id) === 'cooling');
    if (cooling && !this.ticker) {
      this.ticker = setInterval(() => {
        this.host.requestUpdate();
        this.tick();
      }, 1000);
    } else if (!cooling && this.ticker) {
      clearInterval(this.ticker);
      this.ticker = undefined;
    }
  }

  private async readOnce(accountId: string, freshAt: string | undefined): Promise<void> {
    try {
      this.callbacks.read(await this.settings().fetcher.getAccount(accountId), freshAt);
    } catch {
      // The refresh itself worked; the row keeps what it showed, and the next load shows the rest.
    }
  }

  /** Polls the account until the job's data is in, from now (`wait` false: a live event said so) or after the first interval. */
  private async follow(accountId: string, entry: Entry, wait: boolean): Promise<void> {
    entry.run?.abort();
    const run = (entry.run = new AbortController());
    const { fetcher, pollIntervalMs, maxPollIntervalMs, timeoutMs } = this.settings();
    let delay = pollIntervalMs;
    let waited = 0;
    try {
      for (let first = true; ; first = false) {
        if (wait || !first) {
          await sleep(delay, run.signal);
          waited += delay;
          delay = Math.min(delay * 2, maxPollIntervalMs);
        }
        let account: Account | undefined;
        try {
          account = await fetcher.getAccount(accountId, { signal: run.signal });
        } catch (error) {
          if (run.signal.aborted || isAbortError(error)) return;
          // A failed check is tried again at the next interval, until the time is up.
        }
        if (run.signal.aborted) return;
        if (account) {
          const fresh = !account.updatedAt || Date.parse(account.updatedAt) >= entry.requestedAt - CLOCK_SKEW_MS;
          if (account.dataStatus === 'FAILED') {
            this.callbacks.read(account, undefined);
            return this.settle(accountId, entry, 'failed');
          }
          if (isReadable(account.dataStatus) && fresh) {
            this.callbacks.read(account, new Date(entry.requestedAt).toISOString());
            return this.settle(accountId, entry, 'finished');
          }
          this.callbacks.read(account, undefined);
        }
        // Mono may never say: after the wait, stop showing progress; the next load shows what there is.
        if (waited >= timeoutMs) return this.settle(accountId, entry, undefined);
      }
    } catch (error) {
      if (!run.signal.aborted && !isAbortError(error)) throw error;
    }
  }

  private settle(accountId: string, entry: Entry, outcome: 'finished' | 'failed' | undefined): void {
    if (!entry.processing) return;
    entry.processing = false;
    entry.run?.abort();
    entry.run = undefined;
    if (outcome) this.callbacks.settled(accountId, outcome, entry.jobId);
    this.tick();
    this.host.requestUpdate();
  }
}
