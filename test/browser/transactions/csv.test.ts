import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { Transaction } from '../../../src/core/fetcher/types.js';
import { CSV_COLUMNS, csvCell, transactionsToCsv } from '../../../src/core/transactions/csv.js';
import { decimalFromMinor, minorDigits } from '../../../src/core/transactions/decimal.js';
import { parseCsv } from './rfc4180.js';

const row = (fields: Partial<Transaction> = {}): Transaction => ({
  id: 'tx1',
  amount: 147085,
  type: 'debit',
  narration: 'POS Shoprite Lekki',
  date: '2026-10-30T08:12:00.000Z',
  currency: 'NGN',
  balance: 5_000_000,
  category: 'groceries',
  ...fields,
});

/** The file read back: header and records as objects. */
function readBack(csv: string) {
  expect(csv.startsWith('\uFEFF'), 'starts with a BOM').to.equal(true);
  const [header, ...records] = parseCsv(csv.slice(1));
  expect(header).to.deep.equal([...CSV_COLUMNS]);
  return records.map((cells) => Object.fromEntries(CSV_COLUMNS.map((column, i) => [column, cells[i]])) as Record<(typeof CSV_COLUMNS)[number], string>);
}

/** What a spreadsheet shows for a cell we neutralised: the text without our leading `'`. */
const shown = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

const FORMULAS = ['=HYPERLINK("http://evil.example","Click")', '+1+1', '-2+3+cmd|\' /C calc\'!A0', '@SUM(A1:A9)', '\t=1+1', '\r=1+1', '=1,2\r\n3"'];

