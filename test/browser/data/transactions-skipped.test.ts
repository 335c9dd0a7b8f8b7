import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/elements/transactions/transactions.js';
import type { MonoTransactions } from '../../../src/elements/transactions/transactions.component.js';
import type { MonoErrorEvent } from '../../../src/events/mono-error.js';
import { accountV2 } from '../../fixtures/mono/account-v2.js';
import { transactionsDataNull, transactionsEmptyMeta, transactionsNestedNull, transactionsPagingNull } from '../../fixtures/mono/transactions-empty.js';
import { transactionsAllBad, transactionsMalformed } from '../../fixtures/mono/transactions-malformed.js';
import { transactionsNested } from '../../fixtures/mono/transactions-nested.js';
import { transactionsV1 } from '../../fixtures/mono/transactions-v1.js';
import { transactionsV2 } from '../../fixtures/mono/transactions-v2.js';
import { bodiesFetcher, captureWarnings } from './mono-bodies.js';

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const rows = (el: MonoTransactions) => [...el.shadowRoot!.querySelectorAll('tbody tr:not(.skeleton)')];
const settled = (el: MonoTransactions) =>
  waitUntil(() => ['ready', 'empty', 'error'].includes(el.getAttribute('state')!), 'settled', { timeout: 4000 });

async function show(transactions: unknown, errors: MonoErrorEvent[] = []): Promise<MonoTransactions> {
  const el = await fixture<MonoTransactions>(
    html`<mono-transactions
      account-id="acc"
      .fetcher=${bodiesFetcher({ account: accountV2, transactions })}
      @mono-error=${(event: MonoErrorEvent) => errors.push(event)}
    ></mono-transactions>`,
  );
  await settled(el);
  return el;
}

describe('<mono-transactions> with every layout Mono documents', () => {
  for (const [name, body, count] of [
    ['v1 paging', transactionsV1, 2],
    ['v2 meta', transactionsV2, 2],
    ['data: { paging, transactions }', transactionsNested, 1],
  ] as const) {
    it(`shows ${name}`, async () => {
      const el = await show(body);
      expect(el.getAttribute('state')).to.equal('ready');
      expect(rows(el)).to.have.length(count);
      expect(el.shadowRoot!.querySelector('[part="skipped"]')).to.equal(null);
    });
  }

  for (const [name, body] of [
    ['data: [] with meta', transactionsEmptyMeta],
    ['data: null and meta: null', transactionsDataNull],
    ['paging: null', transactionsPagingNull],
    ['data: { paging: null, transactions: null }', transactionsNestedNull],
  ] as const) {
    it(`${name} is the empty state, not an error`, async () => {
      const errors: MonoErrorEvent[] = [];
      const el = await show(body, errors);
      expect(el.getAttribute('state')).to.equal('empty');
      expect(text(el.shadowRoot!.querySelector('[part="message"]'))).to.equal('No transactions yet.');
      expect(errors).to.have.length(0);
      await expect(el).to.be.accessible();
    });
  }
});

describe('<mono-transactions> with malformed rows', () => {
  it('shows the good rows, says how many could not be shown, and tells developers which and why', async () => {
    const warnings = captureWarnings();
    const errors: MonoErrorEvent[] = [];
    try {
      const el = await show(transactionsMalformed, errors);
      expect(el.getAttribute('state')).to.equal('ready');
      expect(rows(el).map((row) => text(row.querySelector('.narration')))).to.deep.equal(['SALARY MARCH', 'No description']);
      const notice = text(el.shadowRoot!.querySelector('[part="skipped"]'));
      expect(notice).to.equal('6 transactions could not be shown.');
      // Words for users on screen; field paths only in the event and the console.
      expect(text(el.shadowRoot!.querySelector('[part="base"]'))).to.not.match(/data\[\d\]|should be/);
      expect(errors).to.have.length(1);
      expect(errors[0]!.detail.phase).to.equal('fetch');
      expect(errors[0]!.detail.error.code).to.equal('TRANSACTIONS_SKIPPED');
      expect(errors[0]!.detail.error.message).to.contain('6 of 8 transactions on page 1');
      expect(errors[0]!.detail.error.message).to.contain('data[1].amount should be a number, got string');
      expect(errors[0]!.detail.error.message).to.contain('data[5].type should be "debit" or "credit"');
      expect(warnings.messages.join('\n')).to.contain('data[4].date should be a date');
      await expect(el).to.be.accessible();
    } finally {
      warnings.restore();
    }
  });

  it('a page of only bad rows says none could be shown, not "no transactions"', async () => {
    const warnings = captureWarnings();
    try {
      const el = await show(transactionsAllBad);
      expect(el.getAttribute('state')).to.equal('empty');
      expect(text(el.shadowRoot!.querySelector('[part="message"]'))).to.equal('None of these transactions could be shown.');
      expect(text(el.shadowRoot!.querySelector('[part="skipped"]'))).to.equal('2 transactions could not be shown.');
      await expect(el).to.be.accessible();
    } finally {
      warnings.restore();
    }
  });

  it('a body with no page at all is an error in words for users', async () => {
    const errors: MonoErrorEvent[] = [];
    const el = await show({ data: 'rows' }, errors);
    expect(el.getAttribute('state')).to.equal('error');
    expect(text(el.shadowRoot!.querySelector('[part="message"] p'))).to.equal('The transactions could not be loaded.');
    expect(errors[0]!.detail.error.message).to.contain('data should be an array of transactions');
  });

  it('an unknown currency is shown with its code, never as naira', async () => {
    const body = { data: [{ id: 'c1', amount: 250, type: 'credit', narration: 'FX', date: '2026-03-01T00:00:00Z', currency: 'euro' }] };
    const el = await show(body);
    expect(text(rows(el)[0]!.querySelector('.amount'))).to.equal('+EURO 2.50 Credit');
  });
});
