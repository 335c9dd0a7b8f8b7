import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import '../../../src/elements/account-card/account-card.js';
import '../../../src/elements/transactions/transactions.js';
import type { MonoAccountCard } from '../../../src/elements/account-card/account-card.component.js';
import type { MonoTransactions } from '../../../src/elements/transactions/transactions.component.js';
import { accountV2 } from '../../fixtures/mono/account-v2.js';
import { hostileText } from '../fetcher/arbitraries.js';
import { bodiesFetcher, shadowText } from './mono-bodies.js';

/*
 * Whatever a bank or a compromised backend puts in a text field is shown as
 * text: never parsed into elements, never run.
 */

const collapse = (value: string) => value.replace(/\s+/g, ' ').trim();
const MARKUP = 'img, script, svg, iframe, b';

describe('hostile strings render as text (fast-check)', () => {
  afterEach(() => expect((window as { __pwned?: number }).__pwned).to.equal(undefined));

  it('<mono-account-card>: name, bank, type and currency', async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, hostileText, hostileText, hostileText, async (name, bank, type, currency) => {
        const account = { data: { account: { id: 'acc', name, type, currency, balance: 100, account_number: '0123456789', institution: { name: bank } }, meta: { data_status: 'AVAILABLE' } } };
        const el = await fixture<MonoAccountCard>(html`<mono-account-card account-id="acc" .fetcher=${bodiesFetcher({ account })}></mono-account-card>`);
        await waitUntil(() => el.shadowRoot!.querySelector('[part="name"]'), 'card shown');
        expect(el.shadowRoot!.querySelectorAll(MARKUP)).to.have.length(0);
        expect(shadowText(el)).to.contain(collapse(name));
        expect(shadowText(el)).to.contain(collapse(bank));
      }),
      { numRuns: 15 },
    );
  });

  it('<mono-transactions>: narration, category and currency', async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, hostileText, hostileText, async (narration, category, currency) => {
        const transactions = { data: [{ id: 't', amount: 100, type: 'debit', date: '2026-03-01T10:00:00Z', narration, category, currency }], meta: { total: 1, page: 1 } };
        const el = await fixture<MonoTransactions>(html`<mono-transactions account-id="acc" .fetcher=${bodiesFetcher({ account: accountV2, transactions })}></mono-transactions>`);
        await waitUntil(() => el.getAttribute('state') === 'ready', 'ready', { timeout: 4000 });
        expect(el.shadowRoot!.querySelectorAll(`tbody ${MARKUP.replaceAll(', ', ', tbody ')}`)).to.have.length(0);
        expect(collapse(el.shadowRoot!.querySelector('tbody .narration')!.textContent!)).to.equal(collapse(narration));
      }),
      { numRuns: 15 },
    );
  });
});
