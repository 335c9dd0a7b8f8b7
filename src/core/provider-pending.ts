import type { MonoFetcher } from './fetcher/types.js';

/**
 * Whether `element` sits inside a `<mono-provider>` that is not defined yet
 * (per-element entries loaded in any order). Such a provider will answer
 * once defined; asking the default endpoint meanwhile would send the
 * account id to a backend the page never chose.
 */
export function insideUndefinedProvider(element: Element): boolean {
  if (typeof customElements === 'undefined' || customElements.get('mono-provider')) return false;
  for (let node: Node | null = element.parentNode; node; node = node instanceof ShadowRoot ? node.host : node.parentNode) {
    if (node instanceof Element && node.localName === 'mono-provider') return true;
  }
  return false;
}

const WARN_AFTER_MS = 5000;
let warned = false;

const waitForAbort = (signal?: AbortSignal): Promise<never> =>
  new Promise((_, reject) => {
    const timer = setTimeout(() => {
      if (warned) return;
      warned = true;
      console.warn(
        'mono-connect-elements: a data element is waiting for its <mono-provider>, which is not defined. ' +
          "Import 'mono-connect-elements/mono-provider.js' (or the whole package).",
      );
    }, WARN_AFTER_MS);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });

/**
 * A fetcher that answers nothing until its call is aborted: what a data
 * element uses while its provider is not defined. When the provider arrives
 * it provides a fetcher, the element's request is superseded (aborted), and
 * the real one goes where the provider says.
 */
export const awaitingProvider: MonoFetcher = {
  exchangeCode: (_code, init) => waitForAbort(init?.signal),
  getAccount: (_accountId, init) => waitForAbort(init?.signal),
  getTransactions: (_accountId, _query, init) => waitForAbort(init?.signal),
};
