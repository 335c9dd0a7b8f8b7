// `npm start`'s demo, offline: the hosted link from the page's side. The
// button sends the whole window to Mono's page (the simulator's, served by
// the demo), Mono sends it back with mono_ref, and the button finishes the
// link by itself: on the demo page, on a fresh page load after the first
// page was closed, and on a page whose CSP forbids frames (fallback="hosted").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { watchForErrors } from './browser.js';
import { openDemo, useDemo } from './demo-session.js';

const session = useDemo();

/** What the user does on Mono's page: the first bank, then log in. */
async function linkOnMonosPage(page: Page): Promise<void> {
  await page.waitForURL(/\/api\/demo\/hosted\//);
  await page.getByRole('list', { name: 'Banks' }).getByRole('button').first().click();
  await page.getByRole('button', { name: 'Log in' }).click();
}

test('the demo links an account through Mono\'s hosted page and cleans mono_ref out of the address', async () => {
  const page = await session.browser.newPage();
  const problems = watchForErrors(page);
  await openDemo(page, session.demo);
  await page.getByRole('button', { name: "Link through Mono's page" }).click();
  await linkOnMonosPage(page);
  await page.waitForURL(/mono_ref=/, { waitUntil: 'commit' });
  await page.locator('#account').filter({ hasText: /^[0-9a-f]{24}$/ }).waitFor({ timeout: 15000 });
  const accountId = await page.locator('#account').textContent();
  const linked = session.demo.simulator!.hostedSessions.at(-1)!;
  assert.equal(accountId, linked.accountId);
  assert.equal(new URL(page.url()).searchParams.has('mono_ref'), false);
  // The rest of the page follows, as after the widget.
  await page.locator('#status').getByText(/ready|available/i).first().waitFor({ timeout: 15000 });
  assert.ok((await page.locator('#log').textContent())!.includes('hosted: mono-linked'));
  assert.deepEqual(problems, []);
  await page.close();
});

test('a fresh page load finishes the link after the page was closed in between', async () => {
  const context = await session.browser.newContext();
  const first = await context.newPage();
  await openDemo(first, session.demo);
  await first.getByRole('button', { name: "Link through Mono's page" }).click();
  await first.waitForURL(/\/api\/demo\/hosted\//);
  const mono = first.url();
  // The app is closed while the user is at Mono…
  await first.close();
  // …who finishes there anyway (Mono's page needs no cookie of ours): its forms, as a browser posts them.
  const bank = /name="institution" value="([^"]+)"/.exec(await (await fetch(mono)).text())![1]!;
  const form = (fields: Record<string, string>) => ({
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
    redirect: 'manual' as const,
  });
  await fetch(mono, form({ action: 'bank', institution: bank }));
  const answer = await fetch(mono, form({ action: 'login', institution: bank, username: 'sandbox', password: 'sandbox' }));
  assert.equal(answer.status, 303);
  const back = new URL(answer.headers.get('location')!, mono).href;
  assert.match(back, /mono_ref=/);

  // Later, the address Mono sent the user back to is opened again in the same browser.
  const second = await context.newPage();
  const problems = watchForErrors(second);
  await second.goto(back);
  await second.locator('#account').filter({ hasText: /^[0-9a-f]{24}$/ }).waitFor({ timeout: 15000 });
  assert.equal(await second.locator('#account').textContent(), session.demo.simulator!.hostedSessions.at(-1)!.accountId);
  assert.equal(new URL(second.url()).searchParams.has('mono_ref'), false);
  assert.deepEqual(problems, []);

  // Another browser (no binding cookie) opening the same address links nothing.
  const stranger = await session.browser.newPage();
  await stranger.goto(back);
  await stranger.locator('#log').getByText('hosted: mono-error').waitFor({ timeout: 15000 });
  assert.equal(await stranger.locator('#account').textContent(), '—');
  await stranger.close();
  await context.close();
});

test('on a page whose CSP forbids frames, the widget button falls back to Mono\'s hosted page by itself', async () => {
  const page = await session.browser.newPage();
  const answer = await page.goto(new URL('/strict.html', session.demo.url).href);
  assert.equal(answer!.headers()['content-security-policy'], "frame-src 'none'");
  await page.getByRole('status').filter({ hasText: 'Sandbox' }).waitFor();
  await page.getByRole('button', { name: 'Link bank account' }).click();
  await linkOnMonosPage(page);
  await page.waitForURL(/\/strict\.html\?mono_ref=/, { waitUntil: 'commit' });
  await page.locator('#account').filter({ hasText: /^[0-9a-f]{24}$/ }).waitFor({ timeout: 15000 });
  assert.equal(new URL(page.url()).search, '');
  const log = (await page.locator('#log').textContent())!;
  assert.ok(log.includes('mono-linked'), log);
  await page.close();
});
