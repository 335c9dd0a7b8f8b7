/**
 * Money in and out per calendar month, and spending by category, from a
 * list of transactions: what `<mono-spending-summary>` draws. Framework-free
 * and O(n) in the rows: one pass with two maps, then a sort of the (few)
 * categories, so a busy year of thousands of rows costs milliseconds.
 *
 * Amounts stay integers in minor units throughout (kobo for NGN): sums of
 * integers below 2^53 are exact, so the totals never drift the way adding
 * decimal naira would.
 *
 * Months: a row belongs to the calendar month written in its date as Mono
 * gave it (`2026-03-31T23:30:00Z` is March), never to the month in the
 * viewer's time zone, which would move rows between months depending on
 * where the page is opened. Mono writes ISO 8601 dates; a date in another
 * form that `Date.parse` reads is placed in Lagos time (UTC+1, no daylight
 * saving), as the rest of the package shows dates.
 */

import type { Transaction } from '../fetcher/types.js';

/** A calendar month, `YYYY-MM`. */
export type MonthKey = `${number}-${string}`;

export interface MonthTotals {
  month: MonthKey;
  /** Credits, minor units. */
  moneyIn: number;
  /** Debits, minor units. */
  moneyOut: number;
  /** Rows in this month. */
  count: number;
}

export interface CategoryTotal {
  /** Normalised category (`bank_charges`); `null` for rows without one ("Uncategorised"); `'other'` is a real category. */
  category: string | null;
  /** Debits, minor units. */
  amount: number;
  count: number;
}

/** A merged tail of small categories, as `topCategories` returns it. */
export interface OtherCategories {
  category: typeof OTHER;
  amount: number;
  count: number;
  /** How many categories it holds. */
  categories: number;
}

export const OTHER = Symbol('other categories');

export interface SummaryTotals {
  moneyIn: number;
  moneyOut: number;
  /** `moneyIn - moneyOut`. */
  net: number;
  /** Rows counted. */
  count: number;
  /** ISO 4217 code of every amount. */
  currency: string;
}

export interface SpendingSummary {
  /** Every month of the range, oldest first, months without rows included (as zeros). */
  months: MonthTotals[];
  /** Spending (debits only) by category, largest first; ties by name. */
  categories: CategoryTotal[];
  totals: SummaryTotals;
  /** Rows left out because their month is outside the range. */
  outsideRange: number;
  /** Rows left out because they are in another currency (amounts in two currencies cannot be added). */
  otherCurrency: number;
}

export interface SummaryOptions {
  /** The months to report, oldest first (see `monthRange`). */
  months: readonly MonthKey[];
  /** Only rows in this currency count; a row without one is taken to be in it. */
  currency: string;
}

const ISO_MONTH = /^(\d{4})-(\d{2})/;
const LAGOS_OFFSET_MS = 3_600_000;

/** The calendar month a row belongs to (see the module comment), or `undefined` for a date nobody can read. */
export function monthOf(date: string): MonthKey | undefined {
  const iso = ISO_MONTH.exec(date.trim());
  if (iso) return `${iso[1]!}-${iso[2]!}` as MonthKey;
  const time = Date.parse(date);
  if (Number.isNaN(time)) return undefined;
  const lagos = new Date(time + LAGOS_OFFSET_MS);
  return monthKey(lagos.getUTCFullYear(), lagos.getUTCMonth() + 1);
}

/** `2026`, `3` → `2026-03`. */
export function monthKey(year: number, month: number): MonthKey {
  return `${year}-${String(month).padStart(2, '0')}` as MonthKey;
}

/** The `count` calendar months that end with `last`'s month, oldest first. */
export function monthRange(last: { year: number; month: number }, count: number): MonthKey[] {
  const keys: MonthKey[] = [];
  for (let back = count - 1; back >= 0; back--) {
    // Month arithmetic on a 0-based index, so January minus one is last December.
    const index = last.year * 12 + (last.month - 1) - back;
    keys.push(monthKey(Math.floor(index / 12), (index % 12) + 1));
  }
  return keys;
}

export interface SummaryPeriod {
  /** The months reported, oldest first. */
  months: MonthKey[];
  /** First day asked for (`YYYY-MM-DD`): the first of the oldest month. */
  start: string;
  /** Last day asked for (`YYYY-MM-DD`), inclusive. */
  end: string;
}

export const MIN_MONTHS = 1;
export const MAX_MONTHS = 24;

