// npm run bench, live events (DESIGN.md "Live state"): how many concurrent
// SSE subscribers one proxy process holds and what each costs in memory,
// how long a webhook takes to reach them all, and webhook in → event on a
// page in Chromium; with the memory bus (one instance) and with Redis (webhook
// into instance A, page on instance B). Loopback only; every loop is bounded.
import { spawn, type ChildProcess } from 'node:child_process';
import { request as httpRequest, Agent } from 'node:http';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { startRedis } from '../test/node/live/redis-server.js';
import { figure, type Figure } from './stats.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const SUBSCRIBERS = [1000, 5000, 10000].filter((n) => n <= Number(process.env['BENCH_MAX_SUBSCRIBERS'] ?? 10000));
const WEBHOOKS = 30;
const BENCH_SECRET = 'whsec_bench';
const progress = (text: string) => process.stderr.write(`  ${text}\n`);

interface Instance {
  origin: string;
  stats(): Promise<{ rss: number; heapUsed: number; streams: number }>;
  stop(): Promise<void>;
}

async function startInstance(args: string[]): Promise<Instance> {
  const child: ChildProcess = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', `${root}bench/live-server.ts`, ...args], {
    cwd: root,
    env: { ...process.env, BENCH_SECRET },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const line = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`bench/live-server.ts exited (${code})`)));
  });
  const origin = `http://127.0.0.1:${(JSON.parse(line) as { port: number }).port}`;
  return {
    origin,
    stats: async () => (await fetch(`${origin}/stats`)).json(),
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

const webhook = (origin: string, accountId: string, n: number) =>
  fetch(`${origin}/api/mono/webhooks`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'mono-webhook-secret': BENCH_SECRET },
    body: JSON.stringify({ event: 'mono.events.account_updated', event_id: `bench-${Date.now()}-${n}`, data: { account: { _id: accountId }, meta: { data_status: 'AVAILABLE' } } }),
  });

/**
 * Opens `count` event streams (raw HTTP, one socket each) on `origin`, each for
 * its own account and a shared one; resolves once every stream has said
 * `: connected`. `waitAll()` resolves when every stream has seen one more event.
 */
async function openStreams(origin: string, count: number) {
  const agent = new Agent({ keepAlive: false, maxSockets: Infinity });
  const requests: ReturnType<typeof httpRequest>[] = [];
  let onEvent: (() => void) | undefined;
  const opened = await Promise.all(
    Array.from(
      { length: count },
      (_, i) =>
        new Promise<void>((resolve, reject) => {
          const request = httpRequest(`${origin}/api/mono/events?account=shared&account=acct${i}`, { agent }, (response) => {
            if (response.statusCode !== 200) return reject(new Error(`stream ${i}: HTTP ${response.statusCode}`));
            response.setEncoding('utf8');
            response.on('data', (chunk: string) => {
              if (chunk.includes(': connected')) resolve();
              if (chunk.includes('event: ')) onEvent?.();
            });
          });
          request.on('error', reject);
          request.end();
          requests.push(request);
        }),
    ),
  ).then(
    () => count,
    (error: Error) => {
      console.warn(`  ${error.message}`);
      return 0;
    },
  );
  return {
    opened,
    waitAll(timeoutMs = 30000): Promise<number> {
      const started = performance.now();
      let seen = 0;
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`only ${seen}/${count} streams got the event`)), timeoutMs);
        onEvent = () => {
          if (++seen < count) return;
          clearTimeout(timer);
          resolve(performance.now() - started);
        };
      });
    },
    close() {
      for (const request of requests) request.destroy();
      agent.destroy();
    },
  };
}

/** Subscribers one process holds, memory each, and the time for one webhook to reach them all. */
async function fanOut(webhookOrigin: string, streamInstance: Instance) {
  const rows: { subscribers: number; held: number; bytesPerSubscriber: number; rssPerSubscriber: number; fanOutMs: Figure }[] = [];
  for (const count of SUBSCRIBERS) {
    progress(`${count} subscribers…`);
    const before = await streamInstance.stats();
    const streams = await openStreams(streamInstance.origin, count);
    const after = await streamInstance.stats();
    const times: number[] = [];
    for (let run = 0; run < 3 && streams.opened === count; run++) {
      const all = streams.waitAll();
      const sent = performance.now();
      await webhook(webhookOrigin, 'shared', run);
      await all;
      times.push(performance.now() - sent);
    }
    streams.close();
    rows.push({
      subscribers: count,
      held: after.streams - before.streams,
      bytesPerSubscriber: Math.round((after.heapUsed - before.heapUsed) / count),
      rssPerSubscriber: Math.round((after.rss - before.rss) / count),
      fanOutMs: figure(times.length ? times : [NaN]),
    });
    // Let the server see every close before the next size.
    for (let i = 0; i < 100 && (await streamInstance.stats()).streams > 0; i++) await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return rows;
}

/** Webhook POSTed from Node → `message` on a page's EventSource in Chromium, WEBHOOKS times. */
async function toPage(browser: Browser, webhookOrigin: string, pageOrigin: string): Promise<Figure> {
  const page = await browser.newPage();
  await page.goto(`${pageOrigin}/`);
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const w = window as unknown as { times: number[]; source: EventSource };
        w.times = [];
        w.source = new EventSource('/api/mono/events?account=pageacct');
        w.source.addEventListener('account_updated', () => w.times.push(performance.timeOrigin + performance.now()));
        w.source.onopen = () => resolve();
      }),
  );
  const samples: number[] = [];
  progress(`webhook → page, ${WEBHOOKS} times…`);
  for (let n = 0; n < WEBHOOKS; n++) {
    const sent = performance.timeOrigin + performance.now();
    await webhook(webhookOrigin, 'pageacct', n);
    await page.waitForFunction((count) => (window as unknown as { times: number[] }).times.length >= count, n + 1, { timeout: 10000 });
    const received = await page.evaluate((index) => (window as unknown as { times: number[] }).times[index]!, n);
    samples.push(received - sent);
  }
  await page.close();
  return figure(samples);
}

export async function liveBench(browser: Browser) {
  progress('live events: memory bus');
  const single = await startInstance(['memory']);
  let memory;
  try {
    memory = { fanOut: await fanOut(single.origin, single), webhookToPageMs: await toPage(browser, single.origin, single.origin) };
  } finally {
    await single.stop();
  }

  progress('live events: Redis bus, two instances');
  const redis = await startRedis();
  const instances: Instance[] = [];
  try {
    const a = await startInstance(['redis', redis.url]);
    instances.push(a);
    const b = await startInstance(['redis', redis.url]);
    instances.push(b);
    // A failed run must not leave servers behind: the finally below stops them.
    return { memory, redis: { fanOut: await fanOut(a.origin, b), webhookToPageMs: await toPage(browser, a.origin, b.origin) } };
  } finally {
    await Promise.all(instances.map((instance) => instance.stop()));
    await redis.stop();
  }
}

/** Alone (`tsx bench/live.ts`): prints the figures and merges them into bench/results.json. */
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { launchBrowser } = await import('../test/node/e2e/browser.js');
  const { readFileSync, writeFileSync } = await import('node:fs');
  const browser = await launchBrowser();
  try {
    const live = await liveBench(browser);
    console.log(JSON.stringify(live, null, 2));
    const path = `${root}bench/results.json`;
    const results = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    writeFileSync(path, `${JSON.stringify({ ...results, live }, null, 2)}\n`);
  } finally {
    await browser.close();
  }
}
