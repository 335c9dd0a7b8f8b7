import { LIVE_EVENT_TYPES, type MonoLiveEvent } from './live-event.js';

export type LiveListener = (event: MonoLiveEvent) => void;

/** The parts of `EventSource` used here, so a test or a host can pass its own. */
export interface EventSourceLike {
  readonly readyState: number;
  onopen: ((event: Event) => void) | null;
  onerror: ((event: Event) => void) | null;
  addEventListener(type: string, listener: (event: MessageEvent) => void): void;
  close(): void;
}
export type EventSourceConstructor = new (url: string, init?: { withCredentials?: boolean }) => EventSourceLike;

interface Subscription {
  accounts: ReadonlySet<string>;
  listener: LiveListener;
}

const CLOSED = 2;
const FIRST_RETRY_MS = 1000;
const MAX_RETRY_MS = 30_000;

/**
 * One `EventSource` for every element on a page that reads the same
 * backend: it is opened for the union of the accounts subscribed, reopened
 * (with `lastEventId`, so nothing is missed) when that set changes, and
 * closed when nobody listens. The browser reconnects a dropped stream by
 * itself; a stream it gave up on (the server answered 403 or 503) is reopened
 * here with exponential back-off and jitter, up to 30 s apart.
 */
export class LiveStream {
  private readonly subscriptions = new Set<Subscription>();
  private source?: EventSourceLike;
  private openFor = '';
  private lastEventId?: string;
  private attempt = 0;
  private retryTimer?: ReturnType<typeof setTimeout>;
  private reconcileQueued = false;

  constructor(
    private readonly eventsUrl: string,
    private readonly EventSourceClass: EventSourceConstructor,
    private readonly withCredentials: boolean,
  ) {}

  subscribe(accountIds: readonly string[], listener: LiveListener, signal?: AbortSignal): void {
    if (signal?.aborted) return;
    const subscription: Subscription = { accounts: new Set(accountIds.filter((id) => typeof id === 'string' && id)), listener };
    if (subscription.accounts.size === 0) return;
    this.subscriptions.add(subscription);
    signal?.addEventListener(
      'abort',
      () => {
        this.subscriptions.delete(subscription);
        this.queueReconcile();
      },
      { once: true },
    );
    this.queueReconcile();
  }

  /** Elements subscribe one by one as they connect: one reopen for all of them. */
  private queueReconcile(): void {
    if (this.reconcileQueued) return;
    this.reconcileQueued = true;
    queueMicrotask(() => {
      this.reconcileQueued = false;
      this.reconcile();
    });
  }

  private reconcile(): void {
    const wanted = [...new Set([...this.subscriptions].flatMap((subscription) => [...subscription.accounts]))].sort();
    const key = wanted.join(',');
    if (key === this.openFor && (this.source || this.retryTimer !== undefined)) return;
    this.shut();
    this.openFor = key;
    this.attempt = 0;
    if (wanted.length > 0) this.open(wanted);
  }

  private shut(): void {
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    this.source?.close();
    this.source = undefined;
  }

  private open(accounts: string[]): void {
    const url = new URL(this.eventsUrl);
    for (const id of accounts) url.searchParams.append('account', id);
    if (this.lastEventId) url.searchParams.set('lastEventId', this.lastEventId);
    let source: EventSourceLike;
    try {
      source = new this.EventSourceClass(url.href, { withCredentials: this.withCredentials });
    } catch {
      return this.retryLater(accounts);
    }
    this.source = source;
    source.onopen = () => {
      this.attempt = 0;
    };
    source.onerror = () => {
      // CONNECTING: the browser is retrying by itself. CLOSED: it gave up.
      if (source !== this.source || source.readyState !== CLOSED) return;
      source.close();
      this.source = undefined;
      this.retryLater(accounts);
    };
    for (const type of LIVE_EVENT_TYPES) source.addEventListener(type, (message) => this.deliver(type, message));
  }

  private retryLater(accounts: string[]): void {
    const ceiling = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** this.attempt++);
    const delay = ceiling / 2 + Math.random() * (ceiling / 2);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      this.open(accounts);
    }, delay);
  }

  private deliver(type: MonoLiveEvent['type'], message: MessageEvent): void {
    if (message.lastEventId) this.lastEventId = message.lastEventId;
    let payload: unknown;
    try {
      payload = JSON.parse(String(message.data));
    } catch {
      return;
    }
    if (typeof payload !== 'object' || payload === null) return;
    const event = { ...payload, type } as MonoLiveEvent;
    if (typeof event.accountId !== 'string') return;
    for (const subscription of [...this.subscriptions]) {
      if (!subscription.accounts.has(event.accountId)) continue;
      try {
        subscription.listener(event);
      } catch (error) {
        // A listener's bug must not silence the others.
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  }
}

const streams = new Map<string, LiveStream>();

/**
 * The page's stream for `eventsUrl` (absolute), shared by every fetcher that
 * speaks to the same backend; `undefined` where there is no `EventSource`
 * (server rendering, old runtimes): elements then only poll.
 */
export function liveStreamFor(eventsUrl: string, withCredentials: boolean, EventSourceClass?: EventSourceConstructor): LiveStream | undefined {
  const Source = EventSourceClass ?? (globalThis as { EventSource?: EventSourceConstructor }).EventSource;
  if (!Source) return undefined;
  // A class passed in (a test double, a polyfill) gets its own stream, never the page's shared one.
  if (EventSourceClass) return new LiveStream(eventsUrl, Source, withCredentials);
  const key = `${withCredentials ? 'cred' : 'anon'} ${eventsUrl}`;
  let stream = streams.get(key);
  if (!stream) streams.set(key, (stream = new LiveStream(eventsUrl, Source, withCredentials)));
  return stream;
}