/** `months` as a whole number from 1 to 24; anything unreadable is the default. */
export function clampMonths(months: unknown, fallback = 6): number {
  const value = Math.round(Number(months));
  if (!Number.isFinite(value)) return fallback;
  return Math.min(MAX_MONTHS, Math.max(MIN_MONTHS, value));
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The last `months` calendar months up to `end` (`YYYY-MM-DD`, inclusive),
 * or up to `today` in the viewer's calendar when `end` is absent or not a
 * date: with 6 months on 26 November, June to November, November so far.
 */
export function summaryPeriod(months: number, end: string | undefined, today: Date = new Date()): SummaryPeriod {
  const day = end ? ISO_DAY.exec(end.trim()) : null;
  const last = day && !Number.isNaN(Date.parse(end!))
    ? { year: Number(day[1]), month: Number(day[2]), day: Number(day[3]) }
    : { year: today.getFullYear(), month: today.getMonth() + 1, day: today.getDate() };
  const keys = monthRange(last, clampMonths(months));
  return { months: keys, start: `${keys[0]!}-01`, end: `${monthKey(last.year, last.month)}-${String(last.day).padStart(2, '0')}` };
}

// Words banks and aggregators use for "no category": all mean Uncategorised.
const NO_CATEGORY = new Set(['', 'none', 'null', 'undefined', 'unknown', 'uncategorised', 'uncategorized', 'n_a', 'na']);

/**
 * Mono's categories as one key: `Bank Charges`, `BANK_CHARGES` and
 * `bank-charges` are `bank_charges`; none, blank or a placeholder is `null`.
 */
export function normaliseCategory(category: string | undefined | null): string | null {
  if (typeof category !== 'string') return null;
  const key = category
    .trim()
    .toLowerCase()
    .replace(/[\s_\-/]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return NO_CATEGORY.has(key) ? null : key;
}

/** Minor units as a safe integer; Mono's are integers already, a stray fraction is rounded rather than carried into sums. */
const minorUnits = (amount: number): number => Math.abs(Math.round(amount));

/** One pass over the rows (see the module comment). */
export function summarise(rows: readonly Transaction[], options: SummaryOptions): SpendingSummary {
  const months = options.months.map((month): MonthTotals => ({ month, moneyIn: 0, moneyOut: 0, count: 0 }));
  const byMonth = new Map(months.map((entry) => [entry.month, entry]));
  const byCategory = new Map<string | null, CategoryTotal>();
  const totals: SummaryTotals = { moneyIn: 0, moneyOut: 0, net: 0, count: 0, currency: options.currency };
  let outsideRange = 0;
  let otherCurrency = 0;

  for (const row of rows) {
    if ((row.currency ?? options.currency) !== options.currency) {
      otherCurrency++;
      continue;
    }
    const month = monthOf(row.date);
    const bucket = month === undefined ? undefined : byMonth.get(month);
    if (!bucket) {
      outsideRange++;
      continue;
    }
    const amount = minorUnits(row.amount);
    bucket.count++;
    totals.count++;
    if (row.type === 'credit') {
      bucket.moneyIn += amount;
      totals.moneyIn += amount;
      continue;
    }
    bucket.moneyOut += amount;
    totals.moneyOut += amount;
    const category = normaliseCategory(row.category);
    const entry = byCategory.get(category);
    if (entry) {
      entry.amount += amount;
      entry.count++;
    } else byCategory.set(category, { category, amount, count: 1 });
  }
  totals.net = totals.moneyIn - totals.moneyOut;
  const categories = [...byCategory.values()].sort(
    (a, b) => b.amount - a.amount || (a.category ?? '\uffff').localeCompare(b.category ?? '\uffff'),
  );
  return { months, categories, totals, outsideRange, otherCurrency };
}

/**
 * The `limit` largest categories, and the rest merged into one `OTHER`
 * entry. A tail of a single category is shown as itself: "Other" that
 * holds one category would hide its name for nothing.
 */
export function topCategories(categories: readonly CategoryTotal[], limit: number): Array<CategoryTotal | OtherCategories> {
  if (categories.length <= limit + 1) return [...categories];
  const tail = categories.slice(limit);
  const other: OtherCategories = { category: OTHER, amount: 0, count: 0, categories: tail.length };
  for (const entry of tail) {
    other.amount += entry.amount;
    other.count += entry.count;
  }
  return [...categories.slice(0, limit), other];
}

/** The month with the most money out, the latest on a tie; `undefined` when nothing went out. */
export function peakSpendingMonth(months: readonly MonthTotals[]): MonthTotals | undefined {
  let peak: MonthTotals | undefined;
  for (const month of months) if (month.moneyOut > 0 && (!peak || month.moneyOut >= peak.moneyOut)) peak = month;
  return peak;
}
