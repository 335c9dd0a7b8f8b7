import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/elements/transactions/transactions.js';
import type { MonoTransactions } from '../../../src/elements/transactions/transactions.component.js';
import { virtualizerModule } from '../../../src/elements/transactions/virtualizer.js';
import type { MonoErrorEvent } from '../../../src/events/mono-error.js';
import { ignoreResizeObserverLoop, row, rowsFetcher } from './fixtures.js';

ignoreResizeObserverLoop();

const TEN_THOUSAND = Array.from({ length: 10_000 }, (_, i) =>
  row({ id: `t${i}`, narration: `TRANSACTION ${i}`, type: i % 4 === 0 ? 'credit' : 'debit', amount: 1000 + i }),
);

describe('<mono-transactions infinite>', () => {
  it('does not load the virtualizer for paged mode', async () => {
    // Through the seam, not the page's network log: once any test of this
    // file has loaded the module, the log could no longer tell.
    const load = virtualizerModule.load;
    let loads = 0;
    virtualizerModule.load = () => (loads++, load());
    try {
      const el = await fixture<MonoTransactions>(html`<mono-transactions account-id="acc" .fetcher=${rowsFetcher(TEN_THOUSAND.slice(0, 5))}></mono-transactions>`);
      await waitUntil(() => el.getAttribute('state') === 'ready');
      expect(loads).to.equal(0);
      el.infinite = true;
      await waitUntil(() => el.shadowRoot!.querySelector('lit-virtualizer'), 'listed once infinite');
      expect(loads).to.equal(1);
    } finally {
      virtualizerModule.load = load;
    }
  });

  it('renders 10,000 rows as the user scrolls, keeping the DOM small', async function () {
    this.timeout(60000);
    const fetcher = rowsFetcher(TEN_THOUSAND, 500);
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    const el = await fixture<MonoTransactions>(html`<mono-transactions account-id="acc" infinite no-filters .fetcher=${fetcher}></mono-transactions>`);
    await waitUntil(() => el.getAttribute('state') === 'ready', 'first page', { timeout: 5000 });
    await waitUntil(() => el.shadowRoot!.querySelectorAll('.row').length > 0, 'rows rendered');
    const list = el.shadowRoot!.querySelector('lit-virtualizer') as HTMLElement;
    expect(list.getAttribute('role')).to.equal('list');
    expect(el.shadowRoot!.querySelector('table')).to.equal(null);

    for (let i = 0; i < 200 && fetcher.calls.length < 20; i++) {
      list.scrollTop = list.scrollHeight;
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 16)));
    }
    await waitUntil(() => el.shadowRoot!.querySelector('.more')!.textContent!.includes('10,000 of 10,000'), 'all pages loaded', { timeout: 10000 });
    expect(fetcher.calls.map((call) => call.query.page)).to.deep.equal(Array.from({ length: 20 }, (_, i) => i + 1));
    const lastShown = () => [...el.shadowRoot!.querySelectorAll('.row .narration')].some((n) => n.textContent!.startsWith('TRANSACTION 9999'));
    // The virtualizer measures as it goes: keep scrolling to the end until it settles there.
    for (let i = 0; i < 100 && !lastShown(); i++) {
      list.scrollTop = list.scrollHeight;
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 16)));
    }
    expect(lastShown()).to.equal(true);
    const rendered = el.shadowRoot!.querySelectorAll('.row').length;
    expect(rendered).to.be.greaterThan(5).and.lessThan(200);
    window.removeEventListener('error', onError);
    expect(errors.filter((message) => !message.startsWith('ResizeObserver loop'))).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('starts over when a filter changes', async () => {
    const fetcher = rowsFetcher(TEN_THOUSAND.slice(0, 1200), 500);
    const el = await fixture<MonoTransactions>(html`<mono-transactions account-id="acc" infinite .fetcher=${fetcher}></mono-transactions>`);
    await waitUntil(() => el.shadowRoot!.querySelector('.more')?.textContent?.includes('500 of 1,200'), 'first page');
    el.type = 'credit';
    await waitUntil(() => el.shadowRoot!.querySelector('.more')?.textContent?.includes('300 of 300'), 'credits only');
    expect(fetcher.calls.at(-1)!.query).to.deep.include({ page: 1, type: 'credit' });
  });
});

