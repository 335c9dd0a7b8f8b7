// The spending summary's arithmetic (src/core/transactions/summary.ts):
// exact integer sums, months as Mono wrote them, categories normalised.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Transaction } from '../../../src/core/fetcher/types.js';
import {
  clampMonths,
  monthOf,
  monthRange,
  normaliseCategory,
  OTHER,
  peakSpendingMonth,
  summarise,
  summaryPeriod,
  topCategories,
} from '../../../src/core/transactions/summary.js';

const MONTHS = monthRange({ year: 2026, month: 10 }, 6);

const row = (overrides: Partial<Transaction>): Transaction => ({
  id: 'x',
  amount: 100,
  type: 'debit',
  narration: '',
  date: '2026-10-15T10:00:00.000Z',
  ...overrides,
});

/** Rows in and around the six months, in NGN, some without a currency or a category. */
const rowArbitrary = fc.record({
  id: fc.uuid(),
  amount: fc.integer({ min: 0, max: 5_000_000_000 }),
  type: fc.constantFrom('debit' as const, 'credit' as const),
  narration: fc.constant(''),
  date: fc.date({ min: new Date(Date.UTC(2026, 2, 1)), max: new Date(Date.UTC(2026, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString()),
  currency: fc.constantFrom('NGN', undefined),
  category: fc.constantFrom('transfer', 'Bank Charges', 'BANK_CHARGES', '', undefined, 'unknown', 'food'),
});

test('per month, money in minus money out adds up to the net over the rows, exactly', () => {
  fc.assert(
    fc.property(fc.array(rowArbitrary, { maxLength: 300 }), (rows) => {
      const summary = summarise(rows, { months: MONTHS, currency: 'NGN' });
      // Independently: every row whose date starts with a month of the range.
      const inRange = rows.filter((r) => MONTHS.includes(r.date.slice(0, 7) as never));
      const expectedIn = inRange.filter((r) => r.type === 'credit').reduce((sum, r) => sum + r.amount, 0);
      const expectedOut = inRange.filter((r) => r.type === 'debit').reduce((sum, r) => sum + r.amount, 0);
      const monthlyNet = summary.months.reduce((sum, m) => sum + (m.moneyIn - m.moneyOut), 0);
      assert.equal(monthlyNet, expectedIn - expectedOut);
      assert.equal(summary.totals.net, expectedIn - expectedOut);
      assert.equal(summary.totals.moneyIn, expectedIn);
      assert.equal(summary.totals.moneyOut, expectedOut);
      assert.equal(summary.categories.reduce((sum, c) => sum + c.amount, 0), expectedOut, 'categories share out exactly the money out');
      assert.equal(summary.totals.count + summary.outsideRange, rows.length);
      assert.ok(Number.isSafeInteger(summary.totals.moneyIn) && Number.isSafeInteger(summary.totals.moneyOut));
    }),
  );
});

test('top categories and Other keep the total, largest first', () => {
  fc.assert(
    fc.property(fc.array(rowArbitrary, { maxLength: 200 }), fc.integer({ min: 1, max: 10 }), (rows, limit) => {
      const { categories, totals } = summarise(rows, { months: MONTHS, currency: 'NGN' });
      const top = topCategories(categories, limit);
      assert.equal(top.reduce((sum, c) => sum + c.amount, 0), totals.moneyOut);
      assert.ok(top.length <= limit + 1);
      const named = top.filter((c) => c.category !== OTHER);
      for (let i = 1; i < named.length; i++) assert.ok(named[i - 1]!.amount >= named[i]!.amount);
    }),
  );
});

test('amounts in kobo do not drift: 0.1 + 0.2 naira is 30 kobo', () => {
  const summary = summarise([row({ amount: 10 }), row({ amount: 20 }), row({ amount: 1, type: 'credit' })], { months: MONTHS, currency: 'NGN' });
  assert.equal(summary.totals.moneyOut, 30);
  assert.equal(summary.totals.net, -29);
});

test('a row counts in the month written in its date, whatever the offset', () => {
  assert.equal(monthOf('2026-03-31T23:30:00.000Z'), '2026-03');
  assert.equal(monthOf('2026-04-01T00:30:00+01:00'), '2026-04');
  assert.equal(monthOf('2026-04-01'), '2026-04');
  // Not ISO: Lagos time (UTC+1), as the package shows dates.
  assert.equal(monthOf('Tue, 31 Mar 2026 23:30:00 GMT'), '2026-04');
  assert.equal(monthOf('not a date'), undefined);
});

test('months: the range is calendar months ending with the last one, across a new year', () => {
  assert.deepEqual(monthRange({ year: 2026, month: 2 }, 4), ['2025-11', '2025-12', '2026-01', '2026-02']);
  assert.deepEqual(summaryPeriod(6, '2026-10-31'), { months: ['2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10'], start: '2026-05-01', end: '2026-10-31' });
  assert.deepEqual(summaryPeriod(1, undefined, new Date(2026, 10, 26)), { months: ['2026-11'], start: '2026-11-01', end: '2026-11-26' });
  assert.equal(clampMonths(0), 1);
  assert.equal(clampMonths(99), 24);
  assert.equal(clampMonths('abc'), 6);
  assert.equal(summaryPeriod(99, '2026-10-31').months.length, 24);
});

test('months without rows are zeros; rows outside the range or in another currency are counted apart', () => {
  const summary = summarise(
    [row({ date: '2026-04-30T23:59:59Z' }), row({ currency: 'USD' }), row({ date: '2026-07-01T00:00:00Z', amount: 500 })],
    { months: MONTHS, currency: 'NGN' },
  );
  assert.equal(summary.months.length, 6);
  assert.deepEqual(summary.months.map((m) => m.moneyOut), [0, 0, 500, 0, 0, 0]);
  assert.equal(summary.outsideRange, 1);
  assert.equal(summary.otherCurrency, 1);
});

test('categories: one key for the spellings of one category; none, blank or a placeholder is Uncategorised (null)', () => {
  assert.equal(normaliseCategory('Bank Charges'), 'bank_charges');
  assert.equal(normaliseCategory('BANK_CHARGES'), 'bank_charges');
  assert.equal(normaliseCategory(' bank-charges '), 'bank_charges');
  for (const none of [undefined, null, '', '  ', 'unknown', 'Uncategorized', 'N/A']) assert.equal(normaliseCategory(none), null, String(none));
  const summary = summarise([row({ category: 'Bank Charges', amount: 5 }), row({ category: 'bank_charges', amount: 7 }), row({ amount: 3 }), row({ type: 'credit', category: 'salary' })], {
    months: MONTHS,
    currency: 'NGN',
  });
  assert.deepEqual(summary.categories, [
    { category: 'bank_charges', amount: 12, count: 2 },
    { category: null, amount: 3, count: 1 },
  ]);
});

test('Other holds two or more categories; a tail of one is shown by its name', () => {
  const categories = Array.from({ length: 9 }, (_, i) => ({ category: `c${i}`, amount: 100 - i, count: 1 }));
  assert.equal(topCategories(categories, 8).length, 9);
  assert.equal(topCategories(categories, 8).some((c) => c.category === OTHER), false);
  const merged = topCategories([...categories, { category: 'c9', amount: 1, count: 2 }], 8);
  assert.deepEqual(merged[8], { category: OTHER, amount: 92 + 1, count: 3, categories: 2 });
});

test('the peak spending month is the one with the most money out; none when nothing went out', () => {
  const summary = summarise([row({ date: '2026-06-02', amount: 9 }), row({ date: '2026-08-02', amount: 9 }), row({ date: '2026-07-02', amount: 3 })], {
    months: MONTHS,
    currency: 'NGN',
  });
  assert.equal(peakSpendingMonth(summary.months)?.month, '2026-08');
  assert.equal(peakSpendingMonth(summarise([], { months: MONTHS, currency: 'NGN' }).months), undefined);
});

test('10,000 rows are summed in one pass', () => {
  const rows = Array.from({ length: 10_000 }, (_, i) => row({ id: String(i), amount: i, date: `2026-${String(5 + (i % 6)).padStart(2, '0')}-10T00:00:00Z`, type: i % 3 ? 'debit' : 'credit' }));
  const summary = summarise(rows, { months: MONTHS, currency: 'NGN' });
  assert.equal(summary.totals.count, 10_000);
  assert.equal(summary.totals.moneyIn + summary.totals.moneyOut, (9_999 * 10_000) / 2);
});
