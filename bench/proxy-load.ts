// The load generator for bench/proxy.ts, in its own process so its CPU is not
// the proxy's: `tsx bench/proxy-load.ts '<json config>'`. Keeps `concurrency`
// requests in flight over keep-alive sockets (node:http, one socket each),
// times every request from write to last byte, and prints one JSON line.
// With `statsUrl` (the proxy's), it reads the proxy's CPU time before and
// after; with `sampleEvery` too, it pauses every `sampleEvery` requests to
// read the proxy's memory after a full GC (the 100,000-request memory run).
import { Agent, request } from 'node:http';

export interface LoadConfig {
  /** Requests sent in turn, e.g. account details then a transactions page. */
  targets: { url: string; headers?: Record<string, string> }[];
  concurrency: number;
  /** Requests timed, after `warmup` untimed ones (which open the sockets). */
  requests: number;
  warmup: number;
  statsUrl?: string;
  sampleEvery?: number;
}

export interface ProxyStats {
  heapUsed: number;
  rss: number;
  /** CPU time the process has used, in microseconds (user + system). */
  cpuMicros: number;
}

export interface LoadResult {
  p50: number;
  p99: number;
  max: number;
  requestsPerSecond: number;
  errors: number;
  /** Socket errors by code (ECONNRESET…), and the first non-200 body, to say what failed. */
  errorCodes: Record<string, number>;
  failure?: string;
  statuses: Record<string, number>;
  /** Bytes of the last answer to each target, to show both arms return the same kind of thing. */
  bytes: number[];
  samples?: (ProxyStats & { requests: number })[];
  /** Proxy CPU per timed request (µs), when `statsUrl` is given. */
  cpuMicrosPerRequest?: number;
}

const config = JSON.parse(process.argv[2]!) as LoadConfig;
const agent = new Agent({ keepAlive: true, maxSockets: config.concurrency, maxFreeSockets: config.concurrency });
const statuses: Record<string, number> = {};
const bytes: number[] = config.targets.map(() => 0);
let errors = 0;
const errorCodes: Record<string, number> = {};
let failure: string | undefined;

function once(index: number): Promise<number> {
  const target = config.targets[index % config.targets.length]!;
  return new Promise((resolve) => {
    const started = performance.now();
    const req = request(target.url, { agent, headers: target.headers }, (response) => {
      let size = 0;
      response.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (response.statusCode !== 200) failure ??= `${response.statusCode} ${chunk.toString().slice(0, 200)}`;
      });
      response.on('end', () => {
        statuses[response.statusCode!] = (statuses[response.statusCode!] ?? 0) + 1;
        bytes[index % config.targets.length] = size;
        resolve(performance.now() - started);
      });
    });
    req.on('error', (error: NodeJS.ErrnoException) => {
      errors++;
      errorCodes[error.code ?? error.message] = (errorCodes[error.code ?? error.message] ?? 0) + 1;
      resolve(performance.now() - started);
    });
    req.end();
  });
}

/** `count` requests, `concurrency` at a time; their latencies go to `into` from `offset`. */
async function run(count: number, into?: Float64Array, offset = 0): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const index = next++;
      const latency = await once(index);
      if (into) into[offset + index] = latency;
    }
  };
  await Promise.all(Array.from({ length: Math.min(config.concurrency, count) }, worker));
}

async function stats(gc: boolean): Promise<ProxyStats> {
  return (await fetch(`${config.statsUrl!}${gc ? '?gc=1' : ''}`)).json() as Promise<ProxyStats>;
}

const percentile = (sorted: Float64Array, p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

await run(config.warmup);
const latencies = new Float64Array(config.requests);
const samples: NonNullable<LoadResult['samples']> = [];
const sampling = config.statsUrl !== undefined && config.sampleEvery !== undefined;
const step = sampling ? config.sampleEvery! : config.requests;
let measuredMs = 0;
const first = config.statsUrl ? await stats(sampling) : undefined;
if (first && sampling) samples.push({ requests: 0, ...first });
for (let done = 0; done < config.requests; done += step) {
  const batch = Math.min(step, config.requests - done);
  const batchStarted = performance.now();
  await run(batch, latencies, done);
  measuredMs += performance.now() - batchStarted;
  if (sampling) samples.push({ requests: done + batch, ...(await stats(true)) });
}
latencies.sort();
const result: LoadResult = {
  p50: percentile(latencies, 50),
  p99: percentile(latencies, 99),
  max: latencies[latencies.length - 1]!,
  requestsPerSecond: (config.requests / measuredMs) * 1000,
  errors,
  errorCodes,
  failure,
  statuses,
  bytes,
};
if (sampling) result.samples = samples;
// CPU per request only from runs without forced GCs, which would count in it.
else if (first) result.cpuMicrosPerRequest = ((await stats(false)).cpuMicros - first.cpuMicros) / config.requests;
agent.destroy();
console.log(JSON.stringify(result));
