// 5. Network: API requests per page view, on revisits inside and after the
// response cache's freshness window (and with the cache off, what a page
// without it pays), superseded requests aborted, and how soon the first page
// of transactions is asked for. bench/pages/network.html: status, card and
// transactions in one <mono-provider>.
import type { BrowserContext, Page } from 'playwright-core';
import type { MonoApiSimulator } from '../src/testing/index.js';
import { figure, ratio, show, type Figure } from './stats.js';

export interface NetworkSetup {
  context(): Promise<{ context: BrowserContext; page: Page }>;
  origin: string;
  accountId: string;
  simulator: MonoApiSimulator;
  runs: number;
}

/** API latency while timings are taken: what a round trip to Mono through the proxy costs a page. */
const LATENCY_MS = 200;
/** The short freshness window the "after the window" visits use (the default is 30 s). */
const SHORT_WINDOW_MS = 1000;

/** Clicks Previous (page 2 → 1) and resolves at the first frame showing page 1's rows: what a user waits. */
const revisitMs = (page: Page): Promise<number> =>
  page.evaluate(`new Promise((resolve) => {
    const el = document.querySelector('mono-transactions');
    const shown = () => el.getAttribute('state') === 'ready' && (el.shadowRoot.querySelector('[part="pagination"] span')?.textContent ?? '').trim().startsWith('Page 1 ');
    const started = performance.now();
    const check = () => (shown() ? resolve(performance.now() - started) : requestAnimationFrame(check));
    el.shadowRoot.querySelector('[part="previous"]').click();
    requestAnimationFrame(check);
  })`) as Promise<number>;

/** Page 2 on screen, with its own rows (not only asked for). */
const onPage2 = (page: Page) =>
  page.waitForFunction(`(() => {
    const el = document.querySelector('mono-transactions');
    return el.getAttribute('state') === 'ready' && (el.shadowRoot.querySelector('[part="pagination"] span')?.textContent ?? '').trim().startsWith('Page 2 ');
  })()`);

export async function networkBench({ context, origin, accountId, simulator, runs }: NetworkSetup) {
  /** One visit: page 1, page 2, back to page 1 (after `wait` ms on page 2); requests counted as the page sends them. */
  async function visit(cache: string, wait: number) {
    const { context: ctx, page } = await context();
    const sent: { url: string; at: number }[] = [];
    const aborted: string[] = [];
    page.on('request', (request) => {
      // The live-events stream is one long request, not a read.
      if (request.url().includes('/api/mono/') && !request.url().includes('/api/mono/events')) sent.push({ url: request.url(), at: Date.now() });
    });
    page.on('requestfailed', (request) => {
      if (request.failure()?.errorText.includes('ABORTED')) aborted.push(request.url());
    });
    simulator.faults.latencyMs = LATENCY_MS;
    const started = Date.now();
    await page.goto(`${origin}/dist-bench/network.html?account=${accountId}&cache=${cache}`);
    await page.locator('mono-transactions[state="ready"]').waitFor();
    const firstRowMs = Date.now() - started;
    await page.waitForTimeout(300);
    const perPageView = sent.length;
    const account = sent.find((r) => !r.url.includes('/transactions'))!;
    const rows = sent.find((r) => r.url.includes('/transactions'))!;
    await page.locator('mono-transactions').getByRole('button', { name: 'Next' }).click();
    await onPage2(page);
    await page.waitForTimeout(wait);
    const before = sent.length;
    const shownMs = await revisitMs(page);
    // A background read, if any, has gone out by now.
    await page.waitForTimeout(LATENCY_MS + 300);
    const onRevisit = sent.length - before;
    // Five filter changes faster than the API answers: the superseded ones are aborted.
    const select = page.locator('mono-transactions').locator('select[name="type"]');
    for (const value of ['debit', 'credit', '', 'debit', 'credit']) await select.selectOption(value);
    await page.locator('mono-transactions[type="credit"][state="ready"]').waitFor();
    await page.waitForTimeout(300);
    simulator.faults.latencyMs = 0;
    await ctx.close();
    return { perPageView, onRevisit, shownMs, firstRowMs, accountToRowsMs: rows.at - account.at, aborted: aborted.length };
  }

  const samples = async (cache: string, wait: number) => {
    const all = [];
    for (let i = 0; i < runs; i++) all.push(await visit(cache, wait));
    return all;
  };
  const inside = await samples('default', 0);
  const after = await samples(String(SHORT_WINDOW_MS), SHORT_WINDOW_MS + 100);
  const off = await samples('off', 0);
  const pick = (list: typeof inside, key: keyof (typeof inside)[number]): Figure => figure(list.map((sample) => sample[key]));
  return {
    latencyMs: LATENCY_MS,
    requestsPerPageView: pick(inside, 'perPageView').median,
    requestsOnRevisit: pick(inside, 'onRevisit').median,
    revisitShownMs: pick(inside, 'shownMs'),
    requestsOnRevisitAfterWindow: pick(after, 'onRevisit').median,
    revisitAfterWindowShownMs: pick(after, 'shownMs'),
    requestsOnRevisitNoCache: pick(off, 'onRevisit').median,
    revisitNoCacheShownMs: pick(off, 'shownMs'),
    accountToRowsRequestMs: pick(inside, 'accountToRowsMs'),
    firstRowMs: pick(inside, 'firstRowMs'),
    rapidFilterChanges: 5,
    supersededAborted: pick(inside, 'aborted').median,
  };
}

export type NetworkFigures = Awaited<ReturnType<typeof networkBench>>;

export function networkRows(net: NetworkFigures): [string, string, string, string][] {
  const window = `${SHORT_WINDOW_MS / 1000} s window`;
  return [
    ['5. API requests per page view (status + card + transactions)', String(net.requestsPerPageView), '', ''],
    [`5. revisiting page 1 inside the window: requests / ms to rows (API ${net.latencyMs} ms)`, `${net.requestsOnRevisit} / ${show(net.revisitShownMs)}`, `cache off: ${net.requestsOnRevisitNoCache} / ${show(net.revisitNoCacheShownMs)}`, ratio(net.revisitShownMs, net.revisitNoCacheShownMs)],
    [`5. revisiting page 1 after the window (${window}): requests / ms to rows`, `${net.requestsOnRevisitAfterWindow} / ${show(net.revisitAfterWindowShownMs)}`, `cache off: ${net.requestsOnRevisitNoCache} / ${show(net.revisitNoCacheShownMs)}`, ratio(net.revisitAfterWindowShownMs, net.revisitNoCacheShownMs)],
    ['5. first page asked for after the account request (ms; 0 = together)', show(net.accountToRowsRequestMs), `one round trip: ${net.latencyMs}`, ''],
    [`5. navigation → first rows (ms, API ${net.latencyMs} ms)`, show(net.firstRowMs), '', ''],
    [`5. superseded requests aborted (${net.rapidFilterChanges} rapid filter changes)`, String(net.supersededAborted), '', ''],
  ];
}
