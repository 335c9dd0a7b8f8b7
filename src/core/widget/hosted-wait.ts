import type { FetchInit, HostedLinkStatus, MonoFetcher } from '../fetcher/types.js';
import { sleep } from '../sleep.js';

/** How the page waits for Mono's webhook to name a hosted session's account. */
export interface HostedWaitOptions {
  /** Give up after this long (ms). Default two minutes. */
  timeoutMs?: number;
  /** First pause between asks (ms), doubled each time up to `maxIntervalMs`. Default 1000. */
  intervalMs?: number;
  /** Longest pause between asks (ms). Default 8000. */
  maxIntervalMs?: number;
  /**
   * An account the session is about (re-authorisation): its live events
   * (`account_reauthorized`, `account_updated`) make the next ask happen at
   * once instead of after the pause.
   */
  accountId?: string;
}

export type HostedOutcome = HostedLinkStatus | { status: 'timeout' };

/** A pause that a live event can cut short; it still rejects when `signal` aborts. */
function pause(ms: number, signal: AbortSignal | undefined, woken: { next?: () => void }): Promise<void> {
  const early = new AbortController();
  woken.next = () => early.abort();
  const both = signal ? AbortSignal.any([signal, early.signal]) : early.signal;
  return sleep(ms, both).catch((reason: unknown) => {
    if (signal?.aborted) throw reason;
  });
}

/**
 * Asks `GET {endpoint}/link/hosted/:ref` until the session is `linked` or
 * `failed`, or the time is up: at once (the webhook often lands before the
 * user is back), then with doubling pauses. Errors from the backend are
 * thrown (a 404: this browser did not start that session); a network blip
 * or a 5xx was already retried by the fetcher.
 */
export async function waitForHostedLink(
  fetcher: Required<Pick<MonoFetcher, 'getHostedLink'>> & Pick<MonoFetcher, 'subscribe'>,
  ref: string,
  options: HostedWaitOptions = {},
  init: FetchInit = {},
): Promise<HostedOutcome> {
  const { timeoutMs = 120_000, intervalMs = 1000, maxIntervalMs = 8000, accountId } = options;
  const { signal } = init;
  const deadline = Date.now() + timeoutMs;
  const woken: { next?: () => void } = {};
  const live = new AbortController();
  const stop = signal ? AbortSignal.any([signal, live.signal]) : live.signal;
  if (accountId && fetcher.subscribe) {
    fetcher.subscribe([accountId], (event) => {
      if (event.type === 'account_reauthorized' || event.type === 'account_updated') woken.next?.();
    }, { signal: stop });
  }
  try {
    for (let wait = intervalMs; ; wait = Math.min(wait * 2, maxIntervalMs)) {
      const answer = await fetcher.getHostedLink(ref, { signal });
      if (answer.status !== 'pending') return answer;
      const left = deadline - Date.now();
      if (left <= 0) return { status: 'timeout' };
      await pause(Math.min(wait, left), signal, woken);
    }
  } finally {
    live.abort();
  }
}
