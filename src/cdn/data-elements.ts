// The CDN file's second chunk: every element that reads account data, loaded
// together the first time one of them is on the page. The provider comes
// first, so the others find it as they upgrade and never start a request on
// the default endpoint before it answers.
import '../elements/provider/provider.js';
import '../elements/account-status/account-status.js';
import '../elements/transactions/transactions.js';
import '../elements/account-card/account-card.js';

export { MonoProvider } from '../elements/provider/provider.component.js';
export { MonoAccountStatus } from '../elements/account-status/account-status.component.js';
export { MonoTransactions } from '../elements/transactions/transactions.component.js';
export { MonoAccountCard } from '../elements/account-card/account-card.component.js';
