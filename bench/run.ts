// npm run bench: what mono-connect-elements costs, next to what a page would
// use instead. Medians of several runs in Chromium, with their spread.
// Results go to bench/results.json; timings are never asserted in tests.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { build } from 'vite';
import { linkPath, measureEntry, type EntrySize } from '../scripts/bundle-size.mjs';
import { createMonoProxy, toNodeHandler } from '../src/server/index.js';
import { createMonoApiSimulator, SIMULATED_ACCOUNTS } from '../src/testing/index.js';
import { launchBrowser } from '../test/node/e2e/browser.js';
import { serveStatic } from '../test/node/e2e/serve-static.js';
import { listRows, listsBench } from './lists.js';
import { intentBench } from './intent.js';
import { leakBench } from './leak.js';
import { liveBench } from './live.js';
import { networkBench, networkRows } from './network.js';
import { phoneBench, phoneRows } from './phone.js';
import { proxyBench, proxyRows } from './proxy.js';
import { ratio, show } from './stats.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const RUNS = Number(process.env['BENCH_RUNS'] ?? 5);
// BENCH_ONLY=intent,leak runs just those sections (names: sizes, intent, leak,
// lists, network, live, phone, proxy); the others keep their last figures in results.json.
const only = process.env['BENCH_ONLY']?.split(',').map((name) => name.trim());
async function section<T>(name: string, run: () => Promise<T>): Promise<T | undefined> {
  return !only || only.includes(name) ? run() : undefined;
}
const relayPage = readFileSync(`${root}test/fixtures/message-relay.html`, 'utf8');

execFileSync(process.execPath, [`${root}scripts/build.mjs`], { stdio: 'ignore' });
await build({ configFile: `${root}bench/pages/vite.config.ts`, logLevel: 'error' });

const simulator = createMonoApiSimulator({ processingMs: 0 });
const files = await serveStatic(root);
const proxy = toNodeHandler(
  createMonoProxy({ secretKey: simulator.secretKey, apiBase: 'https://api.simulator.invalid', fetch: (r) => simulator.handle(r), authorize: () => true }),
);
const host = createServer((request, response) => proxy(request, response, () => files.server.emit('request', request, response)));
await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
const browser: Browser = await launchBrowser();

/** A context where Mono's widget origin answers with a stand-in page, and every response is weighed. */
async function context(): Promise<{ context: BrowserContext; page: Page; requests: { url: string; gzip: number; at: number }[] }> {
  const context = await browser.newContext();
  await context.route((url) => url.hostname === 'connect.mono.co', (route) => route.fulfill({ contentType: 'text/html', body: relayPage }));
  const page = await context.newPage();
  // A broken bench page would give meaningless figures: stop instead.
  page.on('pageerror', (error) => {
    throw error;
  });
  page.on('response', (response) => {
    if (response.status() >= 400) throw new Error(`bench page asked for a missing file: ${response.url()}`);
  });
  const requests: { url: string; gzip: number; at: number }[] = [];
  page.on('requestfinished', async (request) => {
    const response = await request.response();
    const body = response ? await response.body().catch(() => Buffer.alloc(0)) : Buffer.alloc(0);
    requests.push({ url: request.url(), gzip: gzipSync(body, { level: 9 }).length, at: Date.now() });
  });
  return { context, page, requests };
}

// 1. Cost before intent -------------------------------------------------------
async function beforeIntent(path: string) {
  const { context: ctx, page, requests } = await context();
  await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
  await page.waitForTimeout(300);
  const scripts = requests.filter((r) => /\.js($|\?)/.test(r.url));
  const result = {
    requests: requests.filter((r) => !r.url.endsWith('.html')).length,
    scriptGzip: scripts.reduce((sum, r) => sum + r.gzip, 0),
    connectLoaded: scripts.some((r) => /connect\.js|connect-direct/.test(r.url) && !r.url.includes('mono-connect-elements')),
    widgetFrameRequested: requests.some((r) => r.url.includes('connect.mono.co')),
  };
  await ctx.close();
  return result;
}

const sizes = await section('sizes', async () => ({
  cdnAllElements: await measureEntry('src/cdn/index.ts'),
  linkButtonEntry: await measureEntry('src/elements/link-button/link-button.ts'),
  linkButtonEntryEsbuild: await measureEntry('src/elements/link-button/link-button.ts', { bundler: 'esbuild' }),
  connectDirect: await measureEntry('bench/pages/connect-direct.ts'),
}));
// After intent, a button with `exchange` (test/node/bundle-size.test.ts): the
// widget runtime and what it imports, connect.js, the HTTP fetcher.
const LINK_PATH = [/core\/widget\/widget-runtime/, /connect-without-axios/, /core\/fetcher\/http-fetcher/];
const afterIntent = (size: EntrySize) => {
  const path = linkPath(size, LINK_PATH);
  return { gzip: path.gzip, chunks: path.chunks.map(({ file, gzip }) => ({ file, gzip })) };
};
const pages = await section('sizes', async () => ({
  cdn: await beforeIntent('/bench/pages/cdn.html'),
  linkEntry: await beforeIntent('/dist-bench/link-entry.html'),
  connectDirect: await beforeIntent('/dist-bench/connect-direct.html'),
}));

