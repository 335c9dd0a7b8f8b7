import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/transactions/transactions.js';
import type { MonoTransactions } from '../../../src/elements/transactions/transactions.component.js';
import { createHttpFetcher } from '../../../src/core/fetcher/http-fetcher.js';
import type { MonoFetcher, TransactionPage } from '../../../src/core/fetcher/types.js';
import { createMemoryFetcher, SIMULATED_ACCOUNTS } from '../../../src/testing/index.js';
import { row, rowsFetcher } from './fixtures.js';

const $ = (el: MonoTransactions, selector: string) => el.shadowRoot!.querySelector(selector);
const $$ = (el: MonoTransactions, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];
const bodyRows = (el: MonoTransactions) => $$(el, 'tbody tr:not(.skeleton)');
const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const state = (el: MonoTransactions, value: string) => waitUntil(() => el.getAttribute('state') === value, `state ${value}`, { timeout: 4000 });

describe('<mono-transactions> states', () => {
  it('loading → ready: a table of the first page, with pagination', async () => {
    const fetcher = createMemoryFetcher();
    fetcher.simulator.faults.latencyMs = 300;
    const loadedEvents: CustomEvent[] = [];
    const el = await fixture<MonoTransactions>(
      html`<mono-transactions
        account-id=${SIMULATED_ACCOUNTS.available}
        .fetcher=${fetcher}
        @mono-transactions-loaded=${(e: CustomEvent) => loadedEvents.push(e)}
      ></mono-transactions>`,
    );
    expect(el.getAttribute('state')).to.equal('loading');
    expect($$(el, 'tr.skeleton').length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
    await waitUntil(() => loadedEvents.length === 1, 'first page loaded', { timeout: 4000 });
    const loaded = loadedEvents[0]!;
    expect(loaded.detail.page).to.equal(1);
    expect(loaded.detail.transactions).to.have.length(20);
    await state(el, 'ready');
    expect(bodyRows(el)).to.have.length(20);
    expect($$(el, 'th').map(text)).to.deep.equal(['Date', 'Description', 'Category', 'Amount']);
    const pages = Math.ceil(loaded.detail.total / 20);
    expect(text($(el, '[part="pagination"] span'))).to.equal(`Page 1 of ${pages}`);
    expect(($(el, '[part="previous"]') as HTMLButtonElement).disabled).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('processing → ready: shows progress while the bank\'s data is fetched', async () => {
    const fetcher = createMemoryFetcher({ processingMs: 400 });
    const el = await fixture<MonoTransactions>(html`<mono-transactions account-id=${SIMULATED_ACCOUNTS.processing} poll-interval="50" .fetcher=${fetcher}></mono-transactions>`);
    await state(el, 'processing');
    expect($(el, 'progress')).to.exist;
    expect(text($(el, '[part="message"]'))).to.contain('Fetching transactions from the bank');
    await expect(el).to.be.accessible();
    // The first page goes out with the first status check (early-page.ts), is dropped unseen, and no other while processing.
    expect(fetcher.simulator.requests.filter((r) => r.path.endsWith('/transactions'))).to.have.length.at.most(1, 'no transactions asked for while processing but the early page');
    await state(el, 'ready');
    expect(bodyRows(el).length).to.equal(20);
  });

  it('failed: says the data could not be fetched', async () => {
    const el = await fixture<MonoTransactions>(html`<mono-transactions account-id=${SIMULATED_ACCOUNTS.failed} .fetcher=${createMemoryFetcher()}></mono-transactions>`);
    await state(el, 'failed');
    expect(text($(el, '[part="message"]'))).to.contain('could not be fetched');
    await expect(el).to.be.accessible();
  });

  it('partial: shows the rows and says the data is partial', async () => {
    const el = await fixture<MonoTransactions>(html`<mono-transactions account-id=${SIMULATED_ACCOUNTS.partial} .fetcher=${createMemoryFetcher()}></mono-transactions>`);
    await state(el, 'ready');
    expect(text($(el, '[part="notice"]'))).to.contain('partial');
    await expect(el).to.be.accessible();
  });

  it('empty: an account with no transactions', async () => {
    const el = await fixture<MonoTransactions>(html`<mono-transactions account-id=${SIMULATED_ACCOUNTS.empty} .fetcher=${createMemoryFetcher()}></mono-transactions>`);
    await state(el, 'empty');
    expect(text($(el, '[part="message"]'))).to.equal('No transactions yet.');
    await expect(el).to.be.accessible();
  });

  it('error after a 500, with a retry that loads the page', async () => {
    const fetcher = createMemoryFetcher({ retry: { retries: 0 } });
    const el = await fixture<MonoTransactions>(html`<mono-transactions .fetcher=${fetcher}></mono-transactions>`);
    await fetcher.getAccount(SIMULATED_ACCOUNTS.available);
    fetcher.simulator.faults.serverErrors = 0;
    // The status check passes; the page request meets a 500.
    const original = fetcher.getTransactions;
    let failures = 1;
    fetcher.getTransactions = async (...args) => {
      if (failures-- > 0) fetcher.simulator.faults.serverErrors = 1;
      return original(...args);
    };
    el.accountId = SIMULATED_ACCOUNTS.available;
    const error = await oneEvent(el, 'mono-error');
    expect(error.detail).to.deep.include({ phase: 'fetch' });
    expect(error.detail.error).to.deep.include({ status: 502, code: 'UPSTREAM_ERROR' });
    await state(el, 'error');
    const retry = $(el, '[part="retry"]') as HTMLButtonElement;
    expect(text(retry)).to.equal('Retry');
    await expect(el).to.be.accessible();
    retry.click();
    await state(el, 'ready');
    expect(bodyRows(el)).to.have.length(20);
  });
});

describe('<mono-transactions> rows', () => {
  it('formats amounts from minor units, with sign and label, in en-NG', async () => {
    const fetcher = rowsFetcher([row(), row({ id: 't2', type: 'credit', amount: 35000000, narration: 'SALARY', category: 'salary' })]);
    const el = await fixture<MonoTransactions>(html`<mono-transactions account-id="acc" .fetcher=${fetcher}></mono-transactions>`);
    await state(el, 'ready');
    const [debit, credit] = bodyRows(el);
    expect(debit!.getAttribute('part')).to.equal('row debit');
    expect(text(debit!.querySelector('.amount'))).to.equal('−₦1,470.85 Debit');
    expect(text(credit!.querySelector('.amount'))).to.equal('+₦350,000.00 Credit');
    expect(text(debit!.querySelector('.category'))).to.equal('Bank charges');
    expect(text(debit!.querySelector('.date'))).to.equal('30 Oct 2026');
  });

  it('formats in another locale', async () => {
    const fetcher = rowsFetcher([row({ currency: 'USD', amount: 123456 })]);
    const el = await fixture<MonoTransactions>(html`<mono-transactions account-id="acc" locale="fr-FR" .fetcher=${fetcher}></mono-transactions>`);
    await state(el, 'ready');
    const amount = text($(el, 'tbody .amount')).replace(/[\u202f\u00a0]/g, ' ');
    expect(amount).to.equal('−1 234,56 $US Debit');
    expect(text($(el, 'tbody .date'))).to.equal('30 oct. 2026');
  });

  it('shows a hostile narration as text, never as markup', async () => {
    const el = await fixture<MonoTransactions>(html`<mono-transactions account-id=${SIMULATED_ACCOUNTS.hostile} .fetcher=${createMemoryFetcher()}></mono-transactions>`);
    await state(el, 'ready');
    expect($$(el, 'tbody img, tbody b')).to.have.length(0);
    expect(bodyRows(el).map((r) => r.querySelector('.narration')!.textContent)).to.include(
      '<img src=x onerror="alert(document.domain)"> NIP TRF <b>bold</b>',
    );
  });

  it('renders Mono\'s v1 and v2 page shapes the same, through the HTTP fetcher', async () => {
    const v1 = { paging: { total: 1, page: 1, previous: null, next: null }, data: [{ _id: 'a', amount: 5000, type: 'debit', narration: 'AIRTIME', date: '2026-10-01T09:00:00Z', currency: 'NGN' }] };
    const v2 = { status: 'successful', data: [{ id: 'a', amount: 5000, type: 'debit', narration: 'AIRTIME', date: '2026-10-01T09:00:00Z', currency: 'NGN' }], meta: { total: 1, page: 1, previous: null, next: null } };
    const account = { data: { account: { id: 'x', name: 'A', account_number: '1', balance: 0, institution: { name: 'GTBank' } }, meta: { data_status: 'AVAILABLE' } } };
    const shown: string[] = [];
    for (const page of [v1, v2]) {
      const fetcher = createHttpFetcher({
        fetch: async (request) => Response.json(new URL(request.url).pathname.endsWith('/transactions') ? page : account),
      });
      const el = await fixture<MonoTransactions>(html`<mono-transactions account-id="x" .fetcher=${fetcher}></mono-transactions>`);
      await state(el, 'ready');
      shown.push(text($(el, 'tbody')));
    }
    expect(shown[0]).to.equal(shown[1]);
    expect(shown[0]).to.contain('AIRTIME').and.contain('−₦50.00');
  });
});

describe('<mono-transactions> pagination and filters', () => {
  const many = Array.from({ length: 45 }, (_, i) => row({ id: `t${i}`, type: i % 3 === 0 ? 'credit' : 'debit', narration: `ROW ${i}` }));

  it('moves between pages: requests the page, reflects it, then fires mono-page-change', async () => {
    const fetcher = rowsFetcher(many);
    // Slow enough that the page is visibly loading when the user acts.
    const answer = fetcher.getTransactions;
    fetcher.getTransactions = async (...args) => {
      await new Promise((resolve) => setTimeout(resolve, 100));
      return answer(...args);
    };
    const el = await fixture<MonoTransactions>(html`<mono-transactions account-id="acc" .fetcher=${fetcher}></mono-transactions>`);
    await state(el, 'ready');
    expect(text($(el, '[part="pagination"] span'))).to.equal('Page 1 of 3');
    const changed = oneEvent(el, 'mono-page-change');
    const next = $(el, '[part="next"]') as HTMLButtonElement;
    next.focus();
    const states: string[] = [];
    new MutationObserver(() => states.push(el.getAttribute('state')!)).observe(el, { attributes: true, attributeFilter: ['state'] });
    await sendKeys({ press: 'Enter' });
    expect((await changed).detail).to.deep.equal({ page: 2 });
    // The controls stayed while the page loaded, so keyboard focus did too.
    await el.updateComplete;
    await Promise.resolve();
    expect(states).to.deep.equal(['loading', 'ready']);
    expect(el.shadowRoot!.activeElement).to.equal(next);
    expect(el.getAttribute('page')).to.equal('2');
    expect(fetcher.calls.at(-1)!.query.page).to.equal(2);
    await el.updateComplete;
    expect(text(bodyRows(el)[0]!.querySelector('.narration'))).to.equal('ROW 20');
    expect(text($(el, '[part="pagination"] span'))).to.equal('Page 2 of 3');
    const back = oneEvent(el, 'mono-page-change');
    ($(el, '[part="previous"]') as HTMLButtonElement).click();
    expect((await back).detail).to.deep.equal({ page: 1 });
  });

  it('does not fire mono-page-change when the page property is set by the owner', async () => {
    const fetcher = rowsFetcher(many);
    const el = await fixture<MonoTransactions>(html`<mono-transactions account-id="acc" .fetcher=${fetcher}></mono-transactions>`);
    await state(el, 'ready');
    let fired = false;
    el.addEventListener('mono-page-change', () => (fired = true));
    el.page = 3;
    await oneEvent(el, 'mono-transactions-loaded');
    await el.updateComplete;
    expect(fired).to.equal(false);
    expect(bodyRows(el)).to.have.length(5);
  });

  it('filters by type, reflected to the attribute, back to page 1, old request aborted', async () => {
    const fetcher = rowsFetcher(many);
    // Page 2 is still on its way when the user picks a type: the request for
    // it must be aborted, through the signal the fetcher was handed.
    const answer = fetcher.getTransactions;
    fetcher.getTransactions = (accountId, query, init) => {
      if (query.page !== 2 || query.type) return answer(accountId, query, init);
      fetcher.calls.push({ accountId, query, signal: init?.signal });
      return new Promise((_, reject) => init!.signal!.addEventListener('abort', () => reject(init!.signal!.reason), { once: true }));
    };
    const errors: CustomEvent[] = [];
    const el = await fixture<MonoTransactions>(
      html`<mono-transactions account-id="acc" page="2" .fetcher=${fetcher} @mono-error=${(e: CustomEvent) => errors.push(e)}></mono-transactions>`,
    );
    await waitUntil(() => fetcher.calls.length === 1, 'page 2 asked for');
    const pageTwo = fetcher.calls[0]!;
    expect(pageTwo.query).to.deep.include({ page: 2 });
    expect(pageTwo.signal!.aborted).to.equal(false);
    expect(el.getAttribute('state')).to.equal('loading');

    const select = $(el, 'select[name="type"]') as HTMLSelectElement;
    select.value = 'credit';
    select.dispatchEvent(new Event('change'));
    await oneEvent(el, 'mono-transactions-loaded');
    expect(pageTwo.signal!.aborted).to.equal(true);
    expect(el.getAttribute('type')).to.equal('credit');
    expect(el.page).to.equal(1);
    expect(fetcher.calls.map((call) => call.query)).to.deep.equal([
      { page: 2, type: undefined, start: undefined, end: undefined, narration: undefined },
      { page: 1, type: 'credit', start: undefined, end: undefined, narration: undefined },
    ]);
    await state(el, 'ready');
    expect(bodyRows(el).map((r) => r.getAttribute('part'))).to.deep.equal(Array(15).fill('row credit'));
    // An abort is not an error to report.
    expect(errors).to.deep.equal([]);
  });

  it('searches narrations as the user types, and filters by date range', async () => {
    const fetcher = rowsFetcher(many);
    const el = await fixture<MonoTransactions>(html`<mono-transactions account-id="acc" .fetcher=${fetcher}></mono-transactions>`);
    await state(el, 'ready');
    ($(el, 'input[name="narration"]') as HTMLInputElement).focus();
    await sendKeys({ type: 'salary' });
    await waitUntil(() => el.getAttribute('narration') === 'salary', 'narration reflected after the pause');
    await waitUntil(() => fetcher.calls.at(-1)!.query.narration === 'salary', 'searched');
    // One request for the whole word: typing is debounced.
    expect(fetcher.calls.filter((call) => call.query.narration)).to.have.length(1);
    const start = $(el, 'input[name="start"]') as HTMLInputElement;
    start.value = '2026-10-01';
    start.dispatchEvent(new Event('change'));
    await oneEvent(el, 'mono-transactions-loaded');
    expect(el.getAttribute('start')).to.equal('2026-10-01');
    expect(fetcher.calls.at(-1)!.query).to.deep.include({ narration: 'salary', start: '2026-10-01' });
  });

  it('drops the answer for an account that is no longer current', async () => {
    const pending = new Map<string, (page: TransactionPage) => void>();
    const signals = new Map<string, AbortSignal>();
    const base = rowsFetcher([]);
    const fetcher: MonoFetcher = {
      ...base,
      getTransactions: (accountId, _query, init) =>
        new Promise((resolve) => {
          pending.set(accountId, resolve);
          signals.set(accountId, init!.signal!);
        }),
    };
    const el = await fixture<MonoTransactions>(html`<mono-transactions account-id="first" .fetcher=${fetcher}></mono-transactions>`);
    await waitUntil(() => pending.has('first'));
    el.accountId = 'second';
    await waitUntil(() => pending.has('second'));
    expect(signals.get('first')!.aborted).to.equal(true);
    const page = (narration: string): TransactionPage => ({ transactions: [row({ narration })], page: 1, total: 1, hasNext: false, hasPrevious: false });
    pending.get('second')!(page('SECOND ACCOUNT'));
    pending.get('first')!(page('FIRST ACCOUNT'));
    await state(el, 'ready');
    await new Promise((r) => setTimeout(r, 50));
    expect(bodyRows(el).map((r) => text(r.querySelector('.narration')))).to.deep.equal(['SECOND ACCOUNT']);
  });
});
