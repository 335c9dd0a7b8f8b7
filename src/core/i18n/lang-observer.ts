import type { ReactiveControllerHost } from 'lit';

/*
 * One MutationObserver for the page, on `lang` attributes only, so a
 * language switch (on <html>, a container, or an element) re-renders the
 * elements. It observes each root an element lives in — the document and
 * every shadow root between — because an observer of the document does not
 * see into shadow trees. The observer holds observed nodes weakly; the set
 * below holds an element only while it is connected.
 */

type Host = ReactiveControllerHost & Element;

const hosts = new Set<Host>();
let observer: MutationObserver | undefined;
const OPTIONS: MutationObserverInit = { subtree: true, attributeFilter: ['lang'] };

/** Re-renders every connected element: a language, an override or a table changed. */
export function relocalize(): void {
  hosts.forEach((host) => host.requestUpdate());
}

/**
 * Follows `lang` changes around a connected element until `unwatchLang`,
 * and re-renders it now: moved while disconnected, it may be in another
 * language.
 */
export function watchLang(host: Host): void {
  hosts.add(host);
  host.requestUpdate();
  observer ??= new MutationObserver(relocalize);
  for (let root: Node = host; root; root = (root as ShadowRoot).host) observer.observe((root = root.getRootNode()), OPTIONS);
}

/** Stops following; called on disconnect, so a removed element is not kept. */
export function unwatchLang(host: Host): void {
  hosts.delete(host);
}

/** How many elements are followed now (tests check that disconnected ones are let go). */
export const watchedCount = (): number => hosts.size;
