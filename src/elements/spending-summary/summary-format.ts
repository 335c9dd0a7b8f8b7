import { formatMoney } from '../../core/format/money.js';
import type { MonthKey } from '../../core/transactions/summary.js';

/*
 * Intl formatters for the summary, cached per locale: a redraw on resize
 * formats a few dozen labels, never creates formatters again.
 */

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: (locale: string) => T, locale: string): T {
  const id = `${key}|${locale}`;
  let format = cache.get(id) as T | undefined;
  if (!format) {
    try {
      format = make(locale);
    } catch {
      // A malformed locale: the package's default, never a crash.
      format = make('en-NG');
    }
    cache.set(id, format);
  }
  return format;
}

/** Minor digits of a currency as Intl knows it (2 for NGN); 2 for a code Intl cannot use. */
export function minorDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/** An amount in minor units, in full: `₦1,470.85`. */
export const money = (minor: number, currency: string, locale: string): string => formatMoney(minor, currency, locale);

/** An amount in major units, short, for axis ticks and narrow bars: `₦150K`. */
export function compactMoney(major: number, currency: string, locale: string): string {
  try {
    return cached(`compact:${currency}`, (l) => new Intl.NumberFormat(l, { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1 }), locale).format(major);
  } catch {
    // A currency code Intl refuses: its code, then the short number.
    return `${currency} ${cached('compact', (l) => new Intl.NumberFormat(l, { notation: 'compact', maximumFractionDigits: 1 }), locale).format(major)}`;
  }
}

/** A month as a date Intl can format: the 15th, at noon UTC, so no time zone moves it to another month. */
const midMonth = (month: MonthKey): number => {
  const [year, index] = month.split('-').map(Number) as [number, number];
  return Date.UTC(year, index - 1, 15, 12);
};

export type MonthStyle = 'long' | 'short' | 'narrow';

/** `2026-03` as a month name: `March 2026` (long), `Mar` (short), `M` (narrow). */
export function monthName(month: MonthKey, locale: string, style: MonthStyle): string {
  const options: Intl.DateTimeFormatOptions = style === 'long' ? { month: 'long', year: 'numeric', timeZone: 'UTC' } : { month: style, timeZone: 'UTC' };
  return cached(`month:${style}`, (l) => new Intl.DateTimeFormat(l, options), locale).format(midMonth(month));
}

/** The period shown, e.g. `Jun – Nov 2026` (Intl's own range format). */
export function periodName(first: MonthKey, last: MonthKey, locale: string): string {
  const format = cached('period', (l) => new Intl.DateTimeFormat(l, { month: 'short', year: 'numeric', timeZone: 'UTC' }), locale) as Intl.DateTimeFormat;
  return first === last ? format.format(midMonth(first)) : format.formatRange(midMonth(first), midMonth(last));
}

/** A share of a whole, e.g. `42%`. */
export function percent(part: number, whole: number, locale: string): string {
  const share = whole > 0 ? part / whole : 0;
  // Under 1%, one decimal: a small category never reads as 0%.
  const digits = share > 0 && share < 0.01 ? 1 : 0;
  return cached(`percent:${digits}`, (l) => new Intl.NumberFormat(l, { style: 'percent', maximumFractionDigits: digits }), locale).format(share);
}
