import { oneEvent, waitUntil } from '@open-wc/testing';

/** Records every `mono-…` event an element fires, in order. */
export function recordEvents(target: EventTarget, names: readonly string[]): { type: string; detail: any; target: EventTarget | null }[] {
  const log: { type: string; detail: any; target: EventTarget | null }[] = [];
  for (const name of names) {
    target.addEventListener(name, (event) => log.push({ type: event.type, detail: (event as CustomEvent).detail, target: event.target }));
  }
  return log;
}

export const LINK_EVENTS = ['mono-load', 'mono-open', 'mono-event', 'mono-success', 'mono-linked', 'mono-close', 'mono-error'] as const;

/** Resolves after `ms` milliseconds, for asserting that something does not happen. */
export const settle = (ms = 150): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** connect.js's widget frame, once mounted. */
export function connectFrame(): HTMLIFrameElement | null {
  return document.getElementById('mono-connect--frame-id') as HTMLIFrameElement | null;
}

/**
 * Asks a frame served by test/fixtures/message-relay.html to post messages
 * to this page, so they arrive with that frame's real origin and window.
 */
export function relay(frame: HTMLIFrameElement, ...messages: unknown[]): void {
  frame.contentWindow!.postMessage({ relay: messages }, '*');
}

/** Adds a relay frame at a foreign origin and waits until it is ready. */
export async function addRelayFrame(src: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.src = src;
  const ready = new Promise<void>((resolve) => {
    const onMessage = (event: MessageEvent) => {
      if (event.source === frame.contentWindow && event.data?.relayReady) {
        window.removeEventListener('message', onMessage);
        resolve();
      }
    };
    window.addEventListener('message', onMessage);
  });
  document.body.append(frame);
  await ready;
  return frame;
}

/** Waits until the relay page inside connect.js's frame has loaded. */
export async function waitForConnectFrame(target: EventTarget): Promise<HTMLIFrameElement> {
  await oneEvent(target, 'mono-load');
  await waitUntil(() => connectFrame(), 'connect.js frame mounted');
  return connectFrame()!;
}

declare global {
  // Installed by test/fixtures/window-listeners.js, the first script of every test page.
  var __windowListenerCounts: () => Record<string, number>;
}

/** Listeners on `window` per event type (`message`…), as the page's own bookkeeping counts them. */
export function windowListenerCounts(): Record<string, number> {
  return globalThis.__windowListenerCounts();
}

/** Resources the page has requested whose URL contains `part`. */
export function requestsFor(part: string): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => name.includes(part));
}
