// The hosted flow in a real browser (system Chromium through playwright-core,
// no download), as a phone user with a keyboard would go through it: the
// binding cookie is set, kept from script (HttpOnly) and sent back after the
// round trip through the hosted page; that page fits 320 px, has 44 px
// targets and no axe violations in any step.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, watchForErrors } from '../e2e/browser.js';
import { startHostedHarness, type HostedHarness } from './hosted-harness.js';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let harness: HostedHarness;
let browser: Browser;
before(async () => {
  harness = await startHostedHarness();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await harness?.close();
});

async function checkPage(page: Page, step: string): Promise<void> {
  await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe.run();
    return result.violations.map((violation) => `${violation.id} (${violation.nodes.length})`);
  });
  assert.deepEqual(violations, [], `axe, ${step}`);
  const layout = await page.evaluate(() => ({
    overflow: document.scrollingElement!.scrollWidth - window.innerWidth,
    small: [...document.querySelectorAll('button, input:not([type=hidden])')]
      .map((el) => el.getBoundingClientRect())
      .filter((box) => box.height < 44)
      .length,
  }));
  assert.deepEqual(layout, { overflow: 0, small: 0 }, `fits 320 px with 44 px targets, ${step}`);
}

test('Chromium at 320 px, keyboard only: hosted page, back with mono_ref, linked through the HttpOnly cookie', async () => {
  // bypassCSP lets axe in; the page's own CSP (no script at all) is checked by the simulator's answer, not here.
  const context = await browser.newContext({ viewport: { width: 320, height: 640 }, extraHTTPHeaders: { 'x-test-user': 'ada' }, bypassCSP: true });
  const page = await context.newPage();
  const problems = watchForErrors(page);
  const origin = harness.instances[0]!.url;
  try {
    await page.goto(`${origin}/app`); // any page on the app's origin (the proxy answers 404 outside its path)
    const { url, ref } = await page.evaluate(async () => {
      const response = await fetch('/api/mono/link/hosted', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ redirectUrl: `${location.origin}/app/banks?from=hosted` }),
      });
      return (await response.json()) as { url: string; ref: string };
    });
    assert.equal(await page.evaluate(() => document.cookie), '', 'the binding is HttpOnly');
    assert.equal((await context.cookies()).filter((cookie) => cookie.name === `mono_ref_${ref}` && cookie.httpOnly && cookie.path === '/api/mono').length, 1);

    await page.goto(url);
    await checkPage(page, 'bank list');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'GTBank');
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    await checkPage(page, 'login');

    await page.focus('input[name=password]');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('wrong');
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    assert.equal(await page.textContent('[role=alert]'), 'Incorrect username or password.');
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('name')), 'password', 'focus is back on the field in error');
    await checkPage(page, 'login error');

    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('sandbox');
    await Promise.all([page.waitForURL(/mono_ref=/), page.keyboard.press('Enter')]);
    const back = new URL(page.url());
    assert.equal(back.origin + back.pathname, `${origin}/app/banks`);
    assert.equal(back.searchParams.get('from'), 'hosted');
    assert.equal(back.searchParams.get('mono_ref'), ref);

    const status = await page.evaluate(async (ref) => {
      for (let attempt = 0; attempt < 100; attempt++) {
        const body = (await (await fetch(`/api/mono/link/hosted/${ref}`)).json()) as { status: string; accountId?: string };
        if (body.status !== 'pending') return body;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return { status: 'timeout' };
    }, ref);
    assert.equal(status.status, 'linked');
    assert.deepEqual(harness.linked, [{ accountId: status.accountId, user: 'ada' }]);
    // A 404 page of the app and the proxy's JSON are all there is on this origin: nothing else may have gone wrong.
    assert.deepEqual(problems.filter((problem) => !/404/.test(problem)), []);
  } finally {
    await context.close();
  }
});
