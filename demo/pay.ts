// Step 7 of the demo: a payment the backend decides and verifies. The page
// sends only an order id; a tampered amount in the page is refused.
import type { MonoLinkButton } from 'mono-connect-elements';

import { $, log } from './page.js';

const pay = $<MonoLinkButton>('#pay');
// Even an "amount" here changes nothing: the backend's payment() prices order-1043 itself.
pay.payment = { orderId: 'order-1043', amount: 100 };
for (const type of ['mono-success', 'mono-paid', 'mono-error', 'mono-close'] as const) {
  pay.addEventListener(type, (event) => log(`pay: ${type} ${JSON.stringify(event.detail)}`));
}
pay.addEventListener('mono-paid', (event) => {
  const { amount, currency, status } = event.detail;
  const money = new Intl.NumberFormat('en-NG', { style: 'currency', currency }).format(amount / 100);
  $('#paid').textContent = `Verified by the backend: ${status}, ${money}`;
});
pay.addEventListener('mono-error', (event) => {
  $('#paid').textContent = `${event.detail.phase}: ${event.detail.error.message}`;
});

// What a user editing the page in devtools would try: an amount of their own.
$('#tamper').addEventListener('click', () => {
  const tampered = document.createElement('mono-link-button') as MonoLinkButton;
  tampered.scope = 'payments';
  tampered.data = { amount: 100 };
  tampered.addEventListener('mono-error', (event) => {
    log(`tampered: mono-error ${JSON.stringify(event.detail)}`);
    $('#paid').textContent = `Refused (${event.detail.phase}): ${event.detail.error.message}`;
    tampered.remove();
  });
  $('#tamper').after(tampered);
  tampered.open();
});
