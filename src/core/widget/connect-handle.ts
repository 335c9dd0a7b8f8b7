import type { MonoWidgetEventData, MonoWidgetEventType } from '../../events/mono-event.js';
import type { ConnectInstance, ConnectOptions } from './connect-loader.js';
import { MonoMessage } from './mono-protocol.js';
import type { WidgetCallbacks, WidgetHandle } from './types.js';

/** The container connect.js shows the widget in. */
export const CONNECT_CONTAINER_ID = 'mono-connect--widget-div';
const FRAME_ID = 'mono-connect--frame-id';
const LOADER_ID = 'mono-connect-app-loader';
/** connect.js shows its frame this long after open(), loaded or not: never later than that. */
const CONNECT_SHOW_DELAY_MS = 2000;

/*
 * connect.js keeps page-global state: callbacks on its shared prototype, one
 * container found by id, and (in its own openWidget) a 2 s timer per open()
 * that shows whatever container exists when it fires, focuses the frame and
 * dispatches a synthetic OPENED message. The bookkeeping here is page-global
 * for the same reason.
 */

/** The session on screen (or loading for the screen); a prepared frame is never current. */
let current: ConnectHandle | undefined;
/** Set while this module dispatches OPENED for the frame it has just shown. */
let revealing: ConnectHandle | undefined;
/** Sessions left to connect.js's own 2 s timer (an unknown connect.js build), oldest first. */
const pendingShowTimers: ConnectHandle[] = [];

/** The part of connect.js's internal helpers whose timer we replace. */
interface ConnectUtils {
  openWidget?: unknown;
}

function hide(element: HTMLElement | null): void {
  if (!element) return;
  element.style.display = 'none';
  element.style.visibility = 'hidden';
}

function show(element: HTMLElement, display: string): void {
  element.style.display = display;
  element.style.visibility = 'visible';
}

/** Whether a session of ours is loading or on screen. */
export const sessionLive = (): boolean => current !== undefined && !current.closed;

/**
 * One connect.js instance and the frame its setup() built, from setup to
 * close. It may be prepared on intent (frame loading hidden, no session) and
 * become the session on click; connect.js's callbacks reach the button only
 * while it is the current session.
 */
export class ConnectHandle implements WidgetHandle {
  closed = false;
  readonly frame: HTMLIFrameElement | null;
  private readonly container: HTMLElement | null;
  private callbacks?: WidgetCallbacks;
  private loaded = false;
  /** The frame is on screen (shown by us, not by connect.js's timer). */
  shown = false;
  /** connect.js's LOADED report, kept when the frame loaded before the click. */
  private loadReport?: MonoWidgetEventData;
  private revealTimer?: ReturnType<typeof setTimeout>;

  constructor(private readonly connect: ConnectInstance) {
    this.container = document.getElementById(CONNECT_CONTAINER_ID);
    this.frame = document.getElementById(FRAME_ID) as HTMLIFrameElement | null;
    // After connect.js's own onload (registered first), which reports LOADED.
    this.frame?.addEventListener('load', this.onFrameLoad);
  }

  /** The callbacks connect.js is constructed with: they speak for this handle alone. */
  static callbacksFor(get: () => ConnectHandle | undefined): Pick<ConnectOptions, 'onLoad' | 'onClose' | 'onSuccess' | 'onEvent'> {
    const live = (): WidgetCallbacks | undefined => {
      const handle = get();
      return handle && handle === current && !handle.closed ? handle.callbacks : undefined;
    };
    return {
      onLoad: () => live()?.onLoad(),
      onSuccess: (data) => live()?.onSuccess({ ...data }),
      onClose: () => {
        const handle = get();
        const callbacks = live();
        handle?.markClosed();
        callbacks?.onClose();
      },
      onEvent: (type, data) => {
        const callbacks = live();
        if (callbacks) callbacks.onEvent(type as MonoWidgetEventType, { ...(data as MonoWidgetEventData) });
        else if (type === 'LOADED') get()?.keepLoadReport({ ...data });
      },
    };
  }

  private keepLoadReport(data: MonoWidgetEventData): void {
    if (!this.closed) this.loadReport = data;
  }

