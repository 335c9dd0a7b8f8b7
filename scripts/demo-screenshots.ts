// npm run screenshots:demo: the sandbox demo as a 360 px Android phone shows it
// (touch, mobile viewport), one picture per step after a link, into
// docs/screenshots/demo-360/. For reviewing the phone layout by eye; the
// overflow and touch-target checks that can fail are test/browser/phone.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startDemo } from '../demo/server.js';
import { launchBrowser, watchForErrors } from '../test/node/e2e/browser.js';
import { linkInSandbox } from '../test/node/e2e/link-in-sandbox.js';

const out = fileURLToPath(new URL('../docs/screenshots/demo-360/', import.meta.url));
mkdirSync(out, { recursive: true });
const demo = await startDemo({ port: 0, processingMs: 1500 });
const browser = await launchBrowser();
try {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const problems = watchForErrors(page);
  await page.goto(demo.url);
  await page.getByRole('status').filter({ hasText: 'Sandbox' }).waitFor();
  await page.screenshot({ path: `${out}00-start.png` });
  await page.getByRole('button', { name: 'Link bank account' }).click();
  await page.frameLocator('iframe[title="Mono sandbox widget"]').getByRole('button', { name: 'GTBank' }).waitFor();
  await page.screenshot({ path: `${out}00-widget.png` });
  await page.keyboard.press('Escape');
  await page.locator('iframe[title="Mono sandbox widget"]').waitFor({ state: 'hidden' });
  await linkInSandbox(page, 'Link bank account');
  await page.locator('mono-transactions[state="ready"]').first().waitFor({ timeout: 15000 });
  await page.locator('mono-spending-summary[state="ready"]').first().waitFor({ timeout: 15000 });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  if (width > 360) problems.push(`the page scrolls sideways: ${width} px wide`);
  const steps = page.locator('ol.steps > li');
  for (let i = 0, n = await steps.count(); i < n; i++) {
    await steps.nth(i).screenshot({ path: `${out}step-${String(i + 1).padStart(2, '0')}.png` });
  }
  if (problems.length) throw new Error(problems.join('\n'));
  console.log(`written ${out}`);
} finally {
  await browser.close();
  await demo.close();
}
