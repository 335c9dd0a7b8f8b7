// npm run bench, long lists: <mono-transactions infinite> with 1,000 and
// 10,000 rows next to a plain Lit repeat() of every row (bench/pages/list.ts),
// in one run. Per run: time to first rows, DOM nodes, and during a fling
// (see fling()) long tasks (Long Tasks API), dropped frames and scripting time.
import type { Browser, CDPSession, Page } from 'playwright-core';
import { figure, ratio, show, type Figure } from './stats.js';

type Kind = 'mono' | 'plain';

// Page functions are strings: tsx would add a helper to named inner functions that the page lacks.
const SCROLLER = `(document.querySelector('mono-transactions')?.shadowRoot?.querySelector('lit-virtualizer') ??
  document.querySelector('plain-list')?.shadowRoot?.querySelector('#scroller'))`;

const WATCH = `(() => {
  const w = window;
  w.benchLongTasks = [];
  w.benchFrames = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) w.benchLongTasks.push(e.duration); }).observe({ type: 'longtask' });
  const tick = (t) => { w.benchFrames.push(t); if (!w.benchStop) requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
})()`;

/** Waits until the scroller has not moved for 10 frames (the fling's momentum is spent). */
const SETTLED = `(async () => {
  const scroller = ${SCROLLER};
  let still = 0, last = -1;
  for (let i = 0; i < 600 && still < 10; i++) {
    await new Promise((r) => requestAnimationFrame(r));
    still = scroller.scrollTop === last ? still + 1 : 0;
    last = scroller.scrollTop;
  }
  window.benchStop = true;
  return scroller.scrollTop;
})()`;

/**
 * Frames the page missed: each requestAnimationFrame interval longer than
 * 1.5 × the median interval counts the vsyncs it skipped (33 ms at 60 Hz = 1).
 * The settling frames at the end are part of the window: an idle frame is not missed.
 */
export function droppedFrames(stamps: number[]): { dropped: number; frameMs: number } {
  const intervals = stamps.slice(1).map((t, i) => t - stamps[i]!);
  if (intervals.length === 0) return { dropped: 0, frameMs: 0 };
  const frameMs = figure(intervals).median;
  const dropped = intervals.filter((d) => d > 1.5 * frameMs).reduce((sum, d) => sum + Math.round(d / frameMs) - 1, 0);
  return { dropped, frameMs };
}

/**
 * A fling as a trackpad sends it: wheel events through the browser's input
 * pipeline (scrolled on the compositor where the page allows), one every
 * 16 ms for a second, their deltas decaying from 400 px — about 6,500 px in
 * all. (Synthetic touch flings lose their momentum in headless Chromium.)
 */
async function fling(cdp: CDPSession, page: Page) {
  const box = (await page.evaluate(`(() => { const r = ${SCROLLER}.getBoundingClientRect(); return { x: r.x + r.width / 2, y: r.y + r.height / 2 }; })()`)) as { x: number; y: number };
  const at = { x: Math.round(box.x), y: Math.round(box.y) };
  await cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', ...at });
  for (let i = 0, delta = 400; i < 60; i++, delta *= 0.94) {
    const sent = performance.now();
    await cdp.send('Input.dispatchMouseEvent', { type: 'mouseWheel', ...at, deltaX: 0, deltaY: Math.round(delta) });
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, 16 - (performance.now() - sent))));
  }
  return (await page.evaluate(SETTLED)) as number;
}

