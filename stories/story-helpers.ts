import { createMemoryFetcher, createSandboxDriver, type MemoryFetcherOptions } from '../src/testing/index.js';

/** A fresh in-memory backend for one story: the simulator behind the real proxy, in the page. */
export function storyFetcher(options: MemoryFetcherOptions = {}) {
  return createMemoryFetcher({ retry: { retries: 0 }, ...options });
}

/** A fetcher whose every request answers 500 (after the proxy's mapping, 502). */
export function failingFetcher() {
  const fetcher = storyFetcher();
  fetcher.simulator.faults.serverErrors = Infinity;
  return fetcher;
}

/** A fetcher that never answers: the loading state, held. */
export function pendingFetcher() {
  const fetcher = storyFetcher();
  fetcher.simulator.faults.latencyMs = 2 ** 31 - 1;
  return fetcher;
}

/** The sandbox widget, on the fetcher's simulator: its codes, and its payments. */
export function storyDriver(fetcher = storyFetcher()) {
  return createSandboxDriver({ openDelayMs: 300, simulator: fetcher.simulator });
}

let storyReferences = 0;

/** The stories' backend prices every order at ₦2,500, whatever the page sends. */
export const storyPayment: NonNullable<MemoryFetcherOptions['payment']> = (_request, body) => ({
  amount: 250000,
  description: `Storybook order ${String((body as { orderId?: unknown }).orderId ?? '')}`.trim(),
  reference: `story${Date.now()}x${++storyReferences}`,
});

export const darkTokens =
  'background:#0b1220;padding:1rem;color-scheme:dark;--mono-surface:#111827;--mono-text:#f3f4f6;--mono-muted:#9ca3af;--mono-border:#374151;--mono-debit:#fda29b;--mono-credit:#75e0a7;--mono-accent:#7cb4ff;--mono-warning:#fcd34d;--mono-skeleton:#1f2937';
