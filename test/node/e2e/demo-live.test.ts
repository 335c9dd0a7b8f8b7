// The demo's live updates, driven as a person would: link, see the data turn
// ready, then the bank ends Mono's access (the simulator's webhook), the
// re-auth prompt appears without a reload, and reconnecting in the sandbox
// widget clears it (account_reauthorized, through the same event stream).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { watchForErrors } from './browser.js';
import { openDemo, useDemo } from './demo-session.js';

const session = useDemo();

test('the demo page updates live: a re-auth prompt appears from a webhook and is cleared through the sandbox widget', async () => {
  const page = await session.browser.newPage();
  const problems = watchForErrors(page);
  await openDemo(page, session.demo);

  await page.locator('#link').getByRole('button', { name: 'Link bank account' }).click();
  const widget = page.frameLocator('iframe[title="Mono sandbox widget"]');
  await widget.getByRole('button', { name: 'GTBank' }).click();
  await widget.getByRole('button', { name: 'Log in' }).click();
  await widget.getByRole('button', { name: 'Continue' }).click();
  await page.locator('#account').filter({ hasText: /^[0-9a-f]{24}$/ }).waitFor({ timeout: 10000 });
  await page.locator('mono-account-status[status="AVAILABLE"]').waitFor({ timeout: 10000 });
  await page.locator('mono-transactions[state="ready"]').waitFor({ timeout: 10000 });

  // Nothing to show yet; no reload from here on.
  const prompt = page.locator('mono-reauth-prompt');
  assert.equal(await prompt.getAttribute('state'), 'ok');
  assert.equal(await prompt.isVisible(), false);
  const navigations: string[] = [];
  page.on('framenavigated', (frame) => frame === page.mainFrame() && navigations.push(frame.url()));

  await page.getByRole('button', { name: 'Sandbox: the bank wants you back' }).click();
  await page.locator('mono-reauth-prompt[state="required"]').waitFor({ timeout: 5000 });
  await prompt.getByRole('alert').filter({ hasText: 'sign in again' }).waitFor();

  await prompt.getByRole('button', { name: 'Reconnect account' }).click();
  // Re-authorising: the widget opens on the account's bank, at its login.
  await widget.getByText('Reconnect your bank').waitFor();
  await widget.getByRole('button', { name: 'Log in' }).click();
  await widget.getByRole('button', { name: 'Continue' }).click();
  // Hidden again (display: none), so waited for as attached, not visible.
  await page.locator('mono-reauth-prompt[state="ok"]').waitFor({ state: 'attached', timeout: 10000 });
  assert.equal(await prompt.isVisible(), false);

  const log = (await page.locator('#log').textContent()) ?? '';
  assert.match(log, /mono-reauth-required/);
  assert.match(log, /mono-reauthorized/);
  assert.deepEqual(navigations, [], 'the page was not reloaded');
  assert.deepEqual(problems, []);
});
