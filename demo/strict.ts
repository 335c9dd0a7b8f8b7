// The strict page: a widget button with fallback="hosted" under a CSP that
// forbids every frame (demo/server.ts sends it). No driver is configured,
// so the button uses Mono's connect.js, whose frame the browser blocks.
import 'mono-connect-elements';
import { configure } from 'mono-connect-elements';

import { $, log } from './page.js';

const button = $('#link');
for (const type of ['mono-error', 'mono-redirect', 'mono-linked'] as const) {
  button.addEventListener(type, (event) => log(`${type} ${JSON.stringify(event.detail)}`));
}
button.addEventListener('mono-linked', (event) => {
  $('#account').textContent = event.detail.accountId;
  $('#card').setAttribute('account-id', event.detail.accountId);
  $('#card').hidden = false;
});

const config = (await fetch('/api/demo/config').then((answer) => answer.json())) as { mode: string; publicKey: string };
$('#mode').textContent = config.mode === 'sandbox' ? 'Sandbox: no keys, no network' : 'Live: real Mono';
configure({ publicKey: config.publicKey });