describe('transactionsToCsv', () => {
  it('writes the header and one record per row, CRLF line ends, with a BOM', () => {
    const csv = transactionsToCsv([row(), row({ id: 'tx2', type: 'credit', amount: 5, balance: undefined, category: undefined, narration: 'Salary, October' })]);
    expect(csv).to.equal(
      '\uFEFFdate,narration,type,amount,amount_minor,currency,balance,balance_minor,category,id\r\n' +
        '2026-10-30T08:12:00.000Z,POS Shoprite Lekki,debit,-1470.85,-147085,NGN,50000.00,5000000,groceries,tx1\r\n' +
        '2026-10-30T08:12:00.000Z,"Salary, October",credit,0.05,5,NGN,,,,tx2\r\n',
    );
    expect(transactionsToCsv([], { bom: false })).to.equal(`${CSV_COLUMNS.join(',')}\r\n`);
  });

  it('writes dates in UTC ISO 8601 whatever offset Mono used', () => {
    const [record] = readBack(transactionsToCsv([row({ date: '2026-10-30T09:12:00+01:00' })]));
    expect(record!.date).to.equal('2026-10-30T08:12:00.000Z');
  });

  it('uses the currency\'s own minor digits, and the fallback currency for rows without one', () => {
    const records = readBack(
      transactionsToCsv([row({ currency: 'JPY', amount: 1500, balance: 20 }), row({ currency: 'KWD', amount: 1500, type: 'credit' }), row({ currency: undefined, amount: 100, type: 'credit' })], {
        currency: 'GHS',
      }),
    );
    expect(records.map((r) => [r.amount, r.balance, r.currency])).to.deep.equal([
      ['-1500', '20', 'JPY'],
      ['1.500', '5000.000', 'KWD'],
      ['1.00', '50000.00', 'GHS'],
    ]);
  });

  it('neutralises bank text that a spreadsheet would run as a formula, and not the numbers it writes', () => {
    const rows = FORMULAS.map((narration, i) => row({ id: `tx${i}`, narration, category: narration }));
    rows.push(row({ id: '=cmd', narration: '-500', balance: -250_000 }));
    const records = readBack(transactionsToCsv(rows));
    for (const [i, formula] of FORMULAS.entries()) {
      expect(records[i]!.narration).to.equal(`'${formula}`);
      expect(records[i]!.category).to.equal(`'${formula}`);
    }
    const last = records.at(-1)!;
    expect(last).to.deep.include({ id: "'=cmd", narration: "'-500", amount: '-1470.85', amount_minor: '-147085', balance: '-2500.00', balance_minor: '-250000' });
  });

  it('leaves ordinary text alone: a leading quote, apostrophe or space is not a formula', () => {
    expect(csvCell("'quoted")).to.equal("'quoted");
    expect(csvCell(' =1')).to.equal(' =1');
    expect(csvCell('Ọjà ₦ café')).to.equal('Ọjà ₦ café');
    expect(csvCell('say "hi"')).to.equal('"say ""hi"""');
  });

  it('reads back exactly what it wrote, whatever the bank sent (fast-check)', () => {
    const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.constantFrom(...FORMULAS, '', '""', ',', '\r\n', '\n', '\r', '₦1,000.00', 'Ọ̀ṣun'));
    const minor = fc.oneof(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), fc.integer({ min: 0, max: 1_000 }));
    const transaction = fc.record(
      {
        id: text.filter((id) => id.length > 0),
        amount: minor,
        type: fc.constantFrom<'debit' | 'credit'>('debit', 'credit'),
        narration: text,
        date: fc.date({ min: new Date('1990-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString()),
        currency: fc.constantFrom('NGN', 'USD', 'JPY', 'KWD', 'XYZ'),
        balance: fc.integer({ min: -1e12, max: 1e12 }),
        category: text,
      },
      { requiredKeys: ['id', 'amount', 'type', 'narration', 'date'] },
    );
    fc.assert(
      fc.property(fc.array(transaction, { maxLength: 12 }), (rows) => {
        const records = readBack(transactionsToCsv(rows));
        expect(records).to.have.length(rows.length);
        rows.forEach((tx, i) => {
          const r = records[i]!;
          const sign = tx.type === 'debit' && tx.amount !== 0 ? -1 : 1;
          expect(shown(r.narration)).to.equal(tx.narration);
          expect(shown(r.id)).to.equal(tx.id);
          expect(shown(r.category)).to.equal(tx.category ?? '');
          expect(r.type).to.equal(tx.type);
          expect(r.date).to.equal(tx.date);
          expect(r.currency).to.equal(tx.currency ?? 'NGN');
          // The decimal is the minor units, exactly, point moved by the currency's digits.
          const digits = minorDigits(tx.currency ?? 'NGN');
          expect(r.amount_minor).to.equal(String(sign * tx.amount));
          expect(r.amount.replace('.', '').replace(/^(-?)0+(?=\d)/, '$1')).to.equal(String(sign * tx.amount));
          expect(r.amount.split('.')[1]?.length ?? 0).to.equal(digits);
          expect(r.balance_minor).to.equal(tx.balance === undefined ? '' : String(tx.balance));
          // No cell a spreadsheet would run: text starting with a formula character is neutralised.
          for (const cell of [r.narration, r.id, r.category]) expect(/^[=+\-@\t\r]/.test(cell)).to.equal(false);
        });
      }),
      { numRuns: 300 },
    );
  });
});

describe('decimalFromMinor', () => {
  it('moves the point by the digits, exactly', () => {
    const cases: Array<[number, number, string]> = [
      [147085, 2, '1470.85'],
      [5, 2, '0.05'],
      [0, 2, '0.00'],
      [-0, 2, '0.00'],
      [-1, 2, '-0.01'],
      [100, 0, '100'],
      [1500, 3, '1.500'],
      [1500.5, 2, '15.005'],
      [9_007_199_254_740_991, 2, '90071992547409.91'],
      [1e21, 2, '10000000000000000000.00'],
      [1.5e-7, 2, '0.0000000015'],
    ];
    for (const [minor, digits, text] of cases) expect(decimalFromMinor(minor, digits), `${minor}/${digits}`).to.equal(text);
    expect(() => decimalFromMinor(Number.NaN, 2)).to.throw(RangeError);
  });

  it('agrees with BigInt arithmetic for every safe integer (fast-check)', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), fc.integer({ min: 0, max: 4 }), (minor, digits) => {
        const scale = 10n ** BigInt(digits);
        const abs = BigInt(Math.abs(minor));
        const fraction = digits ? `.${(abs % scale).toString().padStart(digits, '0')}` : '';
        const want = `${minor < 0 ? '-' : ''}${abs / scale}${fraction}`;
        expect(decimalFromMinor(minor, digits)).to.equal(want);
      }),
      { numRuns: 1000 },
    );
  });

  it('knows the currencies\' digits, and takes 2 for a code Intl cannot use', () => {
    expect([minorDigits('NGN'), minorDigits('JPY'), minorDigits('KWD'), minorDigits('US DOLLAR')]).to.deep.equal([2, 0, 3, 2]);
  });
});
