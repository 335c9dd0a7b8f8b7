// <mono-transactions> through its npm entry, as a bundler builds it, on the
// default fetcher (/api/mono, the proxy). The account comes from the URL.
import 'mono-connect-elements/mono-transactions.js';

document.querySelector('mono-transactions')!.setAttribute('account-id', new URLSearchParams(location.search).get('account')!);
