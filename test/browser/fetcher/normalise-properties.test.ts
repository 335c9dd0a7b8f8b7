import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { MonoFetchError } from '../../../src/core/fetcher/errors.js';
import { normaliseAccount } from '../../../src/core/fetcher/normalise-account.js';
import { normaliseExchange } from '../../../src/core/fetcher/normalise-exchange.js';
import { normaliseTransactionPage } from '../../../src/core/fetcher/normalise-transactions.js';
import { accountBody, SECRET, transactionsBody } from './arbitraries.js';

/** DESIGN.md "What the browser may see", as the normalised types spell it (plus developer notes). */
const ACCOUNT_KEYS = ['id', 'name', 'lastFour', 'accountNumber', 'type', 'currency', 'balance', 'institution', 'dataStatus', 'retrievedData', 'updatedAt', 'authMethod', 'unreadable'];
const INSTITUTION_KEYS = ['name', 'bankCode', 'type'];
const PAGE_KEYS = ['transactions', 'page', 'total', 'perPage', 'hasPrevious', 'hasNext', 'skipped'];
const TRANSACTION_KEYS = ['id', 'amount', 'type', 'narration', 'date', 'currency', 'balance', 'category'];

/** Runs `normalise`; anything thrown other than a MonoFetchError fails the property. */
function outcome<T>(normalise: () => T): T | undefined {
  try {
    return normalise();
  } catch (error) {
    if (error instanceof MonoFetchError) return undefined;
    throw error;
  }
}

const keysWithin = (value: object, allowed: string[]) => expect(Object.keys(value).filter((key) => !allowed.includes(key))).to.deep.equal([]);

const RUNS = 500;
/**
 * A property holds vacuously when every input is refused (a normaliser that
 * threw MonoFetchError on everything would pass). Each property counts the
 * inputs it really checked; at least this share of the runs must be.
 */
const CHECKED_AT_LEAST = 0.1;

describe('normalisers, on arbitrary input (fast-check)', () => {
  it('normaliseAccount throws nothing but MonoFetchError and keeps only listed fields', () => {
    let checked = 0;
    fc.assert(
      fc.property(accountBody, (body) => {
        const account = outcome(() => normaliseAccount(body));
        if (!account) return;
        checked++;
        keysWithin(account, ACCOUNT_KEYS);
        if (account.institution) keysWithin(account.institution, INSTITUTION_KEYS);
        expect(account.id).to.be.a('string').and.not.equal('');
        if (account.lastFour !== undefined) expect(account.lastFour).to.match(/^\d{1,4}$/);
        if (account.balance !== undefined) expect(Number.isFinite(account.balance)).to.equal(true);
        // A BVN, identity, phone… anywhere in the input never reaches the output.
        expect(JSON.stringify(account)).to.not.contain(SECRET);
      }),
      { numRuns: RUNS },
    );
    expect(checked).to.be.at.least(RUNS * CHECKED_AT_LEAST);
  });

  it('normaliseTransactionPage throws nothing but MonoFetchError, keeps only listed fields, and accounts for every row', () => {
    let checked = 0;
    let rows = 0;
    fc.assert(
      fc.property(transactionsBody, fc.integer({ min: 1, max: 50 }), (body, requested) => {
        const page = outcome(() => normaliseTransactionPage(body, requested));
        if (!page) return;
        checked++;
        rows += page.transactions.length;
        keysWithin(page, PAGE_KEYS);
        for (const row of page.transactions) {
          keysWithin(row, TRANSACTION_KEYS);
          expect(row.type).to.be.oneOf(['debit', 'credit']);
          expect(row.amount).to.be.at.least(0);
          expect(Number.isNaN(Date.parse(row.date))).to.equal(false);
        }
        for (const skipped of page.skipped ?? []) keysWithin(skipped, ['index', 'reason']);
        expect(page.page).to.be.at.least(1);
        expect(page.total).to.be.at.least(0);
        expect(JSON.stringify(page)).to.not.contain(SECRET);
        // Every row sent is shown or counted as skipped: none vanish silently.
        const sent = body && typeof body === 'object' && !Array.isArray(body) ? (body as { data?: unknown }).data : undefined;
        const sentRows = Array.isArray(sent) ? sent : sent && typeof sent === 'object' ? (sent as { transactions?: unknown }).transactions : undefined;
        if (Array.isArray(sentRows)) expect(page.transactions.length + (page.skipped?.length ?? 0)).to.equal(sentRows.length);
      }),
      { numRuns: RUNS },
    );
    expect(checked).to.be.at.least(RUNS * CHECKED_AT_LEAST);
    expect(rows, 'rows kept across all runs, so the per-row checks ran').to.be.greaterThan(0);
  });

  it('normaliseExchange throws nothing but MonoFetchError and returns a non-empty id', () => {
    const exchangeBody = fc.oneof(
      fc.jsonValue(),
      fc.record({ id: fc.jsonValue(), _id: fc.jsonValue() }, { requiredKeys: [] }),
      fc.record({ status: fc.jsonValue(), data: fc.oneof(fc.jsonValue(), fc.record({ id: fc.jsonValue() }, { requiredKeys: [] })) }, { requiredKeys: [] }),
    );
    let checked = 0;
    fc.assert(
      fc.property(exchangeBody, (body) => {
        const result = outcome(() => normaliseExchange(body));
        if (result) {
          checked++;
          expect(Object.keys(result)).to.deep.equal(['accountId']);
          expect(result.accountId.trim()).to.not.equal('');
        }
      }),
      { numRuns: RUNS },
    );
    expect(checked).to.be.greaterThan(0);
  });
});
