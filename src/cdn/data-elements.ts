// The CDN file's second chunk: every element that reads account data, loaded
// together the first time one of them is on the page. <mono-provider> is in
// the main file.
import '../elements/account-status/account-status.js';
import '../elements/transactions/transactions.js';
import '../elements/account-card/account-card.js';
import '../elements/reauth-prompt/reauth-prompt.js';
import '../elements/institution-picker/institution-picker.js';
import '../elements/accounts/accounts.js';
import '../elements/statement-download/statement-download.js';

export { MonoAccountStatus } from '../elements/account-status/account-status.component.js';
export { MonoTransactions } from '../elements/transactions/transactions.component.js';
export { MonoAccountCard } from '../elements/account-card/account-card.component.js';
export { MonoReauthPrompt } from '../elements/reauth-prompt/reauth-prompt.component.js';
export { MonoInstitutionPicker } from '../elements/institution-picker/institution-picker.component.js';
export { MonoAccounts } from '../elements/accounts/accounts.component.js';
export { MonoStatementDownload } from '../elements/statement-download/statement-download.component.js';
