// Apart from the cache itself (fetcher/response-cache.ts, loaded with the
// HTTP fetcher): a page calls clearCache() when its user signs out, whether
// or not any element ever talked to the backend.

let epoch = 0;

/**
 * Forgets every answer cached by every HTTP fetcher on the page, and every
 * answer still on its way. Call it when the signed-in user changes without a
 * page load (sign-out, sign-in, switching users) and your backend tells users
 * apart by cookie: a fetcher cannot see cookies, so it cannot tell by itself.
 * One fetcher's cache, or one account's: `fetcher.clearCache(accountId?)`.
 */
export function clearCache(): void {
  epoch++;
}

/** How many times `clearCache()` was called: an answer asked for before the last call is never kept. */
export const cacheEpoch = (): number => epoch;
