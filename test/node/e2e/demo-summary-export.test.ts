// `npm start`'s demo, steps 5 and 6, for the account just linked: the
// spending summary's figures are the sums of the rows the demo's API gives
// (read here page by page, apart from the elements), and the transactions'
// CSV export saves every row of the current filter, across all pages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { watchForErrors } from './browser.js';
import { openDemo, useDemo } from './demo-session.js';
import { linkInSandbox } from './link-in-sandbox.js';
import { parseCsv, readAllRows, shownMinor } from './demo-api-rows.js';

const session = useDemo();

test('the demo sums the linked account into a spending summary, and exports the filtered transactions as CSV', async () => {
  const context = await session.browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const problems = watchForErrors(page);
  await openDemo(page, session.demo);
  await linkInSandbox(page, 'Link bank account');
  const accountId = (await page.locator('#account').filter({ hasText: /^[0-9a-f]{24}$/ }).textContent({ timeout: 10000 }))!;
  await page.locator('mono-account-status[status="AVAILABLE"]').waitFor({ timeout: 10000 });

  // Step 6: the summary, then its figures as a table.
  const summary = page.locator('mono-spending-summary');
  await page.locator('mono-spending-summary[state="ready"]').waitFor({ timeout: 20000 });
  await summary.getByRole('img', { name: /^Money in and out for the last 6 months: in ₦/ }).waitFor();
  await summary.getByRole('button', { name: 'Show as table' }).click();
  const table = summary.getByRole('table', { name: 'Money in and out by month, the last 6 months' });
  await table.waitFor();
  const shown = await table.locator('tbody tr').evaluateAll((rows) =>
    rows.map((row) => [row.getAttribute('data-month'), row.querySelector('td.in')?.textContent ?? null, row.querySelector('td.out')?.textContent ?? null] as const),
  );
  assert.equal(shown.length, 6);

  const rows = await readAllRows(session.demo.url, accountId);
  let moneyIn = 0;
  let moneyOut = 0;
  for (const [month, shownIn, shownOut] of shown) {
    // A row counts in the month written in its date, as Mono gave it.
    const inMonth = rows.filter((row) => row.date.slice(0, 7) === month);
    const expectedIn = inMonth.filter((row) => row.type === 'credit').reduce((sum, row) => sum + row.amount, 0);
    const expectedOut = inMonth.filter((row) => row.type === 'debit').reduce((sum, row) => sum + row.amount, 0);
    assert.deepEqual([shownMinor(shownIn), shownMinor(shownOut)], [expectedIn, expectedOut], `money in and out in ${month}`);
    moneyIn += expectedIn;
    moneyOut += expectedOut;
  }
  assert.ok(moneyIn > 0 && moneyOut > 0, 'the sandbox account has figures in the last 6 months');
  const totals = await table.locator('tfoot td').allTextContents();
  assert.deepEqual([shownMinor(totals[0]!), shownMinor(totals[1]!)], [moneyIn, moneyOut], 'totals');

  // Step 5: filter to debits, export; the file holds every debit of the account, not only the page on screen.
  const transactions = page.locator('mono-transactions');
  await transactions.getByRole('combobox', { name: 'Type' }).selectOption('debit');
  await page.locator('mono-transactions[state="ready"]').waitFor({ timeout: 10000 });
  const download = page.waitForEvent('download', { timeout: 20000 });
  await transactions.getByRole('button', { name: 'Export CSV' }).click();
  const saved = await download;
  assert.match(saved.suggestedFilename(), /^transactions-[\w-]+\.csv$/);
  const [header, ...records] = parseCsv(await readFile((await saved.path())!, 'utf8'));
  const column = (name: string) => header!.indexOf(name);
  const debits = await readAllRows(session.demo.url, accountId, { type: 'debit' });
  assert.ok(debits.length > 20, 'more debits than one page');
  assert.deepEqual(
    records.map((record) => [record[column('id')], record[column('type')], Number(record[column('amount_minor')])]),
    debits.map((row) => [row.id, 'debit', -row.amount]),
  );
  await transactions.getByRole('status').filter({ hasText: `Exported ${debits.length.toLocaleString('en')} transactions to ${saved.suggestedFilename()}.` }).waitFor();
  await page.locator('#log').getByText(`mono-export ${debits.length} rows in ${saved.suggestedFilename()}`).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});