// 2. Intent to widget: no intent, hover, keyboard focus (bench/intent.ts) ------
const intent = await section('intent', () => intentBench(context, origin, RUNS));

// 3. Leaks after 100 open/close cycles (bench/leak.ts) -------------------------
const leak = await section('leak', () => leakBench(context, origin, Math.min(RUNS, 3)));

// 4. Long lists: first rows, and long tasks / dropped frames in a fling (bench/lists.ts)
const lists = await section('lists', () => listsBench(browser, origin, RUNS));

// 5. Network: requests per view, revisits inside/after the cache window, the first page's timing (bench/network.ts)
const net = await section('network', () => networkBench({ context, origin, accountId: SIMULATED_ACCOUNTS.available, simulator, runs: RUNS }));

// 6. Live events: SSE subscribers, memory each, webhook → page (bench/live.ts) --
const live = await section('live', () => liveBench(browser));

// 7. A phone on mobile data: CPU 4× slower, Slow 4G, 360×740 touch (bench/phone.ts)
const phone = await section('phone', () => phoneBench(browser));

// 8. The proxy: added latency at 1 / 100 / 1,000 in flight, memory over 100,000 requests (bench/proxy.ts)
const proxyFigures = await section('proxy', proxyBench);

await browser.close();
host.closeAllConnections();
host.close();
await files.close();

// Report -----------------------------------------------------------------------
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const rows: [string, string, string, string][] = [];
if (sizes && pages) rows.push(
  ['1. before intent: CDN file, all 5 elements (gzip, initial chunks)', kb(sizes.cdnAllElements.initialGzip), kb(sizes.connectDirect.initialGzip), ratio(sizes.cdnAllElements.initialGzip, sizes.connectDirect.initialGzip)],
  ['1. before intent: link-button entry with Lit (gzip)', kb(sizes.linkButtonEntry.initialGzip), kb(sizes.connectDirect.initialGzip), ratio(sizes.linkButtonEntry.initialGzip, sizes.connectDirect.initialGzip)],
  ['1. before intent: link-button entry, esbuild (gzip, files)', `${kb(sizes.linkButtonEntryEsbuild.initialGzip)} in ${sizes.linkButtonEntryEsbuild.initialChunks.length}`, kb(sizes.connectDirect.initialGzip), ratio(sizes.linkButtonEntryEsbuild.initialGzip, sizes.connectDirect.initialGzip)],
  ['1. after intent: link path, exchange (gzip; runtime + connect.js + fetcher)', kb(afterIntent(sizes.linkButtonEntry).gzip), '0 (all loaded before)', ''],
  ['1. after intent: link path with esbuild (gzip)', kb(afterIntent(sizes.linkButtonEntryEsbuild).gzip), '', ''],
  ['1. before intent: requests (CDN page / connect.js page)', String(pages.cdn.requests), String(pages.connectDirect.requests), ratio(pages.cdn.requests, pages.connectDirect.requests)],
  ['1. before intent: script bytes on the wire, gzip (CDN page)', kb(pages.cdn.scriptGzip), kb(pages.connectDirect.scriptGzip), ratio(pages.cdn.scriptGzip, pages.connectDirect.scriptGzip)],
  ['1. before intent: connect.js loaded / widget frame requested', `${pages.cdn.connectLoaded} / ${pages.cdn.widgetFrameRequested}`, `${pages.connectDirect.connectLoaded} / ${pages.connectDirect.widgetFrameRequested}`, ''],
);
if (intent) rows.push(
  ['2. click → widget frame requested, no hover (ms)', show(intent.cdnNoHover.frame), 'at page load (setup())', ''],
  ['2. click → widget frame requested, after hover (ms)', show(intent.cdnHover.frame), 'at page load (setup())', ''],
  ['2. click → widget visible, no hover (ms)', show(intent.cdnNoHover.visible), show(intent.connectDirect.visible), ratio(intent.cdnNoHover.visible, intent.connectDirect.visible)],
  ['2. click → widget visible, after hover (ms)', show(intent.cdnHover.visible), show(intent.connectDirect.visible), ratio(intent.cdnHover.visible, intent.connectDirect.visible)],
  ['2. Enter → widget visible, after keyboard focus (ms)', show(intent.cdnFocus.visible), show(intent.connectDirect.visible), ratio(intent.cdnFocus.visible, intent.connectDirect.visible)],
);
if (leak) rows.push(
  ['3. after 100 cycles: message listeners (after 1)', `${leak.ours.afterHundred.messageListeners} (${leak.ours.afterOne.messageListeners})`, `${leak.connectDirect.afterHundred.messageListeners} (${leak.connectDirect.afterOne.messageListeners})`, ratio(leak.ours.afterHundred.messageListeners, leak.connectDirect.afterHundred.messageListeners)],
  ['3. after 100 cycles: iframes (after 1)', `${leak.ours.afterHundred.iframes} (${leak.ours.afterOne.iframes})`, `${leak.connectDirect.afterHundred.iframes} (${leak.connectDirect.afterOne.iframes})`, ratio(leak.ours.afterHundred.iframes, leak.connectDirect.afterHundred.iframes)],
  ['3. after 100 cycles: style tags (after 1)', `${leak.ours.afterHundred.styles} (${leak.ours.afterOne.styles})`, `${leak.connectDirect.afterHundred.styles} (${leak.connectDirect.afterOne.styles})`, ratio(leak.ours.afterHundred.styles, leak.connectDirect.afterHundred.styles)],
  ['3. after 100 cycles: JS heap KB (after 1)', `${leak.ours.afterHundred.heapKB} (${leak.ours.afterOne.heapKB})`, `${leak.connectDirect.afterHundred.heapKB} (${leak.connectDirect.afterOne.heapKB})`, ''],
  ['3. JS heap growth, cycle 1 → 100 (KB; V8 compiled code included)', show(leak.growthKB.ours), show(leak.growthKB.connectDirect), ratio(leak.growthKB.ours, leak.growthKB.connectDirect)],
  ['3. objects held, growth cycle 1 → 100 (KB; heap snapshot, JS + DOM)', show(leak.objectsGrowthKB.ours), show(leak.objectsGrowthKB.connectDirect), ratio(leak.objectsGrowthKB.ours, leak.objectsGrowthKB.connectDirect)],
  ['3. JS heap growth once warm, cycle 100 → 200 (KB)', show(leak.steadyGrowthKB.ours), show(leak.steadyGrowthKB.connectDirect), ratio(leak.steadyGrowthKB.ours, leak.steadyGrowthKB.connectDirect)],
  ['3. objects held, growth once warm, cycle 100 → 200 (KB)', show(leak.steadyObjectsGrowthKB.ours), show(leak.steadyObjectsGrowthKB.connectDirect), ratio(leak.steadyObjectsGrowthKB.ours, leak.steadyObjectsGrowthKB.connectDirect)],
);
if (lists) rows.push(...listRows(lists));
if (net) rows.push(...networkRows(net));
if (phone) rows.push(...phoneRows(phone));
if (proxyFigures) rows.push(...proxyRows(proxyFigures));

