/** The tags whose code the CDN file loads only once one is on the page. */
const DATA_ELEMENT_TAGS = ['mono-account-status', 'mono-transactions', 'mono-account-card', 'mono-reauth-prompt', 'mono-institution-picker', 'mono-statement-download', 'mono-accounts'] as const;

type DataElements = typeof import('./data-elements.js');

let loading: Promise<DataElements> | undefined;

/**
 * Defines `<mono-account-status>`, `<mono-transactions>`,
 * `<mono-account-card>`, `<mono-reauth-prompt>`, `<mono-institution-picker>`,
 * `<mono-statement-download>` and `<mono-accounts>` now, and resolves with
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

type SpendingSummaryChunk = typeof import('./spending-summary.js');

let loadingSummary: Promise<SpendingSummaryChunk> | undefined;

/**
 * Defines `<mono-spending-summary>` now and resolves with its class. Its own
 * chunk (charts, and d3-array's tick maths): a page with a table of
 * transactions but no summary never downloads them. Called by itself when
 * the tag appears in the document, as `loadDataElements()` is.
 */
export function loadSpendingSummary(): Promise<SpendingSummaryChunk> {
  loadingSummary ??= import('./spending-summary.js').catch((error: unknown) => {
    loadingSummary = undefined;
    throw error;
  });
  return loadingSummary;
}

/**
 * Watches the document for `selector`, as Shoelace's autoloader does, and
 * calls `load` once one such element is there. Stops watching once the
 * code has loaded, since later elements upgrade by themselves.
 */
function autoload(root: Document, selector: string, load: () => Promise<unknown>, what: string): void {
  const holds = (node: Node): boolean => node instanceof Element && (node.matches(selector) || node.querySelector(selector) !== null);
  const start = () => {
    observer.disconnect();
    load().catch((error: unknown) => {
      console.error(`mono-connect-elements: could not load ${what}.`, error);
      watch();
    });
  };
  const observer = new MutationObserver((records) => {
    if (records.some((record) => [...record.addedNodes].some(holds))) start();
  });
  const watch = () => observer.observe(root.documentElement, { childList: true, subtree: true });
  if (root.querySelector(selector)) start();
  else watch();
}

/**
 * Loads each lazy chunk when one of its tags is in the document: a page
 * with only a link button never downloads tables, cards or charts.
 */
export function autoloadDataElements(root: Document): void {
  autoload(root, DATA_ELEMENT_TAGS.join(','), loadDataElements, 'the data elements');
  autoload(root, 'mono-spending-summary', loadSpendingSummary, '<mono-spending-summary>');
}
