import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/elements/transactions/transactions.js';
import type { MonoTransactions } from '../../../src/elements/transactions/transactions.component.js';
import { requestsFor } from '../helpers.js';
import { ignoreResizeObserverLoop, row, rowsFetcher } from './fixtures.js';

ignoreResizeObserverLoop();

const TEN_THOUSAND = Array.from({ length: 10_000 }, (_, i) =>
  row({ id: `t${i}`, narration: `TRANSACTION ${i}`, type: i % 4 === 0 ? 'credit' : 'debit', amount: 1000 + i }),
);

describe('<mono-transactions infinite>', () => {
  it('does not load the virtualizer for paged mode', async () => {
    const el = await fixture<MonoTransactions>(html`<mono-transactions account-id="acc" .fetcher=${rowsFetcher(TEN_THOUSAND.slice(0, 5))}></mono-transactions>`);
    await waitUntil(() => el.getAttribute('state') === 'ready');
    expect(requestsFor('@lit-labs/virtualizer')).to.deep.equal([]);
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
