import type { Page } from 'playwright-core';

/** Clicks through the sandbox widget as a person: open, pick a bank, log in, pass MFA. */
export async function linkInSandbox(page: Page, buttonName: string | RegExp, bank = 'GTBank'): Promise<void> {
  await page.getByRole('button', { name: buttonName }).click();
  const widget = page.frameLocator('iframe[title="Mono sandbox widget"]');
  await widget.getByRole('button', { name: bank }).click();
  await widget.getByRole('button', { name: 'Log in' }).click();
  await widget.getByRole('button', { name: 'Continue' }).click();
}
