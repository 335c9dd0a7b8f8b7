import type { MonoWidgetEventData, MonoWidgetEventType } from '../../events/mono-event.js';
import { loadConnect, type ConnectInstance } from './connect-loader.js';
import { MONO_WIDGET_ORIGIN, MonoMessage } from './mono-protocol.js';
import type { WidgetCallbacks, WidgetConfig, WidgetDriver, WidgetHandle } from './types.js';

/** The container connect.js shows the widget in. */
export const CONNECT_CONTAINER_ID = 'mono-connect--widget-div';
const FRAME_ID = 'mono-connect--frame-id';

/*
 * connect.js keeps page-global state: callbacks on its shared prototype, one
 * container found by id, and a 2 s timer per open() that shows whatever
 * container exists when it fires, then dispatches a synthetic OPENED message.
 * The bookkeeping below is page-global for the same reason.
 */

/** One entry per open() whose show-timer has not fired yet, oldest first (timers share one delay, so they fire in order). */
const pendingShowTimers: ConnectHandle[] = [];
let current: ConnectHandle | undefined;
/** connect.js appends a `<style>` on every setup(); one is enough. */
let sharedStyle: HTMLStyleElement | undefined;

class ConnectHandle implements WidgetHandle {
  closed = false;
  readonly frame: HTMLIFrameElement | null;

  constructor(private readonly connect: ConnectInstance) {
    this.frame = document.getElementById(FRAME_ID) as HTMLIFrameElement | null;
  }

  close(): void {
    if (this.closed) return;
    // Removes connect.js's message listener, hides the frame, calls onClose.
    this.connect.close();
    this.markClosed();
  }

  /** Also reached when connect.js closes itself (success, or the user left). */
  markClosed(): void {
    this.closed = true;
    if (current === this) current = undefined;
  }
}

function hide(element: HTMLElement | null): void {
  if (!element) return;
  element.style.display = 'none';
  element.style.visibility = 'hidden';
}

/**
 * Judges connect.js's own synthetic messages. A show-timer that belongs to a
 * session already closed would re-show the widget (and report OPENED) after
 * the user left: undo its effect before anything paints, and drop the message.
 */
function acceptConnectSynthetic(type: string): boolean {
  if (type === MonoMessage.loaded) return current !== undefined && !current.closed;
  if (type !== MonoMessage.opened) return false;
  const owner = pendingShowTimers.shift();
  if (owner && owner === current && !owner.closed) return true;
  if (current && !current.closed) {
    // The live session is still in its own 2 s loading phase: keep its
    // overlay and spinner, hide the frame until its own timer shows it.
    hide(current.frame);
  } else {
    hide(document.getElementById(CONNECT_CONTAINER_ID));
    hide(document.getElementById(FRAME_ID));
  }
  return false;
}

function keepOneStyle(before: ReadonlySet<Element>): void {
  for (const style of document.head.querySelectorAll('style')) {
    if (before.has(style)) continue;
    if (sharedStyle?.isConnected) style.remove();
    else sharedStyle = style;
  }
}

function toConnectOptions(config: WidgetConfig): Record<string, unknown> {
  const options: Record<string, unknown> = { scope: config.scope };
  if (config.reference) options['reference'] = config.reference;
  if (config.data && Object.keys(config.data).length > 0) options['data'] = config.data;
  return options;
}

function toSetupConfig(config: WidgetConfig): Record<string, unknown> {
  const setup: Record<string, unknown> = {};
  if (config.selectedInstitution) setup['selectedInstitution'] = config.selectedInstitution;
  if (config.checkAccountMatch) setup['check_account_match'] = true;
  return setup;
}

/** Drives Mono's own connect.js and its hosted widget at https://connect.mono.co. */
export class ConnectJsDriver implements WidgetDriver {
  readonly origin = MONO_WIDGET_ORIGIN;
  readonly acceptSynthetic = acceptConnectSynthetic;

  async preload(): Promise<void> {
    await loadConnect();
  }

  async open(config: WidgetConfig, callbacks: WidgetCallbacks, signal?: AbortSignal): Promise<WidgetHandle> {
    const Connect = await loadConnect();
    signal?.throwIfAborted();
    let handle: ConnectHandle | undefined;
    const connect = new Connect({
      key: config.key,
      ...toConnectOptions(config),
      onSuccess: (data) => callbacks.onSuccess({ ...data }),
      onClose: () => {
        handle?.markClosed();
        callbacks.onClose();
      },
      onLoad: () => callbacks.onLoad(),
      onEvent: (type, data) => callbacks.onEvent(type as MonoWidgetEventType, { ...(data as MonoWidgetEventData) }),
    });
    const stylesBefore = new Set(document.head.querySelectorAll('style'));
    if (config.reauthoriseAccountId) connect.reauthorise(config.reauthoriseAccountId);
    else connect.setup(toSetupConfig(config));
    keepOneStyle(stylesBefore);
    handle = new ConnectHandle(connect);
    current = handle;
    connect.open();
    pendingShowTimers.push(handle);
    return handle;
  }
}

let defaultDriver: ConnectJsDriver | undefined;

/** The page's connect.js driver, created on first use. */
export function connectJsDriver(): ConnectJsDriver {
  return (defaultDriver ??= new ConnectJsDriver());
}
