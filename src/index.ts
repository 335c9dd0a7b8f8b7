// Registers every element and exports the public API. Importing this module
// touches no `window` or `document`, so it is safe in SSR code.
// Any order works: an element inside a <mono-provider> that is not defined
// yet waits for it (core/provider-pending.ts).
import './elements/provider/provider.js';
import './elements/link-button/link-button.js';
import './elements/account-status/account-status.js';
import './elements/transactions/transactions.js';
import './elements/account-card/account-card.js';
import './elements/reauth-prompt/reauth-prompt.js';
import './elements/institution-picker/institution-picker.js';
import './elements/accounts/accounts.js';
import './elements/spending-summary/spending-summary.js';
import './elements/statement-download/statement-download.js';

export { MonoProvider } from './elements/provider/provider.component.js';
export { MonoLinkButton } from './elements/link-button/link-button.component.js';
export { MonoAccountStatus } from './elements/account-status/account-status.component.js';
export { MonoTransactions } from './elements/transactions/transactions.component.js';
export type { TransactionsState } from './elements/transactions/transactions.component.js';
export { MonoAccountCard } from './elements/account-card/account-card.component.js';
export { MonoReauthPrompt } from './elements/reauth-prompt/reauth-prompt.component.js';
export type { ReauthState } from './elements/reauth-prompt/reauth-prompt.component.js';
export { MonoInstitutionPicker } from './elements/institution-picker/institution-picker.component.js';
export type { InstitutionPickerState } from './elements/institution-picker/institution-picker.component.js';
export { MonoAccounts } from './elements/accounts/accounts.component.js';
export type { AccountsState } from './elements/accounts/accounts.component.js';
export { MonoSpendingSummary } from './elements/spending-summary/spending-summary.component.js';
export type { SpendingSummaryState } from './elements/spending-summary/spending-summary.component.js';
export { summarise, topCategories, summaryPeriod, monthOf, normaliseCategory, OTHER } from './core/transactions/summary.js';
export type { SpendingSummary, MonthTotals, CategoryTotal, OtherCategories, SummaryTotals, SummaryPeriod, MonthKey } from './core/transactions/summary.js';
export { MonoStatementDownload } from './elements/statement-download/statement-download.component.js';
export type { StatementDownloadState } from './elements/statement-download/statement-download.component.js';
export * from './core/api.js';
// Not in the CDN file (core/api.ts): a page that does not export pays nothing for them.
export { fetchAllTransactions, TooManyPagesError, DEFAULT_MAX_PAGES } from './core/transactions/fetch-all.js';
export type { AllTransactions, FetchAllOptions, FetchAllProgress, SkippedPageRow, TransactionPageSource } from './core/transactions/fetch-all.js';
export { transactionsToCsv, CSV_COLUMNS } from './core/transactions/csv.js';
export type { CsvOptions } from './core/transactions/csv.js';
