import { waitUntil } from '@open-wc/testing';
import { createHttpFetcher } from '../../../src/core/fetcher/http-fetcher.js';
import type { MonoFetcher } from '../../../src/core/fetcher/types.js';
import type { MonoLiveEvent } from '../../../src/core/live/live-event.js';

/** The SSE stand-in on the test runner's origin (test/fixtures/live-events.mjs). */
export const LIVE_ENDPOINT = '/live-fixture/api/mono';

export const livePost = (path: string, body: unknown = {}): Promise<{ id?: string; delivered?: number }> =>
  fetch(`/live-fixture${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then((response) =>
    response.json(),
  );

export const liveStats = (): Promise<{ open: number; opened: number; urls: string[] }> => fetch('/live-fixture/stats').then((response) => response.json());

/** Sends a live event once a stream for its account is open (so it cannot be lost to a race with the subscription). */
export async function emitLive(event: MonoLiveEvent): Promise<void> {
  await waitUntil(async () => (await liveStats()).urls.some((url) => url.includes(`account=${event.accountId}`)) && (await liveStats()).open > 0, 'a stream for the account');
  await waitUntil(async () => ((await livePost('/emit', event)).delivered ?? 0) > 0, 'the event delivered', { interval: 100 });
}

/** `base`'s data methods with the real HTTP fetcher's `subscribe` (one EventSource on the stand-in). */
export function withLiveEvents<T extends MonoFetcher>(base: T): T {
  const http = createHttpFetcher({ endpoint: LIVE_ENDPOINT });
  return Object.assign(base, { subscribe: http.subscribe });
}
