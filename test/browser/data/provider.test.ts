import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/index.js';
import type { MonoAccountCard } from '../../../src/elements/account-card/account-card.component.js';
import type { MonoProvider } from '../../../src/elements/provider/provider.component.js';
import { configure } from '../../../src/core/config.js';
import { requestsFor } from '../helpers.js';
import { rowsFetcher } from './fixtures.js';

const named = (name: string) => {
  const fetcher = rowsFetcher([]);
  const original = fetcher.getAccount;
  const asked: string[] = [];
  return Object.assign(fetcher, {
    asked,
    getAccount: async (id: string) => {
      asked.push(name);
      return { ...(await original(id)), name };
    },
  });
};

const cardName = (card: MonoAccountCard) => card.shadowRoot!.querySelector('[part="name"]')?.textContent;

describe('<mono-provider> and the fetcher lookup order', () => {
  afterEach(() => configure({ fetcher: undefined }));

  it('gives descendants its fetcher', async () => {
    const provider = await fixture<MonoProvider>(html`<mono-provider .fetcher=${named('provider')}><mono-account-card account-id="a"></mono-account-card></mono-provider>`);
    const card = provider.querySelector('mono-account-card')!;
    await waitUntil(() => cardName(card) === 'provider');
  });

  it('own property → provider → configure()', async () => {
    configure({ fetcher: named('configured') });
    const wrapper = await fixture<HTMLElement>(html`<div>
      <mono-provider .fetcher=${named('provider')}>
        <mono-account-card id="own" account-id="a" .fetcher=${named('own')}></mono-account-card>
        <mono-account-card id="inherited" account-id="a"></mono-account-card>
      </mono-provider>
      <mono-account-card id="configured" account-id="a"></mono-account-card>
    </div>`);
    const [own, inherited, configured] = ['#own', '#inherited', '#configured'].map((s) => wrapper.querySelector<MonoAccountCard>(s)!);
    await waitUntil(() => cardName(own!) && cardName(inherited!) && cardName(configured!));
    expect([cardName(own!), cardName(inherited!), cardName(configured!)]).to.deep.equal(['own', 'provider', 'configured']);
  });

  it('follows a fetcher change on the provider', async () => {
    const provider = await fixture<MonoProvider>(html`<mono-provider .fetcher=${named('first')}><mono-account-card account-id="a"></mono-account-card></mono-provider>`);
    const card = provider.querySelector('mono-account-card')!;
    await waitUntil(() => cardName(card) === 'first');
    provider.fetcher = named('second');
    await waitUntil(() => cardName(card) === 'second');
  });

  it('builds an HTTP fetcher on its endpoint', async () => {
    await fixture<MonoProvider>(html`<mono-provider endpoint="/custom-backend/mono"><mono-account-card account-id="abc"></mono-account-card></mono-provider>`);
    await waitUntil(() => requestsFor('/custom-backend/mono/accounts/abc').length > 0, 'asked the endpoint');
    // Its endpoint instead of the default one, not as well. (No other test here goes to the network.)
    expect(requestsFor('/api/mono')).to.deep.equal([]);
  });
});
