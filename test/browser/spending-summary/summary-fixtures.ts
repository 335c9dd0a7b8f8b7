import { waitUntil } from '@open-wc/testing';
import type { MonoSpendingSummary } from '../../../src/elements/spending-summary/spending-summary.component.js';
import type { Transaction } from '../../../src/core/fetcher/types.js';

export const $ = (el: MonoSpendingSummary, selector: string) => el.shadowRoot!.querySelector(selector);
export const $$ = (el: MonoSpendingSummary, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];
export const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

export const state = (el: MonoSpendingSummary, value: string, timeout = 5000) =>
  waitUntil(() => el.getAttribute('state') === value, `state ${value} (is ${el.getAttribute('state')})`, { timeout });

/** The stories' dark theme: the public tokens set on an ancestor, whatever the OS says. */
export const DARK =
  'background:#0b1220;padding:1rem;color-scheme:dark;--mono-surface:#111827;--mono-text:#f3f4f6;--mono-muted:#9ca3af;--mono-border:#374151;--mono-debit:#fda29b;--mono-credit:#75e0a7;--mono-accent:#7cb4ff;--mono-warning:#fcd34d;--mono-skeleton:#1f2937';

/** Intl's spaces (narrow no-break, no-break) as plain ones, to compare text. */
export { settle } from '../helpers.js';

export const plain = (value: string) => value.replace(/[\u202f\u00a0]/g, ' ');

/**
 * `count` deterministic rows spread over the months up to 2026-10, newest
 * first, mixing debits in twelve categories (and none) with credits.
 */
export function busyRows(count: number, months = 12): Transaction[] {
  const categories = ['shopping', 'transfer', 'airtime', 'bills', 'bank_charges', 'atm_withdrawal', 'transport', 'food', 'rent', 'health', 'education', undefined];
  const rows: Transaction[] = [];
  const end = Date.UTC(2026, 9, 31, 23);
  const span = Date.UTC(2026, 9, 31, 23) - Date.UTC(2026, 10 - months, 1);
  for (let i = 0; i < count; i++) {
    const credit = i % 4 === 0;
    rows.push({
      id: `busy${i}`,
      type: credit ? 'credit' : 'debit',
      amount: 100 + ((i * 7919) % 5_000_000),
      narration: credit ? 'NIP TRF FROM ADA' : 'POS PURCHASE',
      date: new Date(end - Math.floor((i / count) * span)).toISOString(),
      currency: 'NGN',
      category: credit ? 'salary' : categories[Math.floor(i / 4) % categories.length],
    });
  }
  return rows;
}
