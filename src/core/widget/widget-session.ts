import type { MonoCloseReason } from '../../events/mono-close.js';
import type { MonoErrorInfo } from '../../events/mono-error.js';
import type { MonoWidgetEventData, MonoWidgetEventType } from '../../events/mono-event.js';
import { monoMessageType, type MonoWidgetMessage } from './mono-protocol.js';
import type { WidgetCallbacks, WidgetConfig, WidgetDriver, WidgetHandle } from './types.js';

/** What the owner of a session hears; every call is for its own session only. */
export interface SessionCallbacks {
  onLoad(): void;
  onEvent(type: MonoWidgetEventType, data: MonoWidgetEventData): void;
  onSuccess(data: Record<string, unknown>): void;
  onClose(reason: MonoCloseReason): void;
  onError(error: MonoErrorInfo): void;
}

/** One widget on screen, from open to close. */
export class WidgetSession {
  private handle?: WidgetHandle;
  private ended = false;
  private reason: MonoCloseReason = 'user';
  private readonly loading = new AbortController();

  constructor(
    private readonly coordinator: WidgetCoordinator,
    readonly driver: WidgetDriver,
    private readonly callbacks: SessionCallbacks,
  ) {}

  get active(): boolean {
    return !this.ended;
  }

  /** The frame every accepted message must come from (none while loading). */
  get frame(): HTMLIFrameElement | null {
    return this.handle?.frame ?? null;
  }

  /** Closes the widget; the owner hears `onClose('api')` unless it already succeeded. */
  close(): void {
    if (this.ended) return;
    if (this.reason !== 'success') this.reason = 'api';
    if (this.handle) this.handle.close();
    else this.loading.abort();
    // A driver whose close() did not report back still ends the session.
    this.finish();
  }

  receive(message: MonoWidgetMessage): void {
    if (!this.ended) this.handle?.receive?.(message);
  }

  async mount(config: WidgetConfig): Promise<void> {
    // Callbacks from a session that has ended are dropped here: connect.js
    // keeps callbacks on a shared prototype, so a late one may not be ours.
    const guarded: WidgetCallbacks = {
      onLoad: () => this.active && this.callbacks.onLoad(),
      onEvent: (type, data) => this.active && this.callbacks.onEvent(type, data),
      onSuccess: (data) => {
        if (!this.active) return;
        this.reason = 'success';
        this.callbacks.onSuccess(data);
      },
      onClose: () => this.finish(),
      onError: (error) => {
        if (!this.active) return;
        this.callbacks.onError(error);
        this.close();
      },
    };
    let handle: WidgetHandle;
    try {
      handle = await this.driver.open(config, guarded, this.loading.signal);
    } catch (error) {
      if (!this.active) return;
      this.callbacks.onError({
        code: 'WIDGET_LOAD_FAILED',
        message: `The Mono widget could not be loaded: ${error instanceof Error ? error.message : String(error)}`,
      });
      this.finish();
      return;
    }
    if (!this.active) {
      handle.close();
      return;
    }
    this.handle = handle;
  }

  private finish(): void {
    if (this.ended) return;
    this.ended = true;
    this.coordinator.release(this);
    this.callbacks.onClose(this.reason);
  }
}

/**
 * The page's one widget session. Mono's widget is a full-page overlay and
 * connect.js keeps page-global state, so two live sessions could only hand
 * one element's callbacks to another. It also polices `message` events:
 * a message in Mono's protocol reaches connect.js or a driver only when it
 * comes from the live session's frame, at the driver's origin.
 */
export class WidgetCoordinator {
  private live?: WidgetSession;
  private guarding = false;
  private readonly syntheticJudges = new Set<(type: string) => boolean>();

  /** The live session, if any. */
  get current(): WidgetSession | undefined {
    return this.live;
  }

  /** Closes any live session (its owner hears `api`), then opens a new one. */
  open(driver: WidgetDriver, config: WidgetConfig, callbacks: SessionCallbacks): WidgetSession {
    this.live?.close();
    this.guard();
    if (driver.acceptSynthetic) this.syntheticJudges.add(driver.acceptSynthetic);
    const session = new WidgetSession(this, driver, callbacks);
    this.live = session;
    void session.mount(config);
    return session;
  }

  release(session: WidgetSession): void {
    if (this.live === session) this.live = undefined;
  }

  private guard(): void {
    if (this.guarding) return;
    this.guarding = true;
    // Capture on window runs before connect.js's own (bubble) listener, so a
    // forged message is stopped before connect.js can act on it. One listener
    // for the page's lifetime: nothing accumulates however often widgets open.
    window.addEventListener('message', this.onMessage, { capture: true });
  }

  private readonly onMessage = (event: Event): void => {
    const data = (event as MessageEvent).data;
    const type = monoMessageType(data);
    if (!type) return;
    const live = this.live;
    if (event instanceof MessageEvent && event.isTrusted) {
      const frame = live?.frame;
      if (live && frame && event.source === frame.contentWindow && event.origin === live.driver.origin) {
        live.receive(data as MonoWidgetMessage);
        return;
      }
    } else if (!(event instanceof MessageEvent)) {
      // connect.js dispatches a few messages on window itself.
      let accepted = false;
      for (const judge of this.syntheticJudges) accepted = judge(type) || accepted;
      if (accepted) return;
    }
    event.stopImmediatePropagation();
  };
}

const GLOBAL_KEY = Symbol.for('mono-connect-elements.widget-coordinator');

/**
 * The page's coordinator, shared through `globalThis` so that two copies of
 * the library on one page still keep one session and one guard.
 */
export function widgetCoordinator(): WidgetCoordinator {
  const registry = globalThis as { [GLOBAL_KEY]?: WidgetCoordinator };
  return (registry[GLOBAL_KEY] ??= new WidgetCoordinator());
}
