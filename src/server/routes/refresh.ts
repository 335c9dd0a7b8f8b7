import { fail } from '../responses.js';
import { UpstreamError } from '../upstream.js';
import type { AccountContext } from './accounts-options.js';

export type RefreshStatus = 'finished' | 'processing';

/**
 * `POST {basePath}/accounts/:id/refresh`: Mono's real-time data
 * (`x-realtime: true` on the balance endpoint; Mono bills every such call).
 * Mono reports the job in `x-job-id` / `x-job-status`; a job still running
 * finishes through `mono.accounts.jobs.update` (the live `job` event).
 *
 * At most one refresh per account per `cooldownMs`. The slot is taken
 * synchronously after `authorize` and before anything is awaited, so of N
 * requests arriving together exactly one reaches Mono; the bus claim extends
 * that to every instance. A call Mono did not carry out (its error, a
 * timeout) gives the slot back, since nothing was billed.
 */
export function refreshRoute(cooldownMs: number, context: AccountContext) {
  /** Account id → when its slot frees, on this instance (for an exact Retry-After). */
  const reserved = new Map<string, number>();
  const busKey = (accountId: string) => `mono:refresh:${accountId}`;
  const tooSoon = (ms: number) =>
    fail(429, 'REFRESH_COOLDOWN', 'This account was refreshed a moment ago. Try again later.', { 'retry-after': String(Math.max(1, Math.ceil(ms / 1000))) });

  function prune(now: number): void {
    if (reserved.size < 1000) return;
    for (const [id, until] of reserved) if (until <= now) reserved.delete(id);
  }

  return async (request: Request, accountId: string): Promise<Response> => {
    await context.authorized(request, accountId);
    const now = Date.now();
    const until = reserved.get(accountId);
    if (until !== undefined && until > now) return tooSoon(until - now);
    prune(now);
    reserved.set(accountId, now + cooldownMs);
    const release = async () => {
      reserved.delete(accountId);
      await context.bus.release(busKey(accountId)).catch(() => {});
    };
    let claimed = true;
    try {
      claimed = await context.bus.claim(busKey(accountId), cooldownMs);
    } catch {
      // The shared store is down: this instance's own slot still limits the bill.
    }
    if (!claimed) return tooSoon(cooldownMs);

    let result: { body: unknown; headers: Headers };
    try {
      result = await context.callWithHeaders(request.signal, 'GET', `${context.accountPath(accountId)}/balance`, { headers: { 'x-realtime': 'true' } });
    } catch (error) {
      if (error instanceof UpstreamError) await release();
      throw error;
    }
    const job = result.headers.get('x-job-status')?.trim().toLowerCase();
    const jobId = result.headers.get('x-job-id')?.trim();
    if (job === 'failed') {
      return fail(409, 'REAUTHORISATION_REQUIRED', 'The bank needs the user to log in again before the data can be refreshed.');
    }
    // Without job headers, Mono's "sync is enqueued" answer has `data: null`.
    const data = typeof result.body === 'object' && result.body !== null ? (result.body as { data?: unknown }).data : undefined;
    const status: RefreshStatus = job === 'processing' || (job === undefined && data === null) ? 'processing' : 'finished';
    return context.answer({
      status,
      ...(jobId && /^[A-Za-z0-9_-]{1,64}$/.test(jobId) ? { jobId } : {}),
      updatedAt: new Date().toISOString(),
    });
  };
}
