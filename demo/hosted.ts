// Step 1, the other way: Mono's hosted page in the whole window (mode="hosted").
// The button asks /api/mono/link/hosted, the window goes to Mono (the
// simulator's page in the sandbox) and comes back with mono_ref; the button
// finishes the link by itself and the rest of the page follows, as after the widget.
import { $, log, showAccount } from './page.js';

const hosted = $('#link-hosted');
for (const type of ['mono-redirect', 'mono-linked', 'mono-error'] as const) {
  hosted.addEventListener(type, (event) => log(`hosted: ${type} ${JSON.stringify(event.detail)}`));
}
hosted.addEventListener('mono-linked', (event) => showAccount(event.detail.accountId));
