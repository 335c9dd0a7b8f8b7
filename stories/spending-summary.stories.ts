import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/spending-summary/spending-summary.js';
import type { MonoFetcher, Transaction } from '../src/core/fetcher/types.js';
import { SIMULATED_ACCOUNTS } from '../src/testing/index.js';
import { darkTokens, failingFetcher, pendingFetcher, storyFetcher } from './story-helpers.js';

interface Args {
  accountId: string;
  months: number;
  locale: string;
  showTable: boolean;
}

/** The simulated histories end on 1 November 2026: the stories look back from the day before. */
const END = '2026-10-31';

const CATEGORIES = ['shopping', 'transfer', 'airtime', 'bills', 'bank_charges', 'atm_withdrawal', 'transport', 'food', 'rent', 'health', 'education', undefined];

/** A busy account: `count` rows over twelve months, in pages of 100, answered at once. */
function busyFetcher(count = 6000): MonoFetcher {
  const end = Date.UTC(2026, 9, 31, 20);
  const span = end - Date.UTC(2025, 10, 1);
  const rows: Transaction[] = Array.from({ length: count }, (_, i) => {
    const credit = i % 4 === 0;
    return {
      id: `busy${i}`,
      type: credit ? 'credit' : 'debit',
      amount: credit ? 2_000_00 + ((i * 7919) % 90_000_00) : 100_00 + ((i * 104_729) % 25_000_00),
      narration: credit ? 'NIP TRF FROM ADA OKAFOR' : 'POS PURCHASE',
      date: new Date(end - Math.floor((i / count) * span)).toISOString(),
      currency: 'NGN',
      category: credit ? 'salary' : CATEGORIES[Math.floor(i / 4) % CATEGORIES.length],
    };
  });
  return {
    exchangeCode: async () => ({ accountId: 'busy' }),
    getAccount: async (id) => ({ id, currency: 'NGN', name: 'ADA OKAFOR', dataStatus: 'AVAILABLE' }),
    getTransactions: async (_id, query) => {
      const page = query.page ?? 1;
      const size = query.limit ?? 20;
      return { transactions: rows.slice((page - 1) * size, page * size), page, total: rows.length, hasPrevious: page > 1, hasNext: page * size < rows.length };
    },
  };
}

const meta: Meta<Args> = {
  title: 'Elements/mono-spending-summary',
  component: 'mono-spending-summary',
  args: { accountId: SIMULATED_ACCOUNTS.available, months: 6, locale: 'en-NG', showTable: false },
  argTypes: {
    accountId: { control: 'select', options: Object.values(SIMULATED_ACCOUNTS) },
    months: { control: { type: 'range', min: 1, max: 24 } },
    locale: { control: 'select', options: ['en-NG', 'en-GB', 'fr-FR', 'yo-NG', 'ha-NG'] },
  },
  render: (args) => html`<mono-spending-summary
    account-id=${args.accountId}
    months=${args.months}
    end=${END}
    locale=${args.locale}
    ?show-table=${args.showTable}
    poll-interval="500"
    .fetcher=${storyFetcher()}
  ></mono-spending-summary>`,
};
export default meta;

type Story = StoryObj<Args>;

export const SixMonths: Story = {};

export const TwelveMonthsBusy: Story = {
  render: (args) =>
    html`<mono-spending-summary account-id="busy" months="12" end=${END} locale=${args.locale} ?show-table=${args.showTable} .fetcher=${busyFetcher()}></mono-spending-summary>`,
};

export const TableView: Story = { args: { showTable: true } };

export const Loading: Story = {
  render: () => html`<mono-spending-summary account-id=${SIMULATED_ACCOUNTS.available} end=${END} .fetcher=${pendingFetcher()}></mono-spending-summary>`,
};

export const WaitingForData: Story = {
  render: () =>
    html`<mono-spending-summary
      account-id=${SIMULATED_ACCOUNTS.processing}
      end=${END}
      poll-interval="500"
      .fetcher=${storyFetcher({ processingMs: 3_600_000 })}
    ></mono-spending-summary>`,
};

export const Empty: Story = { args: { accountId: SIMULATED_ACCOUNTS.empty } };

export const FetchError: Story = {
  render: () => html`<mono-spending-summary account-id=${SIMULATED_ACCOUNTS.available} end=${END} .fetcher=${failingFetcher()}></mono-spending-summary>`,
};

export const Failed: Story = { args: { accountId: SIMULATED_ACCOUNTS.failed } };

export const Partial: Story = { args: { accountId: SIMULATED_ACCOUNTS.partial } };

export const FrenchLocale: Story = { args: { locale: 'fr-FR' } };

export const Narrow: Story = {
  render: (args, context) => html`<div style="max-width:320px">${meta.render!(args, context)}</div>`,
};

export const DarkTheme: Story = {
  render: (args, context) => html`<div style=${darkTokens}>${meta.render!(args, context)}</div>`,
};
