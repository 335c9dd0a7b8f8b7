// `npm start`'s demo, step 7: a payment priced and verified by the backend,
// offline, and an amount set in the page refused.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { startDemo, type Demo } from '../../../demo/server.js';
import { launchBrowser, watchForErrors } from './browser.js';

let demo: Demo;
let browser: Browser;

before(async () => {
  demo = await startDemo({ port: 0, processingMs: 1500 });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await demo?.close();
});

test('the sandbox demo takes a verified payment end to end, and refuses an amount set in the page', async () => {
  const page = await browser.newPage();
  const problems = watchForErrors(page);
  const toBackend: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/api/mono/')) toBackend.push(`${request.method()} ${new URL(request.url()).pathname} ${request.postData() ?? ''}`);
  });
  await page.goto(demo.url);
  await page.getByRole('status').filter({ hasText: 'Sandbox' }).waitFor();

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
