import { createHttpFetcher } from '../../../src/core/fetcher/http-fetcher.js';
import type { MonoFetcher } from '../../../src/core/fetcher/types.js';

/**
 * The real HTTP fetcher over a backend that answers with fixed bodies: the
 * account route with `account`, the transactions route with `transactions`.
 * So element tests go through the same normalisers as a page would.
 */
export function bodiesFetcher(bodies: { account: unknown; transactions?: unknown }): MonoFetcher {
  const json = (body: unknown) => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
  return createHttpFetcher({
    endpoint: 'https://app.invalid/api/mono',
    retry: { retries: 0 },
    fetch: async (request) => json(new URL(request.url).pathname.endsWith('/transactions') ? bodies.transactions : bodies.account),
  });
}

/** Records console.warn calls until `restore()`, so a test can check what developers are told. */
export function captureWarnings(): { messages: string[]; restore(): void } {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => messages.push(args.map(String).join(' '));
  return { messages, restore: () => (console.warn = original) };
}

/** An element's shadow text with whitespace collapsed. */
export const shadowText = (el: Element): string => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();
