import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { toErrorInfo } from '../../core/error-info.js';
import { isAbortError } from '../../core/fetcher/errors.js';
import type { MonoFetcher } from '../../core/fetcher/types.js';
import { fetchAllTransactions, type FetchAllProgress } from '../../core/transactions/fetch-all.js';
import { summarise, type SpendingSummary, type SummaryPeriod } from '../../core/transactions/summary.js';
import type { MonoErrorInfo } from '../../events/mono-error.js';

/** What one summary is computed from. */
export interface SummaryRequest {
  accountId: string;
  fetcher: MonoFetcher;
  period: SummaryPeriod;
  currency: string;
}

export type LoadPhase = 'idle' | 'loading' | 'complete' | 'error';

export interface SummaryLoaderCallbacks {
  onLoaded(summary: SpendingSummary, request: SummaryRequest): void;
  onError(error: MonoErrorInfo): void;
}

/** Rows per request: fewer round trips for a year of rows; a backend that pages by its own size is followed all the same. */
const PAGE_SIZE = 100;
/** Pages in flight at once: quick, and kind to the backend's rate limit. */
const CONCURRENCY = 3;

/**
 * Reads every transaction of the period (all pages, a few at a time) and
 * sums them up. One run at a time: a new request, or the host leaving the
 * page, aborts the one in flight, so no request is sent for a summary
 * nobody will see and no stale answer reaches the screen. A run cut short
 * by leaving the page starts again when the host comes back.
 */
export class SummaryLoader implements ReactiveController {
  phase: LoadPhase = 'idle';
  /** The last summary of the current request; kept on screen while it is read again. */
  summary?: SpendingSummary;
  /** Rows the backend sent that could not be read, in the last summary. */
  skipped = 0;
  progress?: FetchAllProgress;
  error?: MonoErrorInfo;

  private request?: SummaryRequest;
  private run?: AbortController;
  private interrupted = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly callbacks: SummaryLoaderCallbacks,
  ) {
    host.addController(this);
  }

  /** Starts on a new request: what was shown for another one goes. */
  load(request: SummaryRequest): void {
    this.summary = undefined;
    this.skipped = 0;
    this.start(request);
  }

  /** Reads the same request again (a retry, or Mono says the data changed), the current summary staying on screen meanwhile. */
  reload(): void {
    if (this.request) this.start(this.request);
  }

  /** Nothing to read (no account, or its data is not readable). */
  clear(): void {
    this.abort();
    this.request = undefined;
    this.summary = undefined;
    this.error = undefined;
    this.phase = 'idle';
  }

  hostConnected(): void {
    if (this.interrupted && this.request) this.start(this.request);
  }

  hostDisconnected(): void {
    if (this.run) {
      this.abort();
      this.interrupted = true;
    }
  }

  private abort(): void {
    this.run?.abort();
    this.run = undefined;
    this.interrupted = false;
  }

  private start(request: SummaryRequest): void {
    this.abort();
    this.request = request;
    this.error = undefined;
    this.progress = undefined;
    this.phase = 'loading';
    this.host.requestUpdate();
    void this.read(request, (this.run = new AbortController()));
  }

  private async read(request: SummaryRequest, run: AbortController): Promise<void> {
    const { signal } = run;
    try {
      const all = await fetchAllTransactions(
        request.fetcher,
        request.accountId,
        { start: request.period.start, end: request.period.end, limit: PAGE_SIZE },
        {
          signal,
          concurrency: CONCURRENCY,
          onProgress: (progress) => {
            if (signal.aborted) return;
            this.progress = progress;
            this.host.requestUpdate();
          },
        },
      );
      if (signal.aborted) return;
      this.summary = summarise(all.transactions, { months: request.period.months, currency: request.currency });
      this.skipped = all.skipped;
      this.phase = 'complete';
      this.callbacks.onLoaded(this.summary, request);
    } catch (error) {
      if (signal.aborted || isAbortError(error)) return;
      this.error = toErrorInfo(error, 'FETCH_FAILED');
      this.phase = 'error';
      this.callbacks.onError(this.error);
    } finally {
      if (this.run === run) this.run = undefined;
      if (!signal.aborted) this.host.requestUpdate();
    }
  }
}
