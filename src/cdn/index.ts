// Entry of dist/cdn/mono-connect-elements.js: one ES module with Lit inside,
// for a plain <script type="module">. It defines <mono-link-button> at once;
// the data elements' code is a sibling chunk fetched as soon as one of their
// tags is in the document (or on loadDataElements()), and the widget's code
// and connect.js load on the user's intent. All chunks come from dist/cdn/.
import { autoloadDataElements } from './autoload.js';
import '../elements/link-button/link-button.js';

export { loadDataElements, DATA_ELEMENT_TAGS } from './autoload.js';
export { MonoLinkButton } from '../elements/link-button/link-button.component.js';
export type { MonoProvider } from '../elements/provider/provider.component.js';
export type { MonoAccountStatus } from '../elements/account-status/account-status.component.js';
export type { MonoTransactions, TransactionsState } from '../elements/transactions/transactions.component.js';
export type { MonoAccountCard } from '../elements/account-card/account-card.component.js';
export { MonoElement } from '../core/mono-element.js';
export { configure, getConfig } from '../core/config.js';
export type { MonoConfig } from '../core/config.js';
export { monoContext } from '../core/context.js';
export type { MonoProvided } from '../core/context.js';
export { createLazyHttpFetcher as createHttpFetcher } from '../core/default-fetcher.js';
export type { HttpFetcherOptions } from '../core/fetcher/http-fetcher.js';
export type { RetryOptions } from '../core/fetcher/retry.js';
export { MonoFetchError } from '../core/fetcher/errors.js';
export { normaliseDataStatus, isReadable } from '../core/fetcher/data-status.js';
export { formatMoney } from '../core/format/money.js';
export type * from '../core/fetcher/types.js';
export { checkPublicKey } from '../core/public-key.js';
export type { WidgetCallbacks, WidgetConfig, WidgetDriver, WidgetHandle, SelectedInstitution } from '../core/widget/types.js';
export type { MonoCustomer } from '../core/widget/widget-config.js';
export type * from '../events/index.js';

if (typeof document !== 'undefined') autoloadDataElements(document);
