import type { InstitutionOption } from '../../core/fetcher/types.js';

const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();
/** Each unit, and how many of it make the next one. */
const STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
  ['week', Infinity],
];

function relativeFormat(locale: string): Intl.RelativeTimeFormat {
  let format = relativeFormats.get(locale);
  if (!format) {
    try {
      format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    } catch {
      format = new Intl.RelativeTimeFormat('en-NG', { numeric: 'auto' });
    }
    relativeFormats.set(locale, format);
  }
  return format;
}

/**
 * "5 minutes ago", "yesterday" in `locale`: minutes under an hour, then
 * hours, days, weeks. Under a minute is "this minute" (Intl's `numeric:
 * auto` for 0 minutes). `undefined` for a date that cannot be read.
 */
export function timeAgo(iso: string, locale: string, now = Date.now()): string | undefined {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return undefined;
  // A clock a little ahead of the page's is not "in 2 minutes".
  let amount = Math.max(0, Math.floor((now - time) / 60_000));
  let unit: Intl.RelativeTimeFormatUnit = 'minute';
  for (const [name, size] of STEPS) {
    unit = name;
    if (amount < size) break;
    amount = Math.floor(amount / size);
  }
  return relativeFormat(locale).format(-amount, unit);
}

/** Seconds as m:ss (4:59), for a countdown that is seen, not read out. */
export function clock(seconds: number): string {
  const whole = Math.max(0, Math.ceil(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

/** "5 minutes", "1 minute", "30 seconds" in `locale`: what a screen reader hears of a countdown. */
export function duration(seconds: number, locale: string): string {
  const minutes = Math.ceil(seconds / 60);
  const [value, unit] = seconds >= 60 ? [minutes, 'minute'] : [Math.max(1, Math.ceil(seconds)), 'second'];
  try {
    return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
  } catch {
    return new Intl.NumberFormat('en-NG', { style: 'unit', unit, unitDisplay: 'long' }).format(value);
  }
}

/** Lower case, no accents or punctuation, without the words banks' names differ by ("Bank", "PLC"). */
function bankKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\b(bank|plc|ltd|limited|nigeria|of)\b/g, '')
    .replace(/[^a-z0-9]/g, '');
}

/**
 * The institution from `getInstitutions()` that an account's bank name
 * names: Mono's account details carry the bank's name and code, not the id
 * of its institution list, so names are compared ("GTBank" and "GTBank
 * Plc" match; "Access Bank" and "Access" too).
 */
export function matchInstitution(institutions: readonly InstitutionOption[], bankName: string | undefined): InstitutionOption | undefined {
  if (!bankName) return undefined;
  const key = bankKey(bankName);
  return key ? institutions.find((institution) => bankKey(institution.name) === key) : undefined;
}
