// npm run bench, the phone section: a cold first visit on a mid-range phone
// on mobile data, as Chromium emulates it (CPU 4× slower, "Slow 4G", a
// 360×740 touch screen). Ours next to @mono.co/connect.js used directly, and
// <mono-transactions> next to a hand-written fetch-and-render list. Each run
// is a new browser context (nothing cached); variants take turns, so load on
// the machine falls on all of them alike.
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Browser, CDPSession } from 'playwright-core';
import { SIMULATED_ACCOUNTS } from '../src/testing/index.js';
import { buildPhonePages, builtPage } from './phone-build.js';
import { MARKS_SCRIPT, type Marks } from './phone-page.js';
import { startPhoneHost } from './phone-server.js';
import { figure, ratio, type Figure } from './stats.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const RUNS = Number(process.env['PHONE_RUNS'] ?? 5);
const relayPage = readFileSync(`${root}test/fixtures/message-relay.html`, 'utf8');
const progress = (text: string) => process.stderr.write(`  ${text}\n`);

/** Chromium DevTools' "Slow 4G" (puppeteer's PredefinedNetworkConditions): 1.6 Mbps down, 750 kbps up, 150 ms RTT, each ×0.9 / ×3.75 as DevTools applies them. */
const SLOW_4G = { offline: false, latency: 150 * 3.75, downloadThroughput: ((1.6 * 1000 * 1000) / 8) * 0.9, uploadThroughput: ((750 * 1000) / 8) * 0.9 };
const CPU_RATE = 4;
const DEVICE = {
  viewport: { width: 360, height: 740 },
  deviceScaleFactor: 3,
  isMobile: true,
  hasTouch: true,
  userAgent: 'Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36',
};

export interface PhoneFigure extends Figure {
  p90: number;
}
function phoneFigure(samples: number[]): PhoneFigure {
  const sorted = [...samples].sort((a, b) => a - b);
  // Nearest rank: with 5 runs, the 5th value; the p90 of few runs is a high-water mark.
  return { ...figure(samples), p90: sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.9) - 1)]! };
}
const showP = (f: PhoneFigure, digits = 0) => `${f.median.toFixed(digits)} (p90 ${f.p90.toFixed(digits)})`;

/** Every response's bytes on the wire (encodedDataLength), with the monotonic clock mapped to the page's. */
function traffic(cdp: CDPSession) {
  const finished: { at: number; bytes: number; url: string }[] = [];
  const urls = new Map<string, string>();
  let documentClock: { timestamp: number; wallTime: number } | undefined;
  cdp.on('Network.requestWillBeSent', (e) => {
    urls.set(e.requestId, e.request.url);
    if (e.type === 'Document' && !documentClock) documentClock = { timestamp: e.timestamp, wallTime: e.wallTime };
  });
  cdp.on('Network.loadingFinished', (e) => finished.push({ at: e.timestamp, bytes: e.encodedDataLength, url: urls.get(e.requestId) ?? '' }));
  return {
    /** Requests finished, and their bytes, by `at` ms after the page's time origin. */
    before(at: number, timeOrigin: number) {
      const clock = documentClock!;
      const limit = clock.timestamp + (timeOrigin + at - clock.wallTime * 1000) / 1000;
      const done = finished.filter((r) => r.at <= limit && !r.url.startsWith('data:'));
      return { requests: done.length, bytes: done.reduce((sum, r) => sum + r.bytes, 0) };
    },
  };
}

async function visit(browser: Browser, url: string) {
  const context = await browser.newContext(DEVICE);
  await context.route((u) => u.hostname === 'connect.mono.co', (route) => route.fulfill({ contentType: 'text/html', body: relayPage }));
  await context.addInitScript(MARKS_SCRIPT);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_RATE });
  const wire = traffic(cdp);
  await page.goto(url, { waitUntil: 'commit' });
  const marks = async (key: keyof Marks) => {
    await page.waitForFunction(`window.__phone?.${key} !== undefined`, null, { polling: 100, timeout: 60000 });
    return (await page.evaluate('window.__phone')) as Marks;
  };
  const timeOrigin = (await page.evaluate('performance.timeOrigin')) as number;
  return {
    page,
    marks,
    before: (at: number) => wire.before(at, timeOrigin),
    async close() {
      await context.close();
      // A broken bench page would give meaningless figures: stop instead.
      if (problems.length) throw new Error(`phone bench, ${url}: ${problems.join('; ')}`);
    },
  };
}

async function linkRun(browser: Browser, url: string, target: string) {
  const v = await visit(browser, url);
  const { tappable } = await v.marks('tappable');
  const before = v.before(tappable!);
  await v.page.tap(target);
  const { tap, widget } = await v.marks('widget');
  await v.close();
  return { tappable: tappable!, tapToWidget: widget! - tap!, ...before };
}

async function listRun(browser: Browser, url: string) {
  const v = await visit(browser, `${url}?account=${SIMULATED_ACCOUNTS.available}`);
  const { rowOnScreen, rowRendered } = await v.marks('rowOnScreen');
  const before = v.before(rowOnScreen!);
  await v.close();
  return { rowOnScreen: rowOnScreen!, rowRendered: rowRendered!, ...before };
}

const LINK = {
  npmEntry: [builtPage('phone-link'), 'mono-link-button'],
  cdn: ['/bench/pages/phone-cdn.html', 'mono-link-button'],
  connectDirect: [builtPage('phone-connect'), '#link'],
} as const;
const LIST = { ours: builtPage('phone-transactions'), plain: builtPage('phone-plain') } as const;
type Samples = Record<string, number[]>;
const push = (into: Samples, from: Record<string, number>) => {
  for (const [key, value] of Object.entries(from)) (into[key] ??= []).push(value);
};
const figures = (samples: Samples) => Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, phoneFigure(v)])) as Record<string, PhoneFigure>;

