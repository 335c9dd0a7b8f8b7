import { expect } from '@open-wc/testing';
import { MonoFetchError } from '../../../src/core/fetcher/errors.js';
import { normaliseTransactionPage } from '../../../src/core/fetcher/normalise-transactions.js';
import { transactionsDataNull, transactionsEmptyMeta, transactionsNestedNull, transactionsPagingNull } from '../../fixtures/mono/transactions-empty.js';
import { transactionsAllBad, transactionsMalformed } from '../../fixtures/mono/transactions-malformed.js';
import { transactionsNested } from '../../fixtures/mono/transactions-nested.js';
import { transactionsV1 } from '../../fixtures/mono/transactions-v1.js';
import { transactionsV2 } from '../../fixtures/mono/transactions-v2.js';

describe('normaliseTransactionPage: every layout Mono documents', () => {
  it('v1: top-level paging, _id rows', () => {
    const page = normaliseTransactionPage(transactionsV1);
    expect(page).to.deep.include({ page: 2, total: 190, hasPrevious: true, hasNext: true });
    expect(page.transactions.map((row) => row.id)).to.deep.equal(['62b16cd15223fb781ce1a923', '62b16cd15223fb781ce2b576']);
    expect(page.transactions[1]).to.deep.equal({
      id: '62b16cd15223fb781ce2b576',
      amount: 411120,
      type: 'credit',
      narration: 'NIP/UBA/NGOZI ADEYEMI/Rent share',
      date: '2026-05-30T15:44:00.000Z',
      currency: 'NGN',
      balance: 1190850,
      category: 'transfer',
    });
    expect(page).to.not.have.property('skipped');
  });

  it('v2: data array and top-level meta', () => {
    const page = normaliseTransactionPage(transactionsV2);
    expect(page).to.deep.include({ page: 1, total: 307, hasPrevious: false, hasNext: true });
    expect(page.transactions).to.have.length(2);
    expect(page.transactions[0]).to.not.have.property('currency');
  });

  it('data: { paging, transactions }, currency ngn', () => {
    const page = normaliseTransactionPage(transactionsNested);
    expect(page).to.deep.include({ page: 1, total: 35, hasPrevious: false, hasNext: true });
    expect(page.transactions[0]).to.deep.include({ id: '763163450a4b0f1595902a39', currency: 'NGN', amount: 12000, type: 'credit' });
  });

  for (const [name, body] of [
    ['data: [] with meta', transactionsEmptyMeta],
    ['data: null, meta: null', transactionsDataNull],
    ['paging: null', transactionsPagingNull],
    ['data: { paging: null, transactions: null }', transactionsNestedNull],
  ] as const) {
    it(`${name} is an empty page, not an error`, () => {
      const page = normaliseTransactionPage(body, 3);
      expect(page.transactions).to.deep.equal([]);
      expect(page.total).to.equal(0);
      expect(page.hasNext).to.equal(false);
    });
  }

  it('keeps the good rows of a page with bad ones, and says which were skipped and why', () => {
    const page = normaliseTransactionPage(transactionsMalformed);
    expect(page.transactions.map((row) => row.id)).to.deep.equal(['good-1', 'good-2']);
    // A null narration is not a reason to hide money that moved.
    expect(page.transactions[1]).to.deep.include({ narration: '', type: 'debit', currency: 'NGN' });
    expect(page.skipped!.map((row) => row.index)).to.deep.equal([1, 2, 3, 4, 5, 6]);
    const reasons = page.skipped!.map((row) => row.reason);
    expect(reasons[0]).to.equal('data[1].amount should be a number, got string');
    expect(reasons[1]).to.equal('data[2].amount should be a number, got null');
    expect(reasons[2]).to.equal('data[3].date should be a date, got undefined');
    expect(reasons[3]).to.equal('data[4].date should be a date, got string');
    expect(reasons[4]).to.equal('data[5].type should be "debit" or "credit", got string');
    expect(reasons[5]).to.equal('data[6] should be an object, got null');
    // Field paths and kinds only: never a value from the row.
    expect(reasons.join(' ')).to.not.contain('1470.85');
    expect(page.total).to.equal(8);
  });

  it('a page where every row is bad has no rows and two skipped', () => {
    const page = normaliseTransactionPage(transactionsAllBad);
    expect(page.transactions).to.deep.equal([]);
    expect(page.skipped).to.have.length(2);
  });

  it('paging fields it cannot read fall back to what is known', () => {
    const page = normaliseTransactionPage({ data: [], meta: { page: '2', total: -1, next: 7 } }, 4);
    expect(page).to.deep.include({ page: 4, total: 0, hasPrevious: true, hasNext: false });
  });

  it('is an error only when there is no page at all', () => {
    for (const body of [null, [], 'x', {}, { data: 'rows' }, { data: { transactions: 'rows' } }]) {
      expect(() => normaliseTransactionPage(body)).to.throw(MonoFetchError);
    }
  });
});
