// `npm start`'s demo in two languages, on a 360 px phone: the switch in the
// header sets <html lang>, and every element on the page (link button,
// status, transactions, summary, accounts) re-renders in French; the choice
// is remembered, and `?lang=fr` starts the page in French.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { watchForErrors } from './browser.js';
import { openDemo, useDemo } from './demo-session.js';
import { linkInSandbox } from './link-in-sandbox.js';

const session = useDemo();
const PHONE = { viewport: { width: 360, height: 780 } };

/** One visible text per element, by role and name, in each language. */
const WORDS = {
  en: { link: 'Link bank account', status: 'Data ready', filters: 'Filter transactions', summary: 'Show as table', accounts: 'Linked bank accounts' },
  fr: { link: 'Lier un compte bancaire', status: 'Données prêtes', filters: 'Filtrer les transactions', summary: 'Afficher en tableau', accounts: 'Comptes bancaires liés' },
};

async function assertWords(page: Page, language: 'en' | 'fr', linked: boolean): Promise<void> {
  const words = WORDS[language];
  const other = WORDS[language === 'en' ? 'fr' : 'en'];
  assert.equal(await page.locator('html').getAttribute('lang'), language);
  await page.locator('#link').getByRole('button', { name: words.link, exact: true }).waitFor({ timeout: 10000 });
  await page.locator('mono-accounts').getByRole('list', { name: words.accounts }).waitFor({ timeout: 10000 });
  assert.equal(await page.locator('mono-accounts').getByRole('list', { name: other.accounts }).count(), 0);
  if (!linked) return;
  await page.locator('mono-account-status').getByText(words.status).waitFor();
  await page.locator('mono-transactions').getByRole('search', { name: words.filters }).waitFor();
  await page.locator('mono-spending-summary').getByRole('button', { name: words.summary }).waitFor();
  assert.equal(await page.locator('mono-account-status').getByText(other.status).count(), 0);
  assert.equal(await page.locator('mono-transactions').getByRole('search', { name: other.filters }).count(), 0);
}

/** A phone never scrolls sideways. */
async function assertFits(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
  assert.ok(scrollWidth <= clientWidth, `the page is ${scrollWidth} px wide on a ${clientWidth} px screen`);
}

test('switching to Français re-renders every element in French, and the choice is remembered', async () => {
  const context = await session.browser.newContext(PHONE);
  const page = await context.newPage();
  const problems = watchForErrors(page);
  await openDemo(page, session.demo);
  const language = page.getByRole('combobox', { name: 'Language' });
  assert.equal(await language.inputValue(), 'en');
  await assertWords(page, 'en', false);

  await linkInSandbox(page, 'Link bank account');
  await page.locator('mono-account-status[status="AVAILABLE"]').waitFor({ timeout: 10000 });
  await page.locator('mono-transactions[state="ready"]').waitFor({ timeout: 10000 });
  await page.locator('mono-spending-summary[state="ready"]').waitFor({ timeout: 20000 });
  await assertWords(page, 'en', true);
  await assertFits(page);

  await language.selectOption('fr');
  await assertWords(page, 'fr', true);
  // The switch names itself in the language it set; amounts follow too (fr-NG writes "NGN" after the number).
  assert.equal(await page.getByRole('combobox', { name: 'Langue' }).inputValue(), 'fr');
  await page.locator('mono-transactions').getByText(/\d\sNGN/).first().waitFor({ timeout: 5000 });
  await assertFits(page);
  assert.equal(await page.evaluate(() => localStorage.getItem('mono-demo-lang')), 'fr');
  assert.equal(new URL(page.url()).searchParams.get('lang'), 'fr');

  // A later visit, without the query: still French.
  await page.goto(session.demo.url);
  await page.getByRole('status').filter({ hasText: 'Sandbox' }).waitFor();
  await assertWords(page, 'fr', false);

  // And back to English.
  await page.getByRole('combobox', { name: 'Langue' }).selectOption('en');
  await assertWords(page, 'en', false);
  assert.equal(await page.evaluate(() => localStorage.getItem('mono-demo-lang')), 'en');
  assert.deepEqual(problems, []);
  await context.close();
});

test('?lang=fr starts the demo in French', async () => {
  const context = await session.browser.newContext(PHONE);
  const page = await context.newPage();
  const problems = watchForErrors(page);
  await page.goto(new URL('?lang=fr', session.demo.url).href);
  await page.getByRole('status').filter({ hasText: 'Sandbox' }).waitFor();
  assert.equal(await page.getByRole('combobox', { name: 'Langue' }).inputValue(), 'fr');
  await assertWords(page, 'fr', false);
  await assertFits(page);
  assert.deepEqual(problems, []);
  await context.close();
});
