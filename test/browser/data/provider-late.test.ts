import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/elements/account-card/account-card.js';
import type { MonoAccountCard } from '../../../src/elements/account-card/account-card.component.js';
import { rowsFetcher } from './fixtures.js';

// The card is upgraded before <mono-provider> is defined (a page loading
// per-element entries in any order): its context request must still be answered.
describe('<mono-provider> defined after its consumers', () => {
  it('still reaches a consumer that asked before it existed', async () => {
    const fetcher = rowsFetcher([]);
    const original = fetcher.getAccount;
    fetcher.getAccount = async (id) => ({ ...(await original(id)), name: 'FROM LATE PROVIDER' });
    const wrapper = await fixture<HTMLElement>(html`<div><mono-provider .fetcher=${fetcher}><mono-account-card account-id="a"></mono-account-card></mono-provider></div>`);
    await import('../../../src/elements/provider/provider.js');
    const card = wrapper.querySelector<MonoAccountCard>('mono-account-card')!;
    await waitUntil(() => card.shadowRoot!.querySelector('[part="name"]')?.textContent === 'FROM LATE PROVIDER', 'provider answered late');
  });
});
