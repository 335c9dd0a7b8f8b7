// npm run bench, section "leak": what 100 open/close cycles leave in the
// page, ours next to connect.js used directly, in one run; then what 100 more
// add, once both are warm (a leak grows there too, a warm-up does not). With
// BENCH_HEAP_DIFF=1 it also prints which objects grew between cycles 1, 100
// and 200 (CDP heap snapshots, grouped by constructor): how what held memory
// across sessions was found.
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { figure, type Figure } from './stats.js';

type NewContext = () => Promise<{ context: BrowserContext; page: Page }>;

export interface PageCounts {
  messageListeners: number;
  iframes: number;
  styles: number;
  /** V8's used heap (Runtime.getHeapUsage): includes the code V8 compiles as functions get hot. */
  heapKB: number;
  /** Every object in a heap snapshot (JS and DOM) except compiled code: what the page holds on to. */
  objectsKB: number;
}

type Kinds = Map<string, { size: number; count: number }>;

const objectsKB = (kinds: Kinds): number =>
  Math.round([...kinds].reduce((sum, [kind, { size }]) => (kind === 'code' ? sum : sum + size), 0) / 1024);

/** Bytes and objects per node kind (constructor for objects, function name for closures). */
async function heapByKind(cdp: CDPSession): Promise<Kinds> {
  const chunks: string[] = [];
  const onChunk = ({ chunk }: { chunk: string }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const snapshot = JSON.parse(chunks.join('')) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
    nodes: number[];
    strings: string[];
  };
  const fields = snapshot.snapshot.meta.node_fields;
  const [types] = snapshot.snapshot.meta.node_types;
  const width = fields.length;
  const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((field) => fields.indexOf(field)) as [number, number, number];
  const kinds = new Map<string, { size: number; count: number }>();
  for (let i = 0; i < snapshot.nodes.length; i += width) {
    const type = types[snapshot.nodes[i + typeAt]!]!;
    const name = type === 'object' || type === 'closure' || type === 'native' ? snapshot.strings[snapshot.nodes[i + nameAt]!]!.slice(0, 60) : '';
    const key = `${type}${name ? ` ${name}` : ''}`;
    const entry = kinds.get(key) ?? { size: 0, count: 0 };
    entry.size += snapshot.nodes[i + sizeAt]!;
    entry.count++;
    kinds.set(key, entry);
  }
  return kinds;
}

function printGrowth(label: string, range: string, before: Kinds, after: Kinds): void {
  const rows = [...after].map(([kind, { size, count }]) => ({ kind, bytes: size - (before.get(kind)?.size ?? 0), count: count - (before.get(kind)?.count ?? 0) }));
  rows.sort((a, b) => b.bytes - a.bytes);
  process.stderr.write(`\n  heap growth, cycle ${range} (${label}):\n`);
  for (const row of rows.slice(0, 25)) process.stderr.write(`    ${String(row.bytes).padStart(8)} B  ${String(row.count).padStart(6)}×  ${row.kind}\n`);
}

interface Samples {
  afterOne: PageCounts;
  afterHundred: PageCounts;
  /** After 100 more: a leak keeps growing by the same amount, a warm-up (code compiled, shapes made) does not. */
  afterTwoHundred: PageCounts;
}

