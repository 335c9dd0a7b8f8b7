import type { MonoLiveEvent } from '../../core/live/live-event.js';
import type { BusEvent, BusState, MonoBus } from './types.js';

export interface MemoryBusOptions {
  /** Events kept for `Last-Event-ID` replay. Default 1 000. */
  bufferSize?: number;
  /** Delivery keys remembered for de-duplication, at most. Default 10 000. */
  maxClaims?: number;
  /** Values kept by `put` (hosted link records), at most; the oldest go first. Default 10 000. */
  maxValues?: number;
}

/**
 * The default bus: one process, no dependencies. Ids are `<boot>-<n>`, so an
 * id from before a restart is recognised as unknown (and the whole buffer is
 * replayed) rather than compared with a counter that started again.
 */
export function createMemoryBus(options: MemoryBusOptions = {}): MonoBus {
  const bufferSize = Math.max(1, options.bufferSize ?? 1000);
  const maxClaims = Math.max(1, options.maxClaims ?? 10_000);
  const boot = Date.now().toString(36);
  const listeners = new Set<(event: BusEvent) => void>();
  const buffer: { n: number; item: BusEvent }[] = [];
  const claims = new Map<string, number>();
  const maxValues = Math.max(1, options.maxValues ?? 10_000);
  const values = new Map<string, { value: string; expires: number }>();
  let counter = 0;

  function forget(now: number): void {
    for (const [key, expires] of claims) if (expires <= now) claims.delete(key);
    // Still full of live keys: the oldest go first (a Map iterates in insertion order).
    for (const key of claims.keys()) {
      if (claims.size < maxClaims) break;
      claims.delete(key);
    }
  }

  function forgetValues(now: number): void {
    for (const [key, entry] of values) if (entry.expires <= now) values.delete(key);
    for (const key of values.keys()) {
      if (values.size < maxValues) break;
      values.delete(key);
    }
  }

  return {
    state: 'up' as BusState,
    async publish(event: MonoLiveEvent) {
      const n = ++counter;
      const item = { id: `${boot}-${n}`, event };
      buffer.push({ n, item });
      if (buffer.length > bufferSize) buffer.shift();
      for (const listener of [...listeners]) {
        try {
          listener(item);
        } catch {
          // One broken stream must not stop the others.
        }
      }
      return item.id;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async replay(lastId: string) {
      const match = /^([0-9a-z]+)-(\d+)$/.exec(lastId);
      const n = match && match[1] === boot ? Number(match[2]) : undefined;
      const oldest = buffer[0]?.n ?? counter + 1;
      // Known and not evicted: only what came after it. Else all that is kept.
      const after = n !== undefined && n >= oldest - 1 ? n : 0;
      return buffer.filter((entry) => entry.n > after).map((entry) => entry.item);
    },
    async claim(key: string, ttlMs: number) {
      const now = Date.now();
      const expires = claims.get(key);
      if (expires !== undefined && expires > now) return false;
      if (claims.size >= maxClaims) forget(now);
      claims.delete(key);
      claims.set(key, now + ttlMs);
      return true;
    },
    async release(key: string) {
      claims.delete(key);
    },
    async put(key: string, value: string, ttlMs: number, onlyIfAbsent = false) {
      const now = Date.now();
      const entry = values.get(key);
      if (onlyIfAbsent && entry && entry.expires > now) return false;
      if (values.size >= maxValues) forgetValues(now);
      values.delete(key);
      values.set(key, { value, expires: now + Math.max(1, ttlMs) });
      return true;
    },
    async get(key: string) {
      const entry = values.get(key);
      if (!entry) return undefined;
      if (entry.expires > Date.now()) return entry.value;
      values.delete(key);
      return undefined;
    },
    onState: () => () => {},
    async close() {
      listeners.clear();
      values.clear();
    },
  };
}
