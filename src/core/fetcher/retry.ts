import { sleep } from '../sleep.js';
import { MonoFetchError, isAbortError } from './errors.js';

export interface RetryOptions {
  /** Attempts after the first. Default 3. */
  retries?: number;
  /** First back-off; doubles on each attempt. Default 500 ms. */
  baseDelayMs?: number;
  /** Longest back-off, and the longest `Retry-After` honoured. Default 8000 ms. */
  maxDelayMs?: number;
}

const DEFAULTS: Required<RetryOptions> = { retries: 3, baseDelayMs: 500, maxDelayMs: 8000 };

/** `Retry-After` as seconds: either a number of seconds or an HTTP date. */
export function parseRetryAfter(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, (date - now) / 1000);
}

/**
 * Runs `attempt` until it succeeds, fails for good, or runs out of retries.
 * Waits are exponential with full jitter (so many clients recovering from one
 * outage do not retry in step), and never shorter than the server's
 * `Retry-After`. A `Retry-After` longer than `maxDelayMs` is not waited out:
 * the error is returned with it, for the caller to show.
 */
export async function withRetry<T>(
  attempt: () => Promise<T>,
  shouldRetry: (error: MonoFetchError) => boolean,
  options: RetryOptions = {},
  signal?: AbortSignal,
): Promise<T> {
  const { retries, baseDelayMs, maxDelayMs } = { ...DEFAULTS, ...options };
  for (let tries = 0; ; tries++) {
    try {
      return await attempt();
    } catch (error) {
      if (isAbortError(error) || !(error instanceof MonoFetchError) || tries >= retries || !shouldRetry(error)) throw error;
      const backoff = Math.min(maxDelayMs, baseDelayMs * 2 ** tries) * (0.5 + Math.random() / 2);
      const serverWait = (error.retryAfter ?? 0) * 1000;
      if (serverWait > maxDelayMs) throw error;
      await sleep(Math.max(backoff, serverWait), signal);
    }
  }
}
