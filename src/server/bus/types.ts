import type { MonoLiveEvent } from '../../core/live/live-event.js';

/** A live event as the bus carries it: the SSE `id:` it is sent with, and the event. */
export interface BusEvent {
  /** Unique, and ordered within one bus: what a `Last-Event-ID` names. */
  id: string;
  event: MonoLiveEvent;
}

/** `up`: events flow. `down`: the bus lost its backing store (Redis); streams are closed and new ones refused until `up`. */
export type BusState = 'up' | 'down';

/**
 * Carries live events between the proxy instances of one app: a webhook that
 * lands on instance A reaches a page whose event stream is on instance B.
 * `createMemoryBus()` serves one process; `createRedisBus()`
 * (`mono-connect-elements/server/redis`) serves several.
 */
export interface MonoBus {
  /** Sends `event` to every instance's subscribers, and keeps it for replay. Resolves with its id. */
  publish(event: MonoLiveEvent): Promise<string>;
  /** Calls `listener` for every event published from now on, on any instance. Returns the unsubscribe. */
  subscribe(listener: (event: BusEvent) => void): () => void;
  /**
   * The kept events after `lastId`, oldest first (at most the buffer's size).
   * An id the buffer no longer knows (too old, or from before a restart)
   * gives everything it still holds.
   */
  replay(lastId: string): Promise<BusEvent[]>;
  /** `true` the first time `key` is claimed within `ttlMs`, `false` after: a webhook Mono sends again is published once. */
  claim(key: string, ttlMs: number): Promise<boolean>;
  /** Forgets a claim, when what it guarded could not be done (so Mono's retry gets through). */
  release(key: string): Promise<void>;
  /**
   * Keeps `value` under `key` for `ttlMs`, where every instance can read it
   * (the hosted link's `ref` records). With `onlyIfAbsent`, an existing
   * value is left as it is and the answer is `false`; else `true`.
   */
  put(key: string, value: string, ttlMs: number, onlyIfAbsent?: boolean): Promise<boolean>;
  /** The value `put` under `key`, or `undefined` when there is none or it expired. */
  get(key: string): Promise<string | undefined>;
  /** Current state, and a listener for changes (returns its removal). */
  readonly state: BusState;
  onState(listener: (state: BusState) => void): () => void;
  /** Releases connections and timers. */
  close(): Promise<void>;
}
