// npm run bench, the proxy: what createMonoProxy() adds to each request,
// against calling the upstream directly, at 1, 100 and 1,000 requests in
// flight; and the proxy's memory over 100,000 requests. Three processes on
// loopback: the Mono API simulator over HTTP as the upstream (the same
// upstream cost in both arms), the proxy alone (its memory and CPU are its
// own), and a load generator (bench/proxy-load.ts) timing every request.
// Each concurrency runs a few rounds, direct and proxied in turn.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { LoadConfig, LoadResult } from './proxy-load.js';
import { figure, ratio, show, type Figure } from './stats.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const ROUNDS = Number(process.env['BENCH_PROXY_ROUNDS'] ?? 3);
// BENCH_PROXY_SCALE=0.1 for a quick try; the figures in README are at 1.
const SCALE = Number(process.env['BENCH_PROXY_SCALE'] ?? 1);
const scaled = (n: number) => Math.max(10, Math.round(n * SCALE));
/** Timed requests per run (after a warm-up that opens every socket), by concurrency. */
const LOADS = [
  { concurrency: 1, requests: scaled(2000), warmup: scaled(500) },
  { concurrency: 100, requests: scaled(5000), warmup: scaled(2000) },
  { concurrency: 1000, requests: scaled(5000), warmup: scaled(2000) },
];
// BENCH_PROXY_CONCURRENCY=1000 runs only those; BENCH_PROXY_MEMORY=0 skips the memory run (both for trying a fix).
const CONCURRENCIES = process.env['BENCH_PROXY_CONCURRENCY']?.split(',').map(Number);
const WITH_MEMORY = process.env['BENCH_PROXY_MEMORY'] !== '0';
const MEMORY = { requests: scaled(100_000), sampleEvery: scaled(10_000), concurrency: 100, warmup: scaled(10_000) };
const ACCOUNT = '5f9a0c1b2d3e4f5a6b7c8d01'; // SIMULATED_ACCOUNTS.available
const USER = { 'x-bench-user': 'bench-user' };
const progress = (text: string) => process.stderr.write(`  ${text}\n`);

interface Child {
  line: Record<string, unknown>;
  stop(): Promise<void>;
}

