import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/elements/account-card/account-card.js';
import '../../../src/elements/account-status/account-status.js';
import '../../../src/elements/transactions/transactions.js';
import type { MonoAccountCard } from '../../../src/elements/account-card/account-card.component.js';
import type { MonoAccountStatus } from '../../../src/elements/account-status/account-status.component.js';
import type { MonoTransactions } from '../../../src/elements/transactions/transactions.component.js';
import { requestsFor } from '../helpers.js';
import { rowsFetcher } from './fixtures.js';

// The elements are upgraded before <mono-provider> is defined (a page loading
// per-element entries in any order): their context requests must still be
// answered, and until then nothing may go to the default endpoint, a
// backend the page never chose.
describe('<mono-provider> defined after its consumers', () => {
  it('still reaches every consumer that asked before it existed, and nothing asks /api/mono meanwhile', async () => {
    const fetcher = rowsFetcher([]);
    const original = fetcher.getAccount;
    fetcher.getAccount = async (id) => ({ ...(await original(id)), name: 'FROM LATE PROVIDER' });
    const wrapper = await fixture<HTMLElement>(html`<div><mono-provider .fetcher=${fetcher}>
      <mono-account-card account-id="a"></mono-account-card>
      <mono-account-status account-id="a"></mono-account-status>
      <mono-transactions account-id="a"></mono-transactions>
    </mono-provider></div>`);
    const card = wrapper.querySelector<MonoAccountCard>('mono-account-card')!;
    const status = wrapper.querySelector<MonoAccountStatus>('mono-account-status')!;
    const transactions = wrapper.querySelector<MonoTransactions>('mono-transactions')!;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(card.shadowRoot!.querySelector('[aria-busy="true"]'), 'the card waits, loading').to.exist;

    await import('../../../src/elements/provider/provider.js');
    await waitUntil(() => card.shadowRoot!.querySelector('[part="name"]')?.textContent === 'FROM LATE PROVIDER', 'card answered late');
    await waitUntil(() => status.getAttribute('status') === 'AVAILABLE', 'status answered late');
    await waitUntil(() => transactions.getAttribute('state') === 'empty', 'transactions answered late');
    expect(requestsFor('/api/mono')).to.deep.equal([]);
  });
});
