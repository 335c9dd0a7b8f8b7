import { monoMessageType, type MonoWidgetMessage } from './mono-protocol.js';
import type { WidgetDriver } from './types.js';

/** What the coordinator needs of the widget on screen (a link button's flow). */
export interface LiveWidget {
  readonly driver: WidgetDriver;
  /** The frame every accepted message must come from (none while loading). */
  readonly frame: HTMLIFrameElement | null;
  /** A widget message that passed the origin and source checks. */
  receive(message: MonoWidgetMessage): void;
  /** Closes the widget; its owner hears reason `api` unless it already succeeded. */
  close(): void;
}

/**
 * The page's one widget session. Mono's widget is a full-page overlay and
 * connect.js keeps page-global state, so two live sessions could only hand
 * one element's callbacks to another. It also polices `message` events:
 * a message in Mono's protocol reaches connect.js or a driver only when it
 * comes from the live session's frame, at the driver's origin.
 */
export class WidgetCoordinator {
  private live?: LiveWidget;
  private guarding = false;
  private readonly syntheticJudges = new Set<(type: string) => boolean>();

  /** Closes any live widget (its owner hears `api`), then makes `widget` the live one. */
  begin(widget: LiveWidget): void {
    this.live?.close();
    this.guard();
    if (widget.driver.acceptSynthetic) this.syntheticJudges.add(widget.driver.acceptSynthetic);
    this.live = widget;
  }

  /** Whether a widget is loading or on screen. */
  get busy(): boolean {
    return this.live !== undefined;
  }

  /** Called by a widget as it ends. */
  release(widget: LiveWidget): void {
    if (this.live === widget) this.live = undefined;
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
 * the library on one page still keep one session and one guard. (Copies of
 * one version: the coordinator's methods are internal and may change.)
 */
export function widgetCoordinator(): WidgetCoordinator {
  const registry = globalThis as { [GLOBAL_KEY]?: WidgetCoordinator };
  return (registry[GLOBAL_KEY] ??= new WidgetCoordinator());
}