/** Starts `script` under tsx and resolves with the JSON it prints first. */
async function start(script: string, args: string[], nodeArgs: string[] = []): Promise<Child> {
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', `${root}${script}`, ...args], {
    cwd: root,
    env: { ...process.env, BENCH_ACCOUNT: ACCOUNT },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`${script} exited (${code})`)));
  });
  return {
    line: JSON.parse(line) as Record<string, unknown>,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** One load run; answers that are not 200 are counted, not thrown: at 1,000 in flight they are a finding. */
async function load(config: LoadConfig): Promise<LoadResult> {
  const child = await start('bench/proxy-load.ts', [JSON.stringify(config)]);
  await child.stop();
  const result = child.line as unknown as LoadResult;
  if (result.errors > 0 || result.failure) progress(`${config.targets[0]!.url}: ${JSON.stringify({ statuses: result.statuses, errorCodes: result.errorCodes, failure: result.failure })}`);
  return result;
}

const failures = (runs: LoadResult[]) =>
  runs.reduce((sum, r) => sum + r.errors + Object.entries(r.statuses).reduce((n, [status, count]) => n + (status === '200' ? 0 : count), 0), 0);

/** The same two reads either way: account details and a transactions page. */
function targets(upstream: string, secretKey: string, proxy: string) {
  return {
    direct: [
      { url: `${upstream}/v2/accounts/${ACCOUNT}`, headers: { 'mono-sec-key': secretKey } },
      { url: `${upstream}/v2/accounts/${ACCOUNT}/transactions?page=1`, headers: { 'mono-sec-key': secretKey } },
    ],
    proxy: [
      { url: `${proxy}/api/mono/accounts/${ACCOUNT}`, headers: USER },
      { url: `${proxy}/api/mono/accounts/${ACCOUNT}/transactions?page=1`, headers: USER },
    ],
  };
}

interface Arm {
  p50: Figure;
  p99: Figure;
  requestsPerSecond: Figure;
  /** Requests over all rounds that got no 200 (socket errors included), and what they were. */
  failed: number;
  failures: { statuses: Record<string, number>; errorCodes: Record<string, number>; failure?: string }[];
}

const arm = (runs: LoadResult[]): Arm => ({
  p50: figure(runs.map((r) => r.p50)),
  p99: figure(runs.map((r) => r.p99)),
  requestsPerSecond: figure(runs.map((r) => r.requestsPerSecond)),
  failed: failures(runs),
  failures: runs.filter((r) => failures([r]) > 0).map(({ statuses, errorCodes, failure }) => ({ statuses, errorCodes, failure })),
});

async function startProxy(upstream: Child) {
  const child = await start('bench/proxy-server.ts', [String(upstream.line['url']), String(upstream.line['secretKey'])], ['--expose-gc']);
  return { child, origin: `http://127.0.0.1:${child.line['port'] as number}` };
}

export async function proxyBench() {
  const upstream = await start('bench/proxy-upstream.ts', []);
  let proxy = await startProxy(upstream);
  try {
    const { direct, proxy: proxied } = targets(String(upstream.line['url']), String(upstream.line['secretKey']), proxy.origin);
    const latency = [];
    for (const { concurrency, requests, warmup } of LOADS.filter((l) => !CONCURRENCIES || CONCURRENCIES.includes(l.concurrency))) {
      const directRuns: LoadResult[] = [];
      const proxyRuns: LoadResult[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        progress(`proxy: ${concurrency} in flight, round ${round + 1} of ${ROUNDS}…`);
        // Alternate which arm goes first, so neither always runs on a warmer machine.
        const order = round % 2 ? (['proxy', 'direct'] as const) : (['direct', 'proxy'] as const);
        for (const which of order) {
          const config = { targets: which === 'direct' ? direct : proxied, concurrency, requests, warmup };
          if (which === 'direct') directRuns.push(await load(config));
          else proxyRuns.push(await load({ ...config, statsUrl: `${proxy.origin}/stats` }));
        }
      }
      const d = arm(directRuns);
      const p = arm(proxyRuns);
      latency.push({
        concurrency,
        requests,
        direct: d,
        proxy: { ...p, cpuMicrosPerRequest: figure(proxyRuns.map((r) => r.cpuMicrosPerRequest!)) },
        addedP50: p.p50.median - d.p50.median,
        addedP99: p.p99.median - d.p99.median,
        bytes: { direct: directRuns[0]!.bytes, proxy: proxyRuns[0]!.bytes },
      });
    }

    if (!WITH_MEMORY) return { rounds: ROUNDS, latency, memory: undefined };
    // A fresh proxy for memory, so the sockets the latency runs left open do not close during it.
    await proxy.child.stop();
    proxy = await startProxy(upstream);
    progress(`proxy: memory over ${MEMORY.requests} requests…`);
    const run = await load({
      targets: targets(String(upstream.line['url']), String(upstream.line['secretKey']), proxy.origin).proxy,
      concurrency: MEMORY.concurrency,
      requests: MEMORY.requests,
      warmup: MEMORY.warmup,
      statsUrl: `${proxy.origin}/stats`,
      sampleEvery: MEMORY.sampleEvery,
    });
    const samples = run.samples!.map(({ requests, heapUsed, rss }) => ({ requests, heapKB: Math.round(heapUsed / 1024), rssKB: Math.round(rss / 1024) }));
    const first = samples[0]!;
    const last = samples.at(-1)!;
    const memory = {
      ...MEMORY,
      samples,
      heapGrowthKB: last.heapKB - first.heapKB,
      rssGrowthKB: last.rssKB - first.rssKB,
      heapMaxKB: Math.max(...samples.map((s) => s.heapKB)),
      heapMinKB: Math.min(...samples.map((s) => s.heapKB)),
    };
    return { rounds: ROUNDS, latency, memory };
  } finally {
    await proxy.child.stop();
    await upstream.stop();
  }
}

export type ProxyFigures = Awaited<ReturnType<typeof proxyBench>>;

/** Rows for the bench's table: through the proxy, then direct. */
export function proxyRows(figures: ProxyFigures): [string, string, string, string][] {
  const rows: [string, string, string, string][] = [];
  for (const { concurrency, direct, proxy, addedP50, addedP99 } of figures.latency) {
    rows.push([`8. proxy, ${concurrency} in flight: p50 ms (direct in comparison; +${addedP50.toFixed(2)} added)`, show(proxy.p50, '', 2), show(direct.p50, '', 2), ratio(proxy.p50, direct.p50)]);
    rows.push([`8. proxy, ${concurrency} in flight: p99 ms (+${addedP99.toFixed(2)} added)`, show(proxy.p99, '', 2), show(direct.p99, '', 2), ratio(proxy.p99, direct.p99)]);
    rows.push([`8. proxy, ${concurrency} in flight: requests/s (proxy CPU ${proxy.cpuMicrosPerRequest.median.toFixed(0)} µs each)`, show(proxy.requestsPerSecond), show(direct.requestsPerSecond), ratio(proxy.requestsPerSecond, direct.requestsPerSecond)]);
    rows.push([`8. proxy, ${concurrency} in flight: requests without a 200, all rounds`, String(proxy.failed), String(direct.failed), '']);
  }
  const { memory } = figures;
  if (memory) rows.push([
    `8. proxy memory over ${memory.requests} requests: heap after GC, first → last (min–max)`,
    `${memory.samples[0]!.heapKB} → ${memory.samples.at(-1)!.heapKB} KB (${memory.heapMinKB}–${memory.heapMaxKB})`,
    `RSS ${memory.samples[0]!.rssKB} → ${memory.samples.at(-1)!.rssKB} KB`,
    '',
  ]);
  return rows;
}

/** Alone (`tsx bench/proxy.ts`): prints the figures and merges them into bench/results.json (or BENCH_PROXY_OUT). */
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { readFileSync, writeFileSync, existsSync } = await import('node:fs');
  const figures = await proxyBench();
  for (const row of proxyRows(figures)) console.log(row.join('  |  '));
  console.log(JSON.stringify(figures.memory?.samples));
  const path = process.env['BENCH_PROXY_OUT'] ?? `${root}bench/results.json`;
  const results = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>) : {};
  writeFileSync(path, `${JSON.stringify({ ...results, proxy: figures }, null, 2)}\n`);
}
