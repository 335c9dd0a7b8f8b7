// Registers every element and exports the public API. Importing this module
// touches no `window` or `document`, so it is safe in SSR code.
import './elements/link-button/link-button.js';

export { MonoLinkButton } from './elements/link-button/link-button.component.js';
export { MonoElement } from './core/mono-element.js';
export { configure, getConfig } from './core/config.js';
export type { MonoConfig } from './core/config.js';
export { monoContext } from './core/context.js';
export type { MonoProvided } from './core/context.js';
export { createHttpFetcher } from './core/fetcher/http-fetcher.js';
export type * from './core/fetcher/types.js';
export { checkPublicKey } from './core/public-key.js';
export type { WidgetCallbacks, WidgetConfig, WidgetDriver, WidgetHandle, SelectedInstitution } from './core/widget/types.js';
export type { MonoCustomer } from './core/widget/widget-config.js';
export type * from './events/index.js';
