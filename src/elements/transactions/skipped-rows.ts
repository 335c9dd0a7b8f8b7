import { html, nothing } from 'lit';
import type { TransactionPage } from '../../core/fetcher/types.js';
import type { MonoErrorDetail } from '../../events/mono-error.js';
import type { TransactionsMessages } from './transactions.messages.js';

/*
 * Rows the fetcher could not read (`TransactionPage.skipped`). One bad row
 * never hides the others: users see the good rows and how many are missing,
 * in words; developers get which rows and why (field paths, never values)
 * in `mono-error` and the console.
 */

export const skippedCount = (page: TransactionPage | undefined): number => page?.skipped?.length ?? 0;

/** "2 transactions could not be shown." — or nothing. */
export function skippedNotice(count: number, m: TransactionsMessages) {
  if (!count) return nothing;
  return html`<p part="skipped">${m.skipped(count)}</p>`;
}

/** The developer's report for a page with skipped rows, logged once; `undefined` when none were. */
export function skippedReport(page: TransactionPage): MonoErrorDetail | undefined {
  const skipped = page.skipped;
  if (!skipped?.length) return undefined;
  const sent = skipped.length + page.transactions.length;
  const message = `${skipped.length} of ${sent} transactions on page ${page.page} could not be read and are not shown: ${skipped
    .map((row) => row.reason)
    .join('; ')}.`;
  console.warn(`<mono-transactions> ${message}`);
  return { error: { code: 'TRANSACTIONS_SKIPPED', message }, phase: 'fetch' };
}
