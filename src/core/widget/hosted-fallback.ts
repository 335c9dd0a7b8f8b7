/*
 * How a widget button with `fallback="hosted"` learns that the widget
 * cannot load because the page's Content-Security-Policy forbids its frame
 * (`frame-src` without https://connect.mono.co): the browser blocks the
 * frame without an error anyone can catch, and reports a
 * `securitypolicyviolation` on the document. A policy is fixed for the
 * page's life, so a block seen once (even for a frame prepared on hover)
 * holds for every later open.
 */

const FRAME_DIRECTIVES = /^(frame-src|child-src|default-src)$/;
const blocked = new Set<string>();
const watchers = new Set<{ origin: string; alive: () => boolean; onBlocked: () => void }>();
let listening = false;

function originOf(uri: string): string | undefined {
  try {
    return new URL(uri).origin;
  } catch {
    return undefined;
  }
}

function listen(): void {
  if (listening || typeof document === 'undefined') return;
  listening = true;
  document.addEventListener('securitypolicyviolation', (event) => {
    const origin = originOf(event.blockedURI);
    if (!origin || !FRAME_DIRECTIVES.test(event.effectiveDirective || event.violatedDirective)) return;
    blocked.add(origin);
    for (const watcher of watchers) {
      if (!watcher.alive()) watchers.delete(watcher);
      else if (watcher.origin === origin) watcher.onBlocked();
    }
  });
}

// From the moment the widget code loads, so a frame built on intent is seen too.
listen();

/**
 * Calls `onBlocked` (at most once) when the page's CSP has blocked, or
 * blocks while `alive()`, a frame from `origin`. A sandbox frame (origin
 * `null`, a srcdoc document) is never fetched, so never blocked.
 */
export function watchFrameBlocked(origin: string, alive: () => boolean, onBlocked: () => void): void {
  if (origin === 'null') return;
  for (const watcher of watchers) if (!watcher.alive()) watchers.delete(watcher);
  let called = false;
  const once = () => {
    if (called || !alive()) return;
    called = true;
    onBlocked();
  };
  if (blocked.has(origin)) {
    queueMicrotask(once);
    return;
  }
  watchers.add({ origin, alive: () => !called && alive(), onBlocked: once });
}
