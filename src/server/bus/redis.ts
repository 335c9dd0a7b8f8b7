import { Redis, type RedisOptions } from 'ioredis';
import type { MonoLiveEvent } from '../../core/live/live-event.js';
import type { BusEvent, BusState, MonoBus } from './types.js';

export interface RedisBusOptions {
  /** e.g. `redis://127.0.0.1:6379` or `rediss://user:pass@host:6380/0`. */
  url: string;
  /** Prefix of every key and channel, so several apps can share one Redis. Default `mono:`. */
  prefix?: string;
  /** Events kept (in a Redis stream, trimmed approximately) for `Last-Event-ID` replay. Default 1 000. */
  bufferSize?: number;
  /** Extra ioredis options (TLS, timeouts). The bus sets its own retry and queue behaviour. */
  redis?: RedisOptions;
}

export interface RedisBus extends MonoBus {
  /** Resolves once both connections are ready; rejects after `timeoutMs` (default 10 s). */
  ready(timeoutMs?: number): Promise<void>;
}

/*
 * Append to the replay stream and announce the event in one atomic step, so
 * every instance sees the same id for it: a page may resume on any instance.
 */
const PUBLISH_SCRIPT = `local id = redis.call('XADD', KEYS[1], 'MAXLEN', '~', ARGV[1], '*', 'e', ARGV[2])
redis.call('PUBLISH', KEYS[2], id .. ' ' .. ARGV[2])
return id`;

const STREAM_ID = /^\d{1,20}-\d{1,20}$/;

function parse(id: string, json: string): BusEvent | undefined {
  try {
    const event = JSON.parse(json) as MonoLiveEvent;
    return typeof event?.type === 'string' && typeof event.accountId === 'string' ? { id, event } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A bus for several proxy instances behind a load balancer, on one Redis
 * (7+; streams and `XRANGE` with an exclusive start need 6.2). Two
 * connections: one for commands, one subscribed. When either drops, the
 * state turns `down`: event streams close (pages poll, and reconnect with
 * back-off), webhooks answer 503 (Mono retries); ioredis reconnects by itself
 * and resubscribes, and the state turns `up` again.
 */
export function createRedisBus(options: RedisBusOptions): RedisBus {
  if (typeof options?.url !== 'string' || !options.url) throw new TypeError('createRedisBus: url is required.');
  const prefix = options.prefix ?? 'mono:';
  const bufferSize = Math.max(1, options.bufferSize ?? 1000);
  const stream = `${prefix}events`;
  const channel = `${prefix}events`;
  const connection: RedisOptions = {
    ...options.redis,
    // Fail at once while disconnected, instead of queueing: the routes answer 503 and nobody waits.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    retryStrategy: (times) => Math.min(100 * 2 ** Math.min(times, 5), 3000),
  };
  const commands = new Redis(options.url, connection);
  // Subscribed by hand on every `ready` (below): with no offline queue, ioredis's own
  // resubscription would only remember a subscribe that had already succeeded.
  const subscriber = new Redis(options.url, { ...connection, autoResubscribe: false });
  const listeners = new Set<(event: BusEvent) => void>();
  const stateListeners = new Set<(state: BusState) => void>();
  let state: BusState = 'down';
  let closed = false;
  let subscribed = false;

  const update = () => {
    const next: BusState = !closed && commands.status === 'ready' && subscriber.status === 'ready' && subscribed ? 'up' : 'down';
    if (next === state) return;
    state = next;
    for (const listener of [...stateListeners]) listener(state);
  };
  for (const client of [commands, subscriber]) {
    // Without a listener ioredis prints every failed reconnect; the state says what matters.
    client.on('error', () => {});
    for (const name of ['ready', 'close', 'end', 'reconnecting']) client.on(name, update);
  }
  subscriber.on('message', (from: string, message: string) => {
    if (from !== channel) return;
    const space = message.indexOf(' ');
    const item = space > 0 ? parse(message.slice(0, space), message.slice(space + 1)) : undefined;
    if (!item) return;
    for (const listener of [...listeners]) {
      try {
        listener(item);
      } catch {
        // One broken stream must not stop the others.
      }
    }
  });
  subscriber.on('close', () => {
    subscribed = false;
    update();
  });
  subscriber.on('ready', () => {
    subscriber.subscribe(channel).then(
      () => {
        subscribed = true;
        update();
      },
      // The connection dropped again; the next `ready` tries again.
      () => {},
    );
  });

  return {
    get state() {
      return state;
    },
    async publish(event) {
      return String(await commands.eval(PUBLISH_SCRIPT, 2, stream, channel, String(bufferSize), JSON.stringify(event)));
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async replay(lastId) {
      const entries = STREAM_ID.test(lastId)
        ? await commands.xrange(stream, `(${lastId}`, '+', 'COUNT', bufferSize)
        : await commands.xrange(stream, '-', '+', 'COUNT', bufferSize);
      return entries.flatMap(([id, fields]) => {
        const item = parse(id, fields[fields.indexOf('e') + 1] ?? '');
        return item ? [item] : [];
      });
    },
    async claim(key, ttlMs) {
      return (await commands.set(`${prefix}claim:${key}`, '1', 'PX', Math.max(1, Math.round(ttlMs)), 'NX')) === 'OK';
    },
    async release(key) {
      await commands.del(`${prefix}claim:${key}`);
    },
    async put(key, value, ttlMs, onlyIfAbsent = false) {
      const px = Math.max(1, Math.round(ttlMs));
      const answer = onlyIfAbsent
        ? await commands.set(`${prefix}value:${key}`, value, 'PX', px, 'NX')
        : await commands.set(`${prefix}value:${key}`, value, 'PX', px);
      return answer === 'OK';
    },
    async get(key) {
      return (await commands.get(`${prefix}value:${key}`)) ?? undefined;
    },
    onState(listener) {
      stateListeners.add(listener);
      return () => stateListeners.delete(listener);
    },
    ready(timeoutMs = 10_000) {
      if (state === 'up') return Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => {
          off();
          reject(new Error(`createRedisBus: Redis at ${options.url.replace(/\/\/[^@/]*@/, '//')} was not ready within ${timeoutMs} ms.`));
        }, timeoutMs);
        const off = this.onState((next) => {
          if (next !== 'up') return;
          clearTimeout(timer);
          off();
          resolve();
        });
      });
    },
    async close() {
      closed = true;
      listeners.clear();
      update();
      stateListeners.clear();
      commands.disconnect();
      subscriber.disconnect();
    },
  };
}
