// `npm start`'s demo, driven as a person would: click, pick a bank, log in,
// and see the account id the backend got by exchanging the code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { watchForErrors } from './browser.js';
import { openDemo, useDemo } from './demo-session.js';

const session = useDemo();

test('the sandbox demo links an account and shows its id, with no keys and no network', async () => {
  const page = await session.browser.newPage();
  const problems = watchForErrors(page);
  const outside: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['127.0.0.1', 'localhost'].includes(url.hostname) && url.protocol !== 'data:' && url.protocol !== 'about:') outside.push(request.url());
  });
  await openDemo(page, session.demo);

  await page.locator('mono-link-button').getByRole('button', { name: 'Link bank account' }).click();
  const widget = page.frameLocator('iframe[title="Mono sandbox widget"]');
  await widget.getByRole('button', { name: 'GTBank' }).click();
  await widget.getByRole('button', { name: 'Log in' }).click();
  await widget.getByRole('button', { name: 'Continue' }).click();

  await page.locator('#account').filter({ hasText: /^[0-9a-f]{24}$/ }).waitFor({ timeout: 10000 });
  assert.match((await page.locator('#code').textContent()) ?? '', /^code_[0-9a-f]{24}$/);

  // Steps 4 and 5: PROCESSING first, then AVAILABLE, then the transactions.
  await page.locator('mono-account-status[status="PROCESSING"]').waitFor();
  await page.locator('mono-account-status[status="AVAILABLE"]').waitFor({ timeout: 10000 });
  await page.locator('mono-transactions[state="ready"]').waitFor({ timeout: 10000 });
  const rows = page.locator('mono-transactions tbody tr');
  assert.equal(await rows.count(), 20);
  assert.match((await rows.first().locator('.amount').textContent()) ?? '', /^[−+]₦[\d,]+\.\d{2} (Debit|Credit)$/);
  await page.locator('mono-transactions').getByRole('button', { name: 'Next' }).click();
  await page.locator('mono-transactions[page="2"][state="ready"]').waitFor();
  assert.match((await page.locator('mono-account-card [part="balance"]').textContent()) ?? '', /₦/);
  assert.deepEqual(outside, [], 'requests left the machine');
  assert.deepEqual(problems, []);
});
