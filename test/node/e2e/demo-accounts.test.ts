// Issue 13 in the sandbox demo, driven as a person would: the signed-in user's
// two accounts are listed; one is refreshed (at once) and the slow bank's
// refresh finishes later through Mono's webhook; one is disconnected through
// the confirm dialog; a bank picked in the picker opens the sandbox widget
// straight on its login and links a third; linking a bank the user already
// has is a re-link that takes the old account's place (duplicateOf).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { watchForErrors } from './browser.js';
import { openDemo, useDemo } from './demo-session.js';

const session = useDemo();

test('the demo walks a user\'s accounts: list, refresh, disconnect, and link another through the bank picker', async () => {
  const page = await session.browser.newPage();
  const problems = watchForErrors(page);
  await openDemo(page, session.demo);
  const simulator = session.demo.simulator!;

  const accounts = page.locator('mono-accounts');
  await page.locator('mono-accounts[state="ready"]').waitFor({ timeout: 10000 });
  const rows = accounts.getByRole('list', { name: 'Linked bank accounts' }).getByRole('listitem');
  await assertBanks(rows, ['Access Bank', 'Zenith Bank']);
  const log = page.locator('#log');

  // Refresh: Access Bank answers at once; then Refresh waits out the cool-down.
  const access = rows.filter({ hasText: 'Access Bank' });
  await access.getByRole('button', { name: /^Refresh Access Bank/ }).click();
  await access.getByText(/^Again in \d:\d\d$/).waitFor({ timeout: 5000 });
  await log.getByText(/mono-refreshed .*"status":"finished"/).first().waitFor();
  // Zenith Bank's bank is slow: Mono's job finishes later and says so by webhook, and the page follows.
  const zenith = rows.filter({ hasText: 'Zenith Bank' });
  await zenith.getByRole('button', { name: /^Refresh Zenith Bank/ }).click();
  await log.getByText(/mono-refreshed .*"status":"processing"/).waitFor({ timeout: 5000 });
  await log.getByText(/mono-refreshed .*"status":"finished"/).nth(1).waitFor({ timeout: 15000 });

  // Disconnect Access Bank, after saying yes in the dialog.
  await access.getByRole('button', { name: /^Disconnect Access Bank/ }).click();
  const dialog = accounts.getByRole('dialog', { name: 'Disconnect this account?' });
  await dialog.waitFor();
  await dialog.getByRole('button', { name: 'Disconnect' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await assertBanks(rows, ['Zenith Bank']);
  await log.getByText(/accounts: mono-unlinked/).waitFor();
  const unlinked = JSON.parse(/mono-unlinked (\{.*\})/.exec((await log.getByText(/mono-unlinked/).textContent()) ?? '')![1]!) as { accountId: string };
  assert.equal(simulator.account(unlinked.accountId), undefined, 'unlinked at Mono');

  // Link a third: pick Kuda in the picker; the widget opens straight on Kuda's login.
  await linkThroughPicker(page, 'Kuda');
  await assertBanks(rows, ['Zenith Bank', 'Kuda']);
  assert.equal(await page.locator('#relinked').isVisible(), false, 'a new account is no re-link');

  // Zenith Bank again: Mono's new id takes the old one's place, and the page says which it replaced.
  await linkThroughPicker(page, 'Zenith Bank');
  await page.locator('#relinked').filter({ hasText: /^Re-linked: [0-9a-f]{24} replaces [0-9a-f]{24}$/ }).waitFor({ timeout: 10000 });
  await assertBanks(rows, ['Zenith Bank', 'Kuda']);
  assert.deepEqual(problems, []);
});

/** The banks the list shows, in order, once it shows exactly that many. */
async function assertBanks(rows: import('playwright-core').Locator, banks: string[]): Promise<void> {
  await rows.nth(banks.length - 1).waitFor({ timeout: 10000 });
  for (let i = 0; i < 50 && (await rows.count()) !== banks.length; i++) await new Promise((resolve) => setTimeout(resolve, 100));
  const shown = await rows.evaluateAll((items) => items.map((item) => item.querySelector('[part="bank"]')?.textContent?.trim()));
  assert.deepEqual(shown, banks);
}

async function linkThroughPicker(page: import('playwright-core').Page, bank: string): Promise<void> {
  const picker = page.locator('mono-institution-picker');
  const search = picker.getByRole('combobox', { name: 'Find your bank' });
  await search.fill(bank);
  await picker.getByRole('option', { name: bank }).click();
  await picker.getByRole('button', { name: 'Link this bank' }).click();
  const widget = page.frameLocator('iframe[title="Mono sandbox widget"]');
  await widget.getByText(`Log in to ${bank}`).waitFor();
  await widget.getByRole('button', { name: 'Log in' }).click();
  await widget.getByRole('button', { name: 'Continue' }).click();
  await page.locator('#log').getByText(new RegExp(`add account: mono-linked`)).first().waitFor({ timeout: 10000 });
}