  /** Makes this the page's session and opens it: the frame shows as soon as it has loaded. */
  start(callbacks: WidgetCallbacks): void {
    this.callbacks = callbacks;
    current = this;
    // Loaded while prepared: the session still hears LOADED first, as connect.js reports it.
    const report = this.loadReport;
    this.loadReport = undefined;
    if (report) {
      callbacks.onLoad();
      callbacks.onEvent('LOADED', report);
    }
    if (this.closed) return;
    const utils = (Object.getPrototypeOf(this.connect) as { utils?: ConnectUtils }).utils;
    if (!this.frame || !utils || typeof utils.openWidget !== 'function') {
      // Not the connect.js we know: leave its timer be, and judge what it dispatches.
      this.connect.open();
      pendingShowTimers.push(this);
      return;
    }
    // connect.js's open() = openWidget() (overlay, spinner, a 2 s timer that
    // shows the frame) + its message listener. Ours replaces the first for
    // this one call: the frame shows when it has loaded, and no late timer
    // exists to re-show it after close, steal focus or report OPENED twice.
    const openWidget = utils.openWidget;
    utils.openWidget = this.showLoader;
    try {
      this.connect.open();
    } finally {
      utils.openWidget = openWidget;
    }
    // Loaded while prepared: show it now that connect.js listens for OPENED.
    if (this.loaded) this.reveal();
  }

  private readonly showLoader = (): void => {
    if (!this.container) return;
    show(this.container, 'flex');
    const loader = document.getElementById(LOADER_ID);
    if (loader) loader.style.display = 'block';
    // Shown on load (onFrameLoad), or when connect.js would have shown it, whichever comes first.
    if (!this.loaded) this.revealTimer = setTimeout(this.reveal, CONNECT_SHOW_DELAY_MS);
  };

  private readonly onFrameLoad = (): void => {
    this.loaded = true;
    if (this.callbacks && current === this) this.reveal();
  };

  /** Shows the frame, moves focus into it, then reports OPENED as connect.js does: once, when it is visible. */
  private readonly reveal = (): void => {
    if (this.shown || this.closed || current !== this || !this.container || !this.frame) return;
    this.shown = true;
    clearTimeout(this.revealTimer);
    show(this.container, 'flex');
    show(this.frame, 'block');
    const loader = document.getElementById(LOADER_ID);
    if (loader) loader.style.display = 'none';
    this.frame.focus();
    const event = new Event('message') as Event & { data?: unknown };
    event.data = { type: MonoMessage.opened, data: { timestamp: Date.now() } };
    revealing = this;
    try {
      window.dispatchEvent(event);
    } finally {
      revealing = undefined;
    }
  };

  close(): void {
    if (this.closed) return;
    if (this.callbacks) {
      // Removes connect.js's message listener, hides the frame, calls onClose.
      this.connect.close();
    } else {
      // Prepared, never opened: connect.js has no listener to remove. Nothing of it may stay.
      this.container?.remove();
    }
    this.markClosed();
  }

  /** Also reached when connect.js closes itself (success, or the user left). */
  markClosed(): void {
    this.closed = true;
    clearTimeout(this.revealTimer);
    this.frame?.removeEventListener('load', this.onFrameLoad);
    this.loadReport = undefined;
    if (current === this) current = undefined;
  }
}

/**
 * Judges connect.js's own synthetic messages. OPENED is ours when we have
 * just shown the frame. A connect.js show-timer (left running only for a
 * connect.js we do not know) that belongs to a session already closed would
 * re-show the widget after the user left: undo its effect before anything
 * paints, and drop the message.
 */
export function acceptConnectSynthetic(type: string): boolean {
  if (type === MonoMessage.loaded) return sessionLive();
  if (type !== MonoMessage.opened) return false;
  if (revealing) return revealing === current && !revealing.closed;
  const owner = pendingShowTimers.shift();
  if (owner && owner === current && !owner.closed) return true;
  if (current && !current.closed) {
    // Shown by us already: the stray timer only showed what is showing.
    if (current.shown) return false;
    // The live session is still in its own 2 s loading phase: keep its
    // overlay and spinner, hide the frame until its own timer shows it.
    hide(current.frame);
  } else {
    hide(document.getElementById(CONNECT_CONTAINER_ID));
    hide(document.getElementById(FRAME_ID));
  }
  return false;
}
