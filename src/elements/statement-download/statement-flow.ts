import { MonoFetchError } from '../../core/fetcher/errors.js';
import type { MonoFetcher, StatementJob, StatementPeriod } from '../../core/fetcher/types.js';
import { sleep } from '../../core/sleep.js';

/** What the user is waiting for: the account's data at Mono, then the PDF. */
export type StatementStep = 'data' | 'building';

export type StatementOutcome =
  | { status: 'finished'; jobId: string; url: string }
  /** `data`: the account's data status is FAILED; `job`: Mono's job failed. */
  | { status: 'failed'; reason: 'data' | 'job' };

export interface StatementFlowOptions {
  signal: AbortSignal;
  /** First wait between polls; each next one is 1.5 times longer, up to 8 times this (at most 10 s). */
  pollMs: number;
  onStep(step: StatementStep): void;
  /** The job Mono is building, as soon as there is one (so a failed poll can resume it). */
  onJob(jobId: string): void;
  /** A job already started: skip to polling it. */
  resumeJobId?: string;
  /** The wait between polls; default `sleep`. The element's ends early when a live event says the job or the data moved. */
  nap?: (ms: number, signal: AbortSignal) => Promise<void>;
}

const READABLE = new Set(['AVAILABLE', 'PARTIAL']);

/**
 * From a click to a PDF link: waits until Mono has the account's data (a
 * statement of an account still PROCESSING would be empty), starts the job,
 * and polls it with backoff until it is finished or failed. Aborting the
 * signal stops it at once, timers included.
 */
export async function prepareStatement(fetcher: MonoFetcher, accountId: string, period: StatementPeriod, options: StatementFlowOptions): Promise<StatementOutcome> {
  const { signal, pollMs } = options;
  if (!fetcher.requestStatement || !fetcher.getStatementJob) {
    throw new MonoFetchError(0, 'NOT_SUPPORTED', 'This fetcher has no requestStatement() and getStatementJob().');
  }
  const maxMs = Math.max(pollMs, Math.min(pollMs * 8, 10_000));
  let delay = pollMs;
  const nap = options.nap ?? sleep;
  const wait = async () => {
    await nap(delay, signal);
    delay = Math.min(delay * 1.5, maxMs);
  };

  let job: StatementJob;
  if (options.resumeJobId) {
    options.onStep('building');
    job = await fetcher.getStatementJob(accountId, options.resumeJobId, { signal });
  } else {
    options.onStep('data');
    for (;;) {
      const { dataStatus } = await fetcher.getAccount(accountId, { signal });
      if (READABLE.has(dataStatus)) break;
      if (dataStatus === 'FAILED') return { status: 'failed', reason: 'data' };
      await wait();
    }
    delay = pollMs;
    options.onStep('building');
    job = await fetcher.requestStatement(accountId, period, { signal });
  }
  options.onJob(job.jobId);
  while (job.status === 'processing') {
    await wait();
    job = await fetcher.getStatementJob(accountId, job.jobId, { signal });
  }
  if (job.status === 'failed') return { status: 'failed', reason: 'job' };
  // A host's own fetcher may not check what the HTTP fetcher's normaliser does.
  if (!job.url) throw new MonoFetchError(200, 'INVALID_RESPONSE', 'A finished statement job came without a url.');
  return { status: 'finished', jobId: job.jobId, url: job.url };
}