async function cycles(newContext: NewContext, url: string, cycle: string, label: string): Promise<Samples> {
  const { context: ctx, page } = await newContext();
  await page.goto(url, { waitUntil: 'networkidle' });
  const cdp = await ctx.newCDPSession(page);
  const diff = process.env['BENCH_HEAP_DIFF'] === '1';
  const measure = async (): Promise<{ counts: PageCounts; kinds: Kinds }> => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const { result } = await cdp.send('Runtime.evaluate', { expression: 'window' });
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId! });
    await cdp.send('Runtime.releaseObject', { objectId: result.objectId! });
    const dom = await page.evaluate(() => ({ iframes: document.querySelectorAll('iframe').length, styles: document.querySelectorAll('style').length }));
    const kinds = await heapByKind(cdp);
    const counts = { messageListeners: listeners.filter((l) => l.type === 'message').length, ...dom, heapKB: Math.round(usedSize / 1024), objectsKB: objectsKB(kinds) };
    return { counts, kinds };
  };
  await page.evaluate(`(${cycle})(1)`);
  await page.waitForTimeout(2100);
  const afterOne = await measure();
  await page.evaluate(`(${cycle})(99)`);
  await page.waitForTimeout(2100);
  const afterHundred = await measure();
  if (diff) printGrowth(label, '1 → 100', afterOne.kinds, afterHundred.kinds);
  await page.evaluate(`(${cycle})(100)`);
  await page.waitForTimeout(2100);
  const afterTwoHundred = await measure();
  if (diff) printGrowth(label, '100 → 200', afterHundred.kinds, afterTwoHundred.kinds);
  await ctx.close();
  return { afterOne: afterOne.counts, afterHundred: afterHundred.counts, afterTwoHundred: afterTwoHundred.counts };
}

/** One cycle on the button: open, wait for the frame to load, close. */
const ourCycle = `async (n) => {
  const button = document.querySelector('mono-link-button');
  for (let i = 0; i < n; i++) {
    const loaded = new Promise((r) => button.addEventListener('mono-load', r, { once: true }));
    button.open();
    await loaded;
    const closed = new Promise((r) => button.addEventListener('mono-close', r, { once: true }));
    button.close();
    await closed;
  }
}`;
/** connect.js as its README shows, each cycle a new Connect: setup, open, wait for the frame to load, close. */
const directCycle = `async (n) => {
  for (let i = 0; i < n; i++) {
    const loaded = new Promise((r) => (window.bench.onLoad = r));
    window.bench.cycleOpen();
    await loaded;
    window.bench.cycleClose();
  }
}`;

export interface LeakFigures {
  ours: Samples;
  connectDirect: Samples;
  /** V8 heap growth (KB) from cycle 1 to 100, over `runs` pages each. */
  growthKB: { ours: Figure; connectDirect: Figure };
  /** Growth of what the page holds (snapshot, compiled code left out), KB. */
  objectsGrowthKB: { ours: Figure; connectDirect: Figure };
  /** The same two from cycle 100 to 200, once both are warm: what a leak would add per 100 sessions. */
  steadyGrowthKB: { ours: Figure; connectDirect: Figure };
  steadyObjectsGrowthKB: { ours: Figure; connectDirect: Figure };
}

export async function leakBench(newContext: NewContext, origin: string, runs: number): Promise<LeakFigures> {
  const ours: Samples[] = [];
  const direct: Samples[] = [];
  // Alternated, so that both meet the machine in the same state.
  for (let i = 0; i < runs; i++) {
    ours.push(await cycles(newContext, `${origin}/bench/pages/cdn.html`, ourCycle, 'ours'));
    direct.push(await cycles(newContext, `${origin}/dist-bench/connect-direct.html`, directCycle, 'connect.js'));
  }
  const growth = (samples: Samples[], of: 'heapKB' | 'objectsKB') => figure(samples.map((s) => s.afterHundred[of] - s.afterOne[of]));
  const steady = (samples: Samples[], of: 'heapKB' | 'objectsKB') => figure(samples.map((s) => s.afterTwoHundred[of] - s.afterHundred[of]));
  return {
    ours: ours.at(-1)!,
    connectDirect: direct.at(-1)!,
    growthKB: { ours: growth(ours, 'heapKB'), connectDirect: growth(direct, 'heapKB') },
    objectsGrowthKB: { ours: growth(ours, 'objectsKB'), connectDirect: growth(direct, 'objectsKB') },
    steadyGrowthKB: { ours: steady(ours, 'heapKB'), connectDirect: steady(direct, 'heapKB') },
    steadyObjectsGrowthKB: { ours: steady(ours, 'objectsKB'), connectDirect: steady(direct, 'objectsKB') },
  };
}