async function longList(browser: Browser, origin: string, kind: Kind, count: number) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: Error[] = [];
  page.on('pageerror', (error) => errors.push(error));
  await page.goto(`${origin}/dist-bench/list.html`, { waitUntil: 'networkidle' });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.evaluate(`window.prepare(${count})`);
  const firstRows = (await page.evaluate(`(async () => {
    const start = performance.now();
    window.${kind === 'mono' ? 'showMono' : 'showPlain'}();
    const found = () => document.querySelector('mono-transactions')?.shadowRoot?.querySelector('.row') ?? ${SCROLLER}?.querySelector('.row');
    while (!found()) await new Promise((r) => requestAnimationFrame(r));
    return performance.now() - start;
  })()`)) as number;
  // Let the first render and any page fetched after it finish before the fling.
  await page.waitForTimeout(500);
  const script = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ScriptDuration')!.value * 1000;
  await page.evaluate(WATCH);
  const before = await script();
  const scrolled = await fling(cdp, page);
  const scripting = (await script()) - before;
  const { benchLongTasks, benchFrames } = (await page.evaluate('({ benchLongTasks, benchFrames })')) as { benchLongTasks: number[]; benchFrames: number[] };
  const frames = droppedFrames(benchFrames);
  const domNodes = (await page.evaluate(`(() => {
    const count = (root) => [...root.querySelectorAll('*')].reduce((sum, el) => sum + 1 + (el.shadowRoot ? count(el.shadowRoot) : 0), 0);
    return count(document);
  })()`)) as number;
  // The rows on screen after the fling must be the ones at that scroll position, not blanks.
  const shown = (await page.evaluate(`${SCROLLER}.querySelectorAll('.row').length`)) as number;
  await context.close();
  if (errors.length) throw errors[0];
  if (scrolled < 2000) throw new Error(`the fling scrolled only ${scrolled} px in the ${kind} list`);
  if (shown === 0) throw new Error(`no rows shown in the ${kind} list after the fling`);
  return {
    firstRows,
    domNodes,
    scripting,
    scrolled,
    longTasks: benchLongTasks.length,
    longestTask: Math.max(0, ...benchLongTasks),
    droppedFrames: frames.dropped,
    frames: benchFrames.length,
    frameMs: frames.frameMs,
  };
}

type Sample = Awaited<ReturnType<typeof longList>>;

export interface ListFigures {
  firstRows: Figure;
  domNodes: Figure;
  scripting: Figure;
  scrolled: Figure;
  longTasks: Figure;
  longestTask: Figure;
  droppedFrames: Figure;
  frames: Figure;
}

async function listFigures(browser: Browser, origin: string, kind: Kind, count: number, runs: number): Promise<ListFigures> {
  const samples: Sample[] = [];
  for (let i = 0; i < runs; i++) samples.push(await longList(browser, origin, kind, count));
  const of = (key: keyof Sample) => figure(samples.map((s) => s[key]));
  return {
    firstRows: of('firstRows'),
    domNodes: of('domNodes'),
    scripting: of('scripting'),
    scrolled: of('scrolled'),
    longTasks: of('longTasks'),
    longestTask: of('longestTask'),
    droppedFrames: of('droppedFrames'),
    frames: of('frames'),
  };
}

/** Both lists at 1,000 and 10,000 rows; `origin` serves /dist-bench/list.html. */
export async function listsBench(browser: Browser, origin: string, runs: number) {
  const progress = (text: string) => process.stderr.write(`  long lists: ${text}\n`);
  const result: Record<string, ListFigures> = {};
  for (const count of [1000, 10000]) {
    for (const kind of ['mono', 'plain'] as const) {
      progress(`${kind}, ${count} rows`);
      result[`${kind}${count / 1000}k`] = await listFigures(browser, origin, kind, count, runs);
    }
  }
  return result as { mono1k: ListFigures; plain1k: ListFigures; mono10k: ListFigures; plain10k: ListFigures };
}

/** The report's rows: figure, ours, plain list, ratio. */
export function listRows(lists: Awaited<ReturnType<typeof listsBench>>): [string, string, string, string][] {
  const rows: [string, string, string, string][] = [];
  for (const [label, mono, plain] of [['1,000', lists.mono1k, lists.plain1k], ['10,000', lists.mono10k, lists.plain10k]] as const) {
    rows.push([`4. ${label} rows: time to first rows (ms)`, show(mono.firstRows), show(plain.firstRows), ratio(mono.firstRows, plain.firstRows)]);
    rows.push([`4. ${label} rows: DOM nodes`, show(mono.domNodes), show(plain.domNodes), ratio(mono.domNodes, plain.domNodes)]);
    rows.push([`4. ${label} rows: fling, px scrolled / frames`, `${show(mono.scrolled)} / ${show(mono.frames)}`, `${show(plain.scrolled)} / ${show(plain.frames)}`, '']);
    rows.push([`4. ${label} rows: fling, long tasks (longest ms)`, `${show(mono.longTasks)} (${show(mono.longestTask)})`, `${show(plain.longTasks)} (${show(plain.longestTask)})`, ratio(mono.longTasks, plain.longTasks)]);
    rows.push([`4. ${label} rows: fling, dropped frames`, show(mono.droppedFrames), show(plain.droppedFrames), ratio(mono.droppedFrames, plain.droppedFrames)]);
    rows.push([`4. ${label} rows: fling, scripting (ms)`, show(mono.scripting), show(plain.scripting), ratio(mono.scripting, plain.scripting)]);
  }
  return rows;
}
