import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/elements/provider/provider.js';
import '../../../src/elements/transactions/transactions.js';
import type { MonoProvider } from '../../../src/elements/provider/provider.component.js';
import type { MonoTransactions } from '../../../src/elements/transactions/transactions.component.js';
import { ignoreResizeObserverLoop, row, rowsFetcher } from './fixtures.js';

ignoreResizeObserverLoop();

// A <mono-provider> hands out a new object whenever any of its properties
// changes; only a change of the fetcher it hands out may make its data
// elements load again.

const rows = Array.from({ length: 450 }, (_, i) => row({ id: `t${i}`, narration: `ROW ${i}` }));
// Pages of 100: more than the list shows at once, so it asks for no second page by itself.
const PAGE = 100;
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const more = (el: MonoTransactions) => text(el.shadowRoot!.querySelector('.more'));
const pagination = (el: MonoTransactions) => text(el.shadowRoot!.querySelector('[part="pagination"] span'));

/** Lets the provider's change reach its consumers and every update they start settle. */
async function settle(provider: MonoProvider, el: MonoTransactions): Promise<void> {
  await provider.updateComplete;
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 50));
  await el.updateComplete;
}

describe('<mono-transactions> inside a <mono-provider> that changes', () => {
  it('infinite: a new public key keeps the rows loaded and asks nothing again', async () => {
    const fetcher = rowsFetcher(rows, PAGE);
    const provider = await fixture<MonoProvider>(
      html`<mono-provider public-key="test_pk_first" .fetcher=${fetcher}><mono-transactions account-id="acc" infinite></mono-transactions></mono-provider>`,
    );
    const el = provider.querySelector<MonoTransactions>('mono-transactions')!;
    await waitUntil(() => el.getAttribute('state') === 'ready' && more(el) === '100 of 450 transactions', 'first page listed', { timeout: 4000 });
    expect(fetcher.calls.map((call) => call.query.page)).to.deep.equal([1]);

    provider.publicKey = 'test_pk_second';
    await settle(provider, el);

    expect(el.getAttribute('state')).to.equal('ready');
    expect(more(el)).to.equal('100 of 450 transactions');
    expect(text(el.shadowRoot!.querySelector('[part="message"]'))).to.equal('');
    // Neither asked again nor emptied (an emptied list would ask for the next page to fill itself).
    expect(fetcher.calls.map((call) => call.query.page)).to.deep.equal([1]);
  });

  it('paged: a new public key keeps the page and its "of M"', async () => {
    const fetcher = rowsFetcher(rows, PAGE);
    const provider = await fixture<MonoProvider>(
      html`<mono-provider public-key="test_pk_first" .fetcher=${fetcher}><mono-transactions account-id="acc" page="2"></mono-transactions></mono-provider>`,
    );
    const el = provider.querySelector<MonoTransactions>('mono-transactions')!;
    await waitUntil(() => el.getAttribute('state') === 'ready', 'page 2 shown', { timeout: 4000 });
    expect(pagination(el)).to.equal('Page 2 of 5');
    const calls = fetcher.calls.length;

    provider.publicKey = 'test_pk_second';
    await settle(provider, el);

    expect(el.getAttribute('state')).to.equal('ready');
    expect(pagination(el)).to.equal('Page 2 of 5');
    expect(fetcher.calls.length).to.equal(calls);
  });

  it('infinite: a new fetcher on the provider starts the list over from it', async () => {
    const first = rowsFetcher(rows, PAGE);
    const provider = await fixture<MonoProvider>(
      html`<mono-provider .fetcher=${first}><mono-transactions account-id="acc" infinite></mono-transactions></mono-provider>`,
    );
    const el = provider.querySelector<MonoTransactions>('mono-transactions')!;
    await waitUntil(() => more(el) === '100 of 450 transactions', 'first fetcher listed', { timeout: 4000 });

    const second = rowsFetcher(rows.slice(0, 7), PAGE);
    provider.fetcher = second;
    await waitUntil(() => more(el) === '7 of 7 transactions', 'second fetcher listed', { timeout: 4000 });
    expect(el.getAttribute('state')).to.equal('ready');
    expect(second.calls.map((call) => call.query.page)).to.deep.equal([1]);
  });
});
