import 'mono-connect-elements';
import { configure } from 'mono-connect-elements';
import { createSandboxDriver } from 'mono-connect-elements/testing';
import './pay.ts';
import './accounts-page.ts';
import './hosted.ts';
import { $, log, showAccount } from './page.js';

interface DemoConfig {
  mode: 'sandbox' | 'live';
  publicKey: string;
}

// The demo server says whether it runs on the sandbox or on real Mono.
const config: DemoConfig = await fetch('/api/demo/config').then((r) => r.json());
$('#mode').textContent = config.mode === 'sandbox' ? 'Sandbox: no keys, no network' : 'Live: real Mono';
configure({ publicKey: config.publicKey });
if (config.mode === 'sandbox') {
  // Codes come from the Mono API simulator, so the backend can exchange them.
  configure({
    driver: createSandboxDriver({
      openDelayMs: 400,
      issueCode: async ({ institution, config }) => {
        const response = await fetch('/api/demo/sandbox-code', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          // Re-authorising (the prompt's button): the code is for that account.
          body: JSON.stringify({ institution: institution.id, accountId: config.reauthoriseAccountId }),
        });
        if (!response.ok) throw new Error(`sandbox code: HTTP ${response.status}`);
        return ((await response.json()) as { code: string }).code;
      },
      // A payment: the user authorised the debit of the payment the backend initiated (its id is all the widget gets).
      charge: async ({ config }) => {
        const response = await fetch('/api/demo/sandbox-charge', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ paymentId: config.data?.['payment_id'] }),
        });
        if (!response.ok) throw new Error(`sandbox charge: HTTP ${response.status}`);
        return (await response.json()) as Record<string, unknown>;
      },
    }),
  });
}

const button = $('#link');
for (const type of ['mono-load', 'mono-open', 'mono-event', 'mono-success', 'mono-linked', 'mono-close', 'mono-error'] as const) {
  button.addEventListener(type, (event) => log(`${type} ${JSON.stringify(event.detail)}`));
}
button.addEventListener('mono-success', (event) => ($('#code').textContent = event.detail.code || '(payment)'));
button.addEventListener('mono-linked', (event) => showAccount(event.detail.accountId));
$('#status').addEventListener('mono-status-change', (event) => {
  log(`mono-status-change ${JSON.stringify(event.detail)}`);
  // The card's balance is worth re-reading once the bank's data has arrived.
  if (event.detail.status === 'AVAILABLE') ($('#card') as HTMLElementTagNameMap['mono-account-card']).retry();
});
$('#statement').addEventListener('mono-statement-ready', (event) => log(`mono-statement-ready ${event.detail.period}`));
$('#transactions').addEventListener('mono-transactions-loaded', (event) =>
  log(`mono-transactions-loaded page ${event.detail.page} of ${event.detail.total} transactions`),
);
// The element downloads the file itself; a host could cancel this event and save the rows its own way.
$('#transactions').addEventListener('mono-export', (event) => log(`mono-export ${event.detail.rows.length} rows in ${event.detail.filename}`));
$('#summary').addEventListener('mono-summary-loaded', (event) => {
  const { months, totals } = event.detail;
  log(`mono-summary-loaded ${months} months, ${totals.count} transactions`);
});
button.addEventListener('mono-error', (event) => {
  if (event.detail.phase === 'exchange') $('#account').textContent = `Exchange failed: ${event.detail.error.message}`;
});

// Live updates: the backend's /api/mono/events stream (one per page) tells
// the elements when Mono's webhooks arrive; each reacts by itself.
const reauth = $('#reauth');
reauth.addEventListener('mono-reauth-required', (event) => log(`mono-reauth-required ${JSON.stringify(event.detail)}`));
reauth.addEventListener('mono-reauthorized', (event) => log(`mono-reauthorized ${JSON.stringify(event.detail)}`));
const bankWantsYouBack = $<HTMLButtonElement>('#bank-wants-you-back');
bankWantsYouBack.hidden = config.mode !== 'sandbox';
bankWantsYouBack.addEventListener('click', async () => {
  const accountId = $('#account').textContent ?? '';
  const response = await fetch('/api/demo/require-reauth', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ accountId }),
  });
  log(`the bank ended Mono's access: webhook sent (${response.status})`);
});
