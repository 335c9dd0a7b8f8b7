// `npm start`'s demo, step 5: a bank statement as PDF for the account just
// linked, end to end (element → fetcher → proxy → simulator, and the file
// through the demo server), saved by the browser as a download.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { watchForErrors } from './browser.js';
import { openDemo, useDemo } from './demo-session.js';
import { linkInSandbox } from './link-in-sandbox.js';

const session = useDemo();

test('the sandbox demo prepares a PDF statement and the browser saves it', async () => {
  const context = await session.browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const problems = watchForErrors(page);
  await openDemo(page, session.demo);
  await linkInSandbox(page, 'Link bank account');
  await page.locator('mono-account-status[status="AVAILABLE"]').waitFor({ timeout: 10000 });

  const statement = page.locator('mono-statement-download');
  await statement.getByLabel('Statement period').selectOption('last3months');
  const download = page.waitForEvent('download', { timeout: 15000 });
  await statement.getByRole('button', { name: 'Get PDF statement' }).click();
  await page.locator('mono-statement-download[state="preparing"]').waitFor();
  await page.locator('mono-statement-download[state="ready"]').waitFor({ timeout: 15000 });

  // The automatic try: the demo serves the file on its own origin, where <a download> saves it.
  const saved = await download;
  assert.match(saved.suggestedFilename(), /statement-last3months\.pdf$/);
  const link = statement.getByRole('link', { name: 'Download statement (PDF)' });
  const href = (await link.getAttribute('href'))!;
  assert.ok(href.startsWith(new URL('/api/demo/statements/', session.demo.url).href), href);
  const bytes = Buffer.from(await (await fetch(href)).arrayBuffer());
  assert.equal(bytes.subarray(0, 5).toString('latin1'), '%PDF-');
  assert.deepEqual(problems, []);
  await context.close();
});
