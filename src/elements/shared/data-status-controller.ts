import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MonoErrorInfo } from '../../events/mono-error.js';
import { isFinalStatus, isReadable } from '../../core/fetcher/data-status.js';
import { isAbortError } from '../../core/fetcher/errors.js';
import { noteReadiness } from '../../core/fetcher/readiness.js';
import type { Account, DataStatus, MonoFetcher } from '../../core/fetcher/types.js';
import { toErrorInfo } from '../../core/error-info.js';
import { sleep } from '../../core/sleep.js';

export interface PollTiming {
  /** First wait between checks; doubles up to `maxIntervalMs`. */
  intervalMs: number;
  maxIntervalMs: number;
  /** Waiting longer than this (page hidden time not counted) is a DATA_STATUS_TIMEOUT error. */
  timeoutMs: number;
}

/** Where the wait for readable data stands. */
export type StatusPhase = 'idle' | 'checking' | 'waiting' | 'readable' | 'failed' | 'error';

export interface DataStatusCallbacks {
  onStatus?(status: DataStatus, previous: DataStatus | null): void;
  onError?(error: MonoErrorInfo): void;
}

/**
 * Mono's step 4 as a reactive controller: asks for the account's data status
 * until it is readable (AVAILABLE or PARTIAL) or final (FAILED), backing off
 * between checks; pauses while the page is hidden; stops when the host
 * leaves the page; gives up with a clear error after a bounded wait.
 */
export class DataStatusController implements ReactiveController {
  phase: StatusPhase = 'idle';
  status: DataStatus | null = null;
  account?: Account;
  error?: MonoErrorInfo;

  private run?: AbortController;
  private watched?: { accountId: string; fetcher: MonoFetcher };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly timing: () => PollTiming,
    private readonly callbacks: DataStatusCallbacks = {},
  ) {
    host.addController(this);
  }

  /** Starts (or restarts) watching an account; the same account and fetcher again is a no-op. */
  watch(accountId: string | undefined, fetcher: MonoFetcher): void {
    if (this.watched?.accountId === accountId && this.watched?.fetcher === fetcher) return;
    this.stop();
    this.status = null;
    this.account = undefined;
    this.error = undefined;
    this.watched = accountId ? { accountId, fetcher } : undefined;
    this.phase = 'idle';
    if (this.watched) void this.poll();
    this.host.requestUpdate();
  }

  /** Checks again from the start, after an error or a timeout. */
  retry(): void {
    if (!this.watched) return;
    this.stop();
    this.error = undefined;
    void this.poll();
  }

  hostConnected(): void {
    if (this.watched && (this.phase === 'checking' || this.phase === 'waiting' || this.phase === 'idle')) void this.poll();
  }

  hostDisconnected(): void {
    this.stop();
  }

  private stop(): void {
    this.run?.abort();
    this.run = undefined;
  }

  private set(phase: StatusPhase): void {
    this.phase = phase;
    this.host.requestUpdate();
  }

  private async poll(): Promise<void> {
    const watched = this.watched!;
    this.run?.abort();
    const run = new AbortController();
    this.run = run;
    const { signal } = run;
    const { intervalMs, maxIntervalMs, timeoutMs } = this.timing();
    let delay = intervalMs;
    let waited = 0;
    try {
      for (;;) {
        await whenVisible(signal);
        this.set('checking');
        const account = await watched.fetcher.getAccount(watched.accountId, { signal });
        if (signal.aborted) return;
        this.account = account;
        const previous = this.status;
        this.status = account.dataStatus;
        noteReadiness(watched.accountId, isReadable(this.status));
        if (previous !== this.status) this.callbacks.onStatus?.(this.status, previous);
        if (isReadable(this.status)) return this.set('readable');
        if (isFinalStatus(this.status)) return this.set('failed');
        if (waited >= timeoutMs) {
          throw Object.assign(new Error(`The bank's data was not ready after ${Math.round(timeoutMs / 1000)} s. Try again later.`), {
            code: 'DATA_STATUS_TIMEOUT',
          });
        }
        this.set('waiting');
        const wait = Math.min(delay, Math.max(0, timeoutMs - waited));
        await sleep(wait, signal);
        waited += wait;
        delay = Math.min(delay * 2, maxIntervalMs);
      }
    } catch (error) {
      if (signal.aborted || isAbortError(error)) return;
      this.error = toErrorInfo(error, 'STATUS_CHECK_FAILED');
      this.set('error');
      this.callbacks.onError?.(this.error);
    } finally {
      if (this.run === run) this.run = undefined;
    }
  }
}

/** Resolves at once on a visible page; on a hidden one, when it is shown again. */
function whenVisible(signal: AbortSignal): Promise<void> {
  if (typeof document === 'undefined' || document.visibilityState !== 'hidden') return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onChange = () => {
      if (document.visibilityState === 'hidden') return;
      document.removeEventListener('visibilitychange', onChange);
      resolve();
    };
    document.addEventListener('visibilitychange', onChange);
    signal.addEventListener('abort', () => {
      document.removeEventListener('visibilitychange', onChange);
      reject(signal.reason);
    }, { once: true });
  });
}
