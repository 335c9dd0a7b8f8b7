// `npm start`'s demo, step 7: a payment priced and verified by the backend,
// offline, and an amount set in the page refused.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { watchForErrors } from './browser.js';
import { openDemo, useDemo } from './demo-session.js';

const session = useDemo();

test('the sandbox demo takes a verified payment end to end, and refuses an amount set in the page', async () => {
  const page = await session.browser.newPage();
  const problems = watchForErrors(page);
  const toBackend: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/api/mono/')) toBackend.push(`${request.method()} ${new URL(request.url()).pathname} ${request.postData() ?? ''}`);
  });
  await openDemo(page, session.demo);

  await page.locator('#pay').getByRole('button', { name: 'Pay ₦1,500 for order 1043' }).click();
  const widget = page.frameLocator('iframe[title="Mono sandbox widget"]');
  await widget.getByRole('button', { name: 'GTBank' }).click();
  await widget.getByRole('button', { name: 'Log in' }).click();
  await widget.getByRole('button', { name: 'Continue' }).click();
  // The page posted an "amount" of 100 kobo; the backend priced the order at ₦1,500 and Mono verified that.
  await page.locator('#paid').filter({ hasText: 'Verified by the backend: successful, ₦1,500.00' }).waitFor({ timeout: 10000 });
  assert.ok(toBackend.some((line) => line.startsWith('POST /api/mono/payments {"orderId":"order-1043"')));
  assert.ok(toBackend.some((line) => /^GET \/api\/mono\/payments\/demo\d+x\d+ $/.test(line)));
  assert.ok(toBackend.every((line) => !line.includes('22110033445')), 'no identity in a browser request');

  await page.getByRole('button', { name: 'Try an amount set in the page (₦1)' }).click();
  await page.locator('#paid').filter({ hasText: /^Refused \(config\): data\.amount is refused/ }).waitFor();
  assert.deepEqual(problems, []);
});
