// Registers every element and exports the public API. Importing this module
// touches no `window` or `document`, so it is safe in SSR code.
// The provider first: elements upgraded before it would ask for context unheard.
import './elements/provider/provider.js';
import './elements/link-button/link-button.js';
import './elements/account-status/account-status.js';
import './elements/transactions/transactions.js';
import './elements/account-card/account-card.js';

export { MonoProvider } from './elements/provider/provider.component.js';
export { MonoLinkButton } from './elements/link-button/link-button.component.js';
export { MonoAccountStatus } from './elements/account-status/account-status.component.js';
export { MonoTransactions } from './elements/transactions/transactions.component.js';
export type { TransactionsState } from './elements/transactions/transactions.component.js';
export { MonoAccountCard } from './elements/account-card/account-card.component.js';
export { MonoElement } from './core/mono-element.js';
export { configure, getConfig } from './core/config.js';
export type { MonoConfig } from './core/config.js';
export { monoContext } from './core/context.js';
export type { MonoProvided } from './core/context.js';
// The HTTP fetcher's code loads with its first request, so a page pays for
// it only when an element actually talks to the backend.
export { createLazyHttpFetcher as createHttpFetcher } from './core/default-fetcher.js';
export type { HttpFetcherOptions } from './core/fetcher/http-fetcher.js';
export type { RetryOptions } from './core/fetcher/retry.js';
export { MonoFetchError } from './core/fetcher/errors.js';
export { normaliseDataStatus, isReadable } from './core/fetcher/data-status.js';
export { formatMoney } from './core/format/money.js';
export type * from './core/fetcher/types.js';
export { checkPublicKey } from './core/public-key.js';
export type { WidgetCallbacks, WidgetConfig, WidgetDriver, WidgetHandle, SelectedInstitution } from './core/widget/types.js';
export type { MonoCustomer } from './core/widget/widget-config.js';
export type * from './events/index.js';
