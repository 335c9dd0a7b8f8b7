import 'mono-connect-elements';

// The account id comes from the URL, as a page would get it from its app state.
const accountId = new URLSearchParams(location.search).get('account')!;
for (const element of document.querySelectorAll('mono-account-status, mono-account-card, mono-transactions')) {
  element.setAttribute('account-id', accountId);
}