describe('<mono-transactions infinite> when something fails or changes', () => {
  const more = (el: MonoTransactions) => el.shadowRoot!.querySelector('.more')?.textContent?.replace(/\s+/g, ' ').trim();
  const scrollToEnd = async (el: MonoTransactions) => {
    const list = el.shadowRoot!.querySelector('lit-virtualizer') as HTMLElement;
    list.scrollTop = list.scrollHeight;
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 16)));
  };

  it('a virtualizer that cannot be imported is the error state with a retry, which loads it', async () => {
    const load = virtualizerModule.load;
    const errors: MonoErrorEvent[] = [];
    let attempts = 0;
    virtualizerModule.load = () => {
      attempts++;
      return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    };
    try {
      const el = await fixture<MonoTransactions>(
        html`<mono-transactions account-id="acc" infinite .fetcher=${rowsFetcher(TEN_THOUSAND.slice(0, 30))} @mono-error=${(e: MonoErrorEvent) => errors.push(e)}></mono-transactions>`,
      );
      await waitUntil(() => el.getAttribute('state') === 'error', 'error state', { timeout: 4000 });
      expect(el.shadowRoot!.querySelector('[part="message"] p')!.textContent).to.equal('The transactions could not be loaded.');
      expect(errors.map((e) => [e.detail.phase, e.detail.error.code])).to.deep.equal([['fetch', 'VIRTUALIZER_LOAD_FAILED']]);
      expect(errors[0]!.detail.error.message).to.contain('Failed to fetch dynamically imported module');
      await expect(el).to.be.accessible();

      virtualizerModule.load = load;
      (el.shadowRoot!.querySelector('[part="retry"]') as HTMLButtonElement).click();
      await waitUntil(() => el.getAttribute('state') === 'ready', 'ready after retry', { timeout: 4000 });
      await waitUntil(() => more(el) === '20 of 30 transactions' || more(el) === '30 of 30 transactions', 'listed');
      expect(el.shadowRoot!.querySelector('lit-virtualizer')).to.exist;
      expect(attempts).to.equal(1);
    } finally {
      virtualizerModule.load = load;
    }
  });

  it('is "loading", never "ready", until the virtualizer is there', async () => {
    const load = virtualizerModule.load;
    let release!: () => void;
    virtualizerModule.load = () => new Promise<void>((resolve) => (release = resolve)).then(load);
    try {
      const fetcher = rowsFetcher(TEN_THOUSAND.slice(0, 5));
      const el = await fixture<MonoTransactions>(html`<mono-transactions account-id="acc" infinite .fetcher=${fetcher}></mono-transactions>`);
      await waitUntil(() => fetcher.calls.length === 1, 'first page asked');
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(el.getAttribute('state')).to.equal('loading');
      release();
      await waitUntil(() => el.getAttribute('state') === 'ready', 'ready once loaded');
      await waitUntil(() => more(el) === '5 of 5 transactions', 'listed');
    } finally {
      virtualizerModule.load = load;
    }
  });

  it('switching to infinite on page 1 lists the rows already asked for', async () => {
    const fetcher = rowsFetcher(TEN_THOUSAND.slice(0, 30));
    const el = await fixture<MonoTransactions>(html`<mono-transactions account-id="acc" .fetcher=${fetcher}></mono-transactions>`);
    await waitUntil(() => el.getAttribute('state') === 'ready', 'paged');
    el.infinite = true;
    await waitUntil(() => more(el) === '20 of 30 transactions' || more(el) === '30 of 30 transactions', 'listed', { timeout: 4000 });
    expect(el.getAttribute('state')).to.equal('ready');
  });

  it('a page that fails to append keeps the rows, says why, and the next scroll asks again', async () => {
    const fetcher = rowsFetcher(TEN_THOUSAND.slice(0, 300), 100);
    const answer = fetcher.getTransactions;
    let failures = 1;
    fetcher.getTransactions = async (accountId, query, init) => {
      if (query.page === 2 && failures-- > 0) throw Object.assign(new Error('The backend is down.'), { code: 'HTTP_503', status: 503 });
      return answer(accountId, query, init);
    };
    const errors: MonoErrorEvent[] = [];
    const el = await fixture<MonoTransactions>(
      html`<mono-transactions account-id="acc" infinite .fetcher=${fetcher} @mono-error=${(e: MonoErrorEvent) => errors.push(e)}></mono-transactions>`,
    );
    await waitUntil(() => more(el) === '100 of 300 transactions', 'first page');
    for (let i = 0; i < 50 && errors.length === 0; i++) await scrollToEnd(el);
    expect(errors.map((e) => [e.detail.phase, e.detail.error.code])).to.deep.equal([['fetch', 'HTTP_503']]);
    expect(el.getAttribute('state')).to.equal('ready');
    expect(more(el)).to.equal('100 of 300 transactions');
    // The list asks when the rows in view change: scroll away from the end, then back.
    (el.shadowRoot!.querySelector('lit-virtualizer') as HTMLElement).scrollTop = 0;
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 16)));
    for (let i = 0; i < 50 && more(el) !== '300 of 300 transactions'; i++) await scrollToEnd(el);
    expect(more(el)).to.equal('300 of 300 transactions');
  });

  it('keeps loading pages after the element is moved (disconnected, then connected)', async () => {
    const fetcher = rowsFetcher(TEN_THOUSAND.slice(0, 300), 100);
    const el = await fixture<MonoTransactions>(html`<mono-transactions account-id="acc" infinite .fetcher=${fetcher}></mono-transactions>`);
    await waitUntil(() => more(el) === '100 of 300 transactions', 'first page');
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await el.updateComplete;
    for (let i = 0; i < 50 && more(el) !== '300 of 300 transactions'; i++) await scrollToEnd(el);
    expect(more(el)).to.equal('300 of 300 transactions');
    expect(fetcher.calls.map((call) => call.query.page)).to.deep.equal([1, 2, 3]);
  });
});
