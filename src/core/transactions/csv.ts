/**
 * Transactions as a CSV file (RFC 4180) that a spreadsheet opens safely:
 * what `<mono-transactions export>` downloads. Framework-free.
 */

import type { Transaction } from '../fetcher/types.js';
import { decimalFromMinor, minorDigits } from './decimal.js';

/**
 * The header row. Column names are stable identifiers for the people and
 * scripts reading the file, so they are not translated (the element's words
 * on screen are).
 */
export const CSV_COLUMNS = [
  /** When, in UTC ISO 8601 (`2026-10-30T08:12:00.000Z`). */
  'date',
  'narration',
  /** `debit` or `credit`. */
  'type',
  /** In major units with the currency's own decimals (`-1470.85`); debits negative, so a column sum is the net flow. */
  'amount',
  /** The same in minor units (kobo for NGN), as Mono sent it: `-147085`. */
  'amount_minor',
  /** ISO 4217 code. */
  'currency',
  /** Balance after the transaction, major units; empty when Mono sent none. */
  'balance',
  'balance_minor',
  /** Mono's category; empty when it gave none. */
  'category',
  /** Mono's transaction id. */
  'id',
] as const;

export interface CsvOptions {
  /** Currency for rows Mono sent without one. Default `NGN`. */
  currency?: string;
  /**
   * Start with a UTF-8 byte order mark (default true). Excel reads a CSV
   * without one in the system's legacy code page, so `₦` and accented
   * names arrive as mojibake; with it, Excel reads UTF-8. Other readers
   * skip it (pandas needs `encoding="utf-8-sig"`); pass false for them.
   */
  bom?: boolean;
}

/**
 * A number this module wrote from a number: never user text, so never
 * neutralised (a debit's `-1470.85` must stay a number a sum can use).
 */
class Numeric {
  constructor(readonly text: string) {}
}

/**
 * OWASP "CSV Injection": a cell starting with one of these is run as a
 * formula by Excel, LibreOffice or Sheets (`=HYPERLINK(...)`, `@SUM(...)`,
 * `-2+3+cmd|...`). A leading `'` makes the spreadsheet show it as text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One cell: bank text neutralised, then quoted (quotes doubled) when RFC 4180 asks. */
export function csvCell(value: string | Numeric): string {
  if (value instanceof Numeric) return value.text;
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const money = (minor: number | undefined, digits: number): [Numeric | string, Numeric | string] =>
  minor === undefined ? ['', ''] : [new Numeric(decimalFromMinor(minor, digits)), new Numeric(decimalFromMinor(minor, 0))];

/** A date Mono sent, in UTC ISO 8601; as it came when it cannot be read (the normaliser lets none through). */
function isoDate(date: string): string {
  const time = Date.parse(date);
  return Number.isNaN(time) ? date : new Date(time).toISOString();
}

function record(row: Transaction, fallbackCurrency: string): string {
  const currency = row.currency ?? fallbackCurrency;
  const digits = minorDigits(currency);
  const [amount, amountMinor] = money(row.type === 'debit' ? -row.amount : row.amount, digits);
  const [balance, balanceMinor] = money(row.balance, digits);
  const cells: Array<string | Numeric> = [
    isoDate(row.date),
    row.narration,
    row.type,
    amount,
    amountMinor,
    currency,
    balance,
    balanceMinor,
    row.category ?? '',
    row.id,
  ];
  return cells.map(csvCell).join(',');
}

/** The CSV text: a header row, then one record per transaction in the given order, every line ending CRLF. */
export function transactionsToCsv(rows: readonly Transaction[], options: CsvOptions = {}): string {
  const { currency = 'NGN', bom = true } = options;
  const lines = [CSV_COLUMNS.join(','), ...rows.map((row) => record(row, currency))];
  return `${bom ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
}
