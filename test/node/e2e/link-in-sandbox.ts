import type { Page } from 'playwright-core';

/** Clicks through the sandbox widget as a person: open, pick a bank, log in, pass MFA. */
export async function linkInSandbox(page: Page, buttonName: string | RegExp, bank = 'GTBank'): Promise<void> {
  await page.getByRole('button', { name: buttonName }).click();
  const widget = page.frameLocator('iframe[title="Mono sandbox widget"]');
  await widget.getByRole('button', { name: bank }).click();
  await widget.getByRole('button', { name: 'Log in' }).click();
  await widget.getByRole('button', { name: 'Continue' }).click();
}

/**
 * What the React and Vue examples show once linked: the account id, the
 * status reaching AVAILABLE through the framework's event binding, then a
 * page of transactions. Returns the number of rows shown.
 */
export async function waitForLinkedAccount(page: Page): Promise<number> {
  await page.locator('#account-id').filter({ hasText: /^[0-9a-f]{24}$/ }).waitFor({ timeout: 10000 });
  await page.locator('#status').filter({ hasText: 'AVAILABLE' }).waitFor({ timeout: 10000 });
  await page.locator('mono-transactions[state="ready"]').waitFor({ timeout: 10000 });
  return page.locator('mono-transactions tbody tr').count();
}
