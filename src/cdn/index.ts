// Entry of dist/cdn/mono-connect-elements.js: one ES module with Lit inside,
// for a plain <script type="module">. It defines <mono-provider> and
// <mono-link-button> at once, so that a click inside a provider opens the
// widget without waiting for another chunk (an element inside a provider
// that is not defined yet waits for it: see core/provider-pending.ts).
// The data elements' code is a sibling chunk fetched as soon as one
// of their tags is in the document (or on loadDataElements()), and the
// widget's code and connect.js load on the user's intent. All chunks come
// from dist/cdn/.
import { autoloadDataElements } from './autoload.js';
import '../elements/provider/provider.js';
import '../elements/link-button/link-button.js';

export { loadDataElements, loadSpendingSummary } from './autoload.js';
export { MonoProvider } from '../elements/provider/provider.component.js';
export { MonoLinkButton } from '../elements/link-button/link-button.component.js';
export type { MonoAccountStatus } from '../elements/account-status/account-status.component.js';
export type { MonoTransactions, TransactionsState } from '../elements/transactions/transactions.component.js';
export type { MonoAccountCard } from '../elements/account-card/account-card.component.js';
export type { MonoReauthPrompt } from '../elements/reauth-prompt/reauth-prompt.component.js';
export type { MonoInstitutionPicker, InstitutionPickerState } from '../elements/institution-picker/institution-picker.component.js';
export type { MonoAccounts, AccountsState } from '../elements/accounts/accounts.component.js';
export type { MonoSpendingSummary, SpendingSummaryState } from '../elements/spending-summary/spending-summary.component.js';
export type { MonoStatementDownload, StatementDownloadState } from '../elements/statement-download/statement-download.component.js';
export * from '../core/api.js';

if (typeof document !== 'undefined') autoloadDataElements(document);
