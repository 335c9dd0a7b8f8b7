import { expect, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import '../../../src/elements/account-card/account-card.js';
import '../../../src/elements/account-status/account-status.js';
import '../../../src/elements/reauth-prompt/reauth-prompt.js';
import '../../../src/elements/institution-picker/institution-picker.js';
import '../../../src/elements/link-button/link-button.js';
import '../../../src/elements/statement-download/statement-download.js';
import '../../../src/elements/spending-summary/spending-summary.js';
import type { MonoReauthPrompt } from '../../../src/elements/reauth-prompt/reauth-prompt.component.js';
import type { MonoFetcher } from '../../../src/core/fetcher/types.js';
import { createMemoryFetcher, SIMULATED_ACCOUNTS } from '../../../src/testing/index.js';
import { row, rowsFetcher } from '../data/fixtures.js';
import { backend, mount as mountAccounts } from '../accounts/fixtures.js';
import { BILLION, LONG_NARRATION, WIDTHS, expectNoOverflow, expectTargets, mountAt } from './layout-helpers.js';

const LONG_BANK = 'First City Monument Bank Microfinance and Mortgage Cooperative Society of Nigeria Limited';
const LONG_NAME = 'ADAOBI CHIMAMANDA NGOZI OKONKWO-ADEYEMI-BELLO';

/** One account with long texts and ₦1,000,000,000.00 everywhere a figure shows. */
const bigAccount = (): MonoFetcher => {
  const base = rowsFetcher([row({ narration: LONG_NARRATION, amount: BILLION, category: 'shopping' }), row({ id: 't2', amount: BILLION, type: 'credit' })]);
  return {
    ...base,
    getAccount: async (id) => ({
      id,
      name: LONG_NAME,
      lastFour: '6789',
      type: 'SAVINGS ACCOUNT',
      currency: 'NGN',
      balance: BILLION,
      institution: { name: LONG_BANK },
      dataStatus: 'AVAILABLE',
    }),
  };
};

/** getAccount fails: the status badge shows its error and Retry. */
const downAccount = (): MonoFetcher => ({ ...rowsFetcher([]), getAccount: () => Promise.reject(new Error('The backend is down (test).')) });

const settled = (el: Element, attribute = 'state', not = 'loading') =>
  waitUntil(() => el.getAttribute(attribute) !== null && el.getAttribute(attribute) !== not, `${el.localName} settles`, { timeout: 5000 });

interface Case {
  name: string;
  mount(width: number): Promise<Element>;
}

const CASES: Case[] = [
  {
    name: 'mono-link-button',
    mount: (width) => mountAt(width, html`<mono-link-button public-key="test_pk_layout"></mono-link-button>`),
  },
  {
    name: 'mono-account-card',
    async mount(width) {
      const el = await mountAt(width, html`<mono-account-card account-id="acc" .fetcher=${bigAccount()}></mono-account-card>`);
      await waitUntil(() => el.shadowRoot!.textContent!.includes('6789'), 'card ready', { timeout: 5000 });
      return el;
    },
  },
  {
    name: 'mono-account-status (error, Retry)',
    async mount(width) {
      const el = await mountAt(width, html`<mono-account-status account-id="acc" .fetcher=${downAccount()}></mono-account-status>`);
      await waitUntil(() => el.shadowRoot!.querySelector('button'), 'Retry shows', { timeout: 5000 });
      return el;
    },
  },
  {
    name: 'mono-reauth-prompt',
    async mount(width) {
      const el = await mountAt<MonoReauthPrompt>(width, html`<mono-reauth-prompt account-id="acc" public-key="test_pk_layout" .fetcher=${rowsFetcher([])}></mono-reauth-prompt>`);
      el.require();
      await el.updateComplete;
      return el;
    },
  },
  {
    name: 'mono-institution-picker',
    async mount(width) {
      const institutions = {
        institutions: [
          { id: 'long', name: LONG_BANK, authMethods: ['internet_banking', 'mobile_banking'] },
          { id: 'gt', name: 'GTBank', authMethods: ['internet_banking', 'mobile_banking'] },
          { id: 'kuda', name: 'Kuda', authMethods: ['mobile_banking'] },
        ],
      };
      const el = await mountAt(width, html`<mono-institution-picker .fetcher=${createMemoryFetcher({ institutions })}></mono-institution-picker>`);
      await settled(el);
      return el;
    },
  },
  {
    name: 'mono-accounts',
    async mount(width) {
      const { available, failed, partial } = SIMULATED_ACCOUNTS;
      const { el } = await mountAccounts(backend({ accounts: [available, failed, partial] }), { width: `${width}px` });
      return el;
    },
  },
  {
    name: 'mono-statement-download',
    async mount(width) {
      const el = await mountAt(width, html`<mono-statement-download account-id=${SIMULATED_ACCOUNTS.available} manual .fetcher=${createMemoryFetcher()}></mono-statement-download>`);
      await settled(el);
      return el;
    },
  },
  {
    name: 'mono-statement-download (ready: the PDF link)',
    async mount(width) {
      const el = await mountAt(width, html`<mono-statement-download account-id=${SIMULATED_ACCOUNTS.available} manual poll-interval="40" .fetcher=${createMemoryFetcher({ statementMs: 50 })}></mono-statement-download>`);
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="button"]')!.click();
      await waitUntil(() => el.getAttribute('state') === 'ready' && el.shadowRoot!.querySelector('[part~="link"]'), 'the link shows', { timeout: 5000 });
      return el;
    },
  },
  {
    name: 'mono-spending-summary (as a table)',
    async mount(width) {
      const el = await mountAt(width, html`<mono-spending-summary account-id="acc" end="2026-10-31" show-table .fetcher=${bigAccount()}></mono-spending-summary>`);
      await waitUntil(() => el.getAttribute('state') === 'ready', 'summary ready', { timeout: 5000 });
      return el;
    },
  },
  {
    name: 'mono-spending-summary',
    async mount(width) {
      const el = await mountAt(width, html`<mono-spending-summary account-id="acc" end="2026-10-31" .fetcher=${bigAccount()}></mono-spending-summary>`);
      await waitUntil(() => ['ready', 'empty', 'error'].includes(el.getAttribute('state') ?? ''), 'summary settles', { timeout: 5000 });
      return el;
    },
  },
];

describe('every element at phone and desktop widths', () => {
  afterEach(() => fixtureCleanup());

  for (const { name, mount } of CASES) {
    for (const width of WIDTHS) {
      it(`${name} at ${width} px: no horizontal overflow, 44 × 44 px targets${width === 360 ? ', axe clean' : ''}`, async () => {
        const el = await mount(width);
        expectNoOverflow(el);
        expectTargets(el);
        if (width === 360) await expect(el).to.be.accessible();
      });
    }
  }
});
