/** The tags whose code the CDN file loads only once one is on the page. */
const DATA_ELEMENT_TAGS = ['mono-account-status', 'mono-transactions', 'mono-account-card', 'mono-reauth-prompt', 'mono-institution-picker'] as const;

type DataElements = typeof import('./data-elements.js');

let loading: Promise<DataElements> | undefined;

/**
 * Defines `<mono-account-status>`, `<mono-transactions>`,
 * `<mono-account-card>`, `<mono-reauth-prompt>` and
 * `<mono-institution-picker>` now, and resolves with
 * their classes. The CDN
 * file calls it by itself when one of those tags appears in the document;
 * call it yourself for elements the document cannot see (inside another
 * component's shadow root), or to fetch the code ahead of time.
 */
export function loadDataElements(): Promise<DataElements> {
  loading ??= import('./data-elements.js').catch((error: unknown) => {
    // A failed fetch (offline, a replaced deploy) is tried again next time.
    loading = undefined;
    throw error;
  });
  return loading;
}

const selector = DATA_ELEMENT_TAGS.join(',');

const holdsDataElement = (node: Node): boolean =>
  node instanceof Element && (node.matches(selector) || node.querySelector(selector) !== null);

/**
 * Watches the document for the data elements' tags, as Shoelace's autoloader
 * does: a page with only a link button never downloads tables and cards.
 * Stops watching once the code has loaded, since later elements upgrade by
 * themselves.
 */
export function autoloadDataElements(root: Document): void {
  const load = () => {
    observer.disconnect();
    loadDataElements().catch((error: unknown) => {
      console.error('mono-connect-elements: could not load the data elements.', error);
      watch();
    });
  };
  const observer = new MutationObserver((records) => {
    if (records.some((record) => [...record.addedNodes].some(holdsDataElement))) load();
  });
  const watch = () => observer.observe(root.documentElement, { childList: true, subtree: true });
  if (root.querySelector(selector)) load();
  else watch();
}
