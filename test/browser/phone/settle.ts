// Waiting until a story is done drawing, for stories whose data comes from
// the in-memory backend (a few ticks) and for those that stay loading on
// purpose ("Loading", "Processing"): a timeout, not a failure.
import { deepElements } from './layout-checks.js';

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Waits for every Lit element under `root` to finish its pending update. */
export async function updatesComplete(root: ParentNode): Promise<void> {
  const pending = [...deepElements(root)].map((element) => (element as Element & { updateComplete?: Promise<unknown> }).updateComplete).filter(Boolean);
  await Promise.all(pending);
}

/** Busy markers and a cheap fingerprint of what is drawn: node count and text length, shadow roots included. */
function snapshot(root: ParentNode): { busy: boolean; fingerprint: string } {
  let busy = false;
  let nodes = 0;
  let text = 0;
  for (const element of deepElements(root)) {
    nodes += 1;
    if (element.getAttribute('aria-busy') === 'true') busy = true;
    if (element.shadowRoot) text += element.shadowRoot.textContent?.length ?? 0;
  }
  text += (root as Node).textContent?.length ?? 0;
  return { busy, fingerprint: `${nodes}:${text}` };
}

/**
 * Resolves once nothing under `root` is `aria-busy` and what is drawn has not
 * changed for `quietMs`, or after `timeoutMs` whatever the state (a story may
 * stay loading). Returns whether it settled.
 */
export async function settle(root: ParentNode, { quietMs = 120, timeoutMs = 2000 } = {}): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  let last = '';
  let since = performance.now();
  while (performance.now() < deadline) {
    await updatesComplete(root);
    await frame();
    const { busy, fingerprint } = snapshot(root);
    if (fingerprint !== last || busy) {
      last = fingerprint;
      since = performance.now();
    } else if (performance.now() - since >= quietMs) {
      return true;
    }
    await sleep(40);
  }
  return false;
}

/** After a width change: container queries apply at once, ResizeObserver-driven layouts a frame or two later. */
export async function relayout(root: ParentNode): Promise<void> {
  await frame();
  await updatesComplete(root);
  await frame();
  await frame();
}