const width = rows.reduce((max, row) => Math.max(max, row[0].length), 0);
console.log(`\nmono-connect-elements benchmark (medians of ${RUNS} runs, spread in brackets)\n`);
console.log(`${'figure'.padEnd(width)}  ${'ours'.padEnd(22)}  ${'comparison'.padEnd(26)}  ratio`);
for (const [label, ours, theirs, r] of rows) console.log(`${label.padEnd(width)}  ${ours.padEnd(22)}  ${theirs.padEnd(26)}  ${r}`);
console.log('\ncomparison: 1–3 and 7 @mono.co/connect.js used directly (eager import, setup() at load); 4 a Lit repeat() of every row; 7 (list) a hand-written fetch and render.');
if (phone) console.log(`7: medians (p90) of ${phone.runs} cold visits each, ${phone.conditions.machine}.`);

const resultsPath = `${root}bench/results.json`;
const previous = (existsSync(resultsPath) ? JSON.parse(readFileSync(resultsPath, 'utf8')) : {}) as Record<string, unknown>;
const fresh = {
  sizes:
    sizes &&
    Object.fromEntries(
      Object.entries(sizes).map(([k, v]) => [
        k,
        {
          bundler: v.bundler,
          initialGzip: v.initialGzip,
          initialChunks: v.initialChunks.map(({ file, bytes, gzip }) => ({ file, bytes, gzip })),
          lazyChunks: v.lazyChunks.map(({ file, bytes, gzip }) => ({ file, bytes, gzip })),
          ...(k.startsWith('linkButton') ? { afterIntentLinkPath: afterIntent(v) } : {}),
        },
      ]),
    ),
  pages, intent, leak, lists, network: net, live, phone, proxy: proxyFigures,
};
// A partial run (BENCH_ONLY) keeps the other sections' last figures.
const results = { ...previous, date: new Date().toISOString(), runs: RUNS, ...Object.fromEntries(Object.entries(fresh).filter(([, value]) => value !== undefined)) };
writeFileSync(resultsPath, `${JSON.stringify(results, null, 2)}\n`);
for (const [bus, figures] of Object.entries(live ?? {})) {
  for (const row of figures.fanOut) {
    console.log(`live (${bus} bus): ${row.subscribers} SSE subscribers held ${row.held}, ${(row.bytesPerSubscriber / 1024).toFixed(1)} KB heap each, webhook → all in ${show(row.fanOutMs, ' ms')}`);
  }
  console.log(`live (${bus} bus): webhook → event on a Chromium page ${show(figures.webhookToPageMs, ' ms', 1)}`);
}
console.log('\nwritten bench/results.json');
