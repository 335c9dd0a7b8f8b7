// demo/react: a React 19 app using mono-connect-elements/react, built with
// Vite and driven in Chromium: link through the sandbox, see transactions.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { launchBrowser, watchForErrors } from './browser.js';
import { linkInSandbox, waitForLinkedAccount } from './link-in-sandbox.js';
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
  assert.equal(await waitForLinkedAccount(page), 20);
  assert.deepEqual(problems, []);
});
