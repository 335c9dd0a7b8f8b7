// demo/react: a React 19 app using mono-connect-elements/react, built with
// Vite and driven in Chromium: link through the sandbox, see transactions.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { launchBrowser, watchForErrors } from './browser.js';
import { linkInSandbox } from './link-in-sandbox.js';
import { serveStatic } from './serve-static.js';

const outDir = fileURLToPath(new URL('../../../dist-examples/react', import.meta.url));
let browser: Browser;
let site: Awaited<ReturnType<typeof serveStatic>>;

before(async () => {
  await build({ configFile: fileURLToPath(new URL('../../../demo/react/vite.config.ts', import.meta.url)), logLevel: 'error' });
  site = await serveStatic(outDir);
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await site?.close();
});

test('the React example links through the sandbox and shows the transactions', async () => {
  const page = await browser.newPage();
  const problems = watchForErrors(page);
  await page.goto(site.url);
  await linkInSandbox(page, 'Link with Mono');
  await page.locator('#account-id').filter({ hasText: /^[0-9a-f]{24}$/ }).waitFor({ timeout: 10000 });
  // The onMonoStatusChange prop receives the typed event.
  await page.locator('#status').filter({ hasText: 'AVAILABLE' }).waitFor({ timeout: 10000 });
  await page.locator('mono-transactions[state="ready"]').waitFor({ timeout: 10000 });
  assert.equal(await page.locator('mono-transactions tbody tr').count(), 20);
  assert.deepEqual(problems, []);
});