/** Needs `npm run build` first (bench/run.ts does it); builds its own pages. */
export async function phoneBench(browser: Browser) {
  await buildPhonePages();
  const host = await startPhoneHost(root);
  const load = [loadavg()[0]!];
  const started = performance.now();
  const link: Record<keyof typeof LINK, Samples> = { npmEntry: {}, cdn: {}, connectDirect: {} };
  const list: Record<keyof typeof LIST, Samples> = { ours: {}, plain: {} };
  try {
    for (let run = 0; run < RUNS; run++) {
      progress(`phone: run ${run + 1} of ${RUNS}`);
      for (const [name, [path, target]] of Object.entries(LINK)) push(link[name as keyof typeof LINK], await linkRun(browser, `${host.origin}${path}`, target));
      for (const [name, path] of Object.entries(LIST)) push(list[name as keyof typeof LIST], await listRun(browser, `${host.origin}${path}`));
    }
  } finally {
    await host.close();
  }
  load.push(loadavg()[0]!);
  const results = {
    date: new Date().toISOString(),
    runs: RUNS,
    conditions: {
      browser: `Chromium ${browser.version()} (headless, playwright-core)`,
      cpuThrottlingRate: CPU_RATE,
      network: { profile: 'Slow 4G (Chromium DevTools)', latencyMs: SLOW_4G.latency, downloadBytesPerSecond: SLOW_4G.downloadThroughput, uploadBytesPerSecond: SLOW_4G.uploadThroughput },
      viewport: { ...DEVICE.viewport, deviceScaleFactor: DEVICE.deviceScaleFactor, isMobile: true, hasTouch: true },
      cache: 'cold: a new browser context for every run',
      served: 'loopback HTTP/1.1, files gzip -9 (as a CDN would), API through the proxy on the Mono API simulator (JSON not compressed)',
      widget: "connect.mono.co answered locally by a stand-in page, so the widget's own load is not in the figures",
      machine: `${cpus().length} cores shared with other test suites; 1-minute load average ${load.map((l) => l.toFixed(2)).join(' at start, ')} at end`,
      seconds: Math.round((performance.now() - started) / 1000),
    },
    link: Object.fromEntries(Object.entries(link).map(([k, v]) => [k, figures(v)])),
    transactions: Object.fromEntries(Object.entries(list).map(([k, v]) => [k, figures(v)])),
  };
  return results;
}

export type PhoneResults = Awaited<ReturnType<typeof phoneBench>>;

/** The report's rows: figure, ours, comparison, ratio. */
export function phoneRows(phone: PhoneResults): [string, string, string, string][] {
  const { npmEntry, cdn, connectDirect } = phone.link as Record<string, Record<string, PhoneFigure>>;
  const { ours, plain } = phone.transactions as Record<string, Record<string, PhoneFigure>>;
  const kb = (f: PhoneFigure) => `${(f.median / 1024).toFixed(1)} KB`;
  return [
    ['7. phone: navigation → link button tappable, npm entry (ms)', showP(npmEntry!['tappable']!), showP(connectDirect!['tappable']!), ratio(npmEntry!['tappable']!, connectDirect!['tappable']!)],
    ['7. phone: navigation → link button tappable, CDN file (ms)', showP(cdn!['tappable']!), showP(connectDirect!['tappable']!), ratio(cdn!['tappable']!, connectDirect!['tappable']!)],
    ['7. phone: requests / bytes before tappable, npm entry', `${npmEntry!['requests']!.median} / ${kb(npmEntry!['bytes']!)}`, `${connectDirect!['requests']!.median} / ${kb(connectDirect!['bytes']!)}`, ratio(npmEntry!['bytes']!, connectDirect!['bytes']!)],
    ['7. phone: tap → widget visible, npm entry (ms)', showP(npmEntry!['tapToWidget']!), showP(connectDirect!['tapToWidget']!), ratio(npmEntry!['tapToWidget']!, connectDirect!['tapToWidget']!)],
    ['7. phone: tap → widget visible, CDN file (ms)', showP(cdn!['tapToWidget']!), showP(connectDirect!['tapToWidget']!), ratio(cdn!['tapToWidget']!, connectDirect!['tapToWidget']!)],
    ['7. phone: navigation → first transactions row on screen (ms)', showP(ours!['rowOnScreen']!), showP(plain!['rowOnScreen']!), ratio(ours!['rowOnScreen']!, plain!['rowOnScreen']!)],
    ['7. phone: requests / bytes before first row', `${ours!['requests']!.median} / ${kb(ours!['bytes']!)}`, `${plain!['requests']!.median} / ${kb(plain!['bytes']!)}`, ratio(ours!['bytes']!, plain!['bytes']!)],
  ];
}

/** Alone (`tsx bench/phone.ts`, after `npm run build`): prints the figures and merges them into bench/results.json. */
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { launchBrowser } = await import('../test/node/e2e/browser.js');
  const { writeFileSync } = await import('node:fs');
  const browser = await launchBrowser();
  try {
    const phone = await phoneBench(browser);
    for (const row of phoneRows(phone)) console.log(row.join('  |  '));
    const path = `${root}bench/results.json`;
    const results = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    writeFileSync(path, `${JSON.stringify({ ...results, phone }, null, 2)}\n`);
    console.log(`written bench/results.json (${phone.conditions.seconds} s)`);
  } finally {
    await browser.close();
  }
}
