// demo/vue: a Vue 3 app (its own package, since vue-tsc needs TypeScript's
// JS API). Its templates are type-checked with vue-tsc against
// mono-connect-elements/vue, then it is built and driven in Chromium.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { launchBrowser, watchForErrors } from './browser.js';
import { linkInSandbox, waitForLinkedAccount } from './link-in-sandbox.js';
import { serveStatic } from './serve-static.js';

const app = fileURLToPath(new URL('../../../demo/vue/', import.meta.url));
const outDir = fileURLToPath(new URL('../../../dist-examples/vue', import.meta.url));
let browser: Browser;
let site: Awaited<ReturnType<typeof serveStatic>>;

before(async () => {
  if (!existsSync(`${app}node_modules/vue-tsc`)) {
    execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: app, stdio: ['ignore', 'ignore', 'inherit'] });
  }
});
after(async () => {
  await browser?.close();
  await site?.close();
});

test('the Vue example\'s templates type-check against mono-connect-elements/vue', () => {
  execFileSync(process.execPath, [`${app}node_modules/vue-tsc/bin/vue-tsc.js`, '--noEmit', '-p', 'tsconfig.json'], { cwd: app, stdio: 'pipe' });
});

test('the Vue example links through the sandbox and shows the transactions', async () => {
  await build({ configFile: `${app}vite.config.ts`, root: app, logLevel: 'error' });
  site = await serveStatic(outDir);
  browser = await launchBrowser();
  const page = await browser.newPage();
  const problems = watchForErrors(page);
  await page.goto(site.url);
  await linkInSandbox(page, 'Link with Mono');
  assert.equal(await waitForLinkedAccount(page), 20);
  assert.deepEqual(problems, []);
});
