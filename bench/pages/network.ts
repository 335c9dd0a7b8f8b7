import { configure } from 'mono-connect-elements';

// The account id comes from the URL, as a page would get it from its app state.
const params = new URLSearchParams(location.search);
const accountId = params.get('account')!;
// The bench's knob: `cache=off` is a page without the response cache; a number
// is a freshness window in ms (to see a revisit after it); anything else the default.
const cache = params.get('cache');
if (cache === 'off') configure({ cache: false });
else if (cache && Number(cache) > 0) configure({ cache: { maxAge: Number(cache) } });
for (const element of document.querySelectorAll('mono-account-status, mono-account-card, mono-transactions')) {
  element.setAttribute('account-id', accountId);
}
