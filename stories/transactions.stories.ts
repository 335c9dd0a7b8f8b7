import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/transactions/transactions.js';
import { SIMULATED_ACCOUNTS } from '../src/testing/index.js';
import { darkTokens, failingFetcher, pendingFetcher, storyFetcher } from './story-helpers.js';

interface Args {
  accountId: string;
  locale: string;
  infinite: boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/mono-transactions',
  component: 'mono-transactions',
  args: { accountId: SIMULATED_ACCOUNTS.available, locale: 'en-NG', infinite: false },
  argTypes: {
    accountId: { control: 'select', options: Object.values(SIMULATED_ACCOUNTS) },
    locale: { control: 'select', options: ['en-NG', 'en-GB', 'fr-FR', 'yo-NG', 'ha-NG'] },
  },
  render: (args) => html`<mono-transactions
    account-id=${args.accountId}
    locale=${args.locale}
    ?infinite=${args.infinite}
    poll-interval="500"
    .fetcher=${storyFetcher()}
  ></mono-transactions>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Ready: Story = {};

export const Loading: Story = {
  render: () => html`<mono-transactions account-id=${SIMULATED_ACCOUNTS.available} .fetcher=${pendingFetcher()}></mono-transactions>`,
};

export const Processing: Story = {
  render: () =>
    html`<mono-transactions account-id=${SIMULATED_ACCOUNTS.processing} poll-interval="500" .fetcher=${storyFetcher({ processingMs: 3_600_000 })}></mono-transactions>`,
};

export const ProcessingThenReady: Story = {
  render: () =>
    html`<mono-transactions account-id=${SIMULATED_ACCOUNTS.processing} poll-interval="500" .fetcher=${storyFetcher({ processingMs: 4000 })}></mono-transactions>`,
};

export const Empty: Story = { args: { accountId: SIMULATED_ACCOUNTS.empty } };

export const FetchError: Story = {
  render: () => html`<mono-transactions account-id=${SIMULATED_ACCOUNTS.available} .fetcher=${failingFetcher()}></mono-transactions>`,
};

export const Failed: Story = { args: { accountId: SIMULATED_ACCOUNTS.failed } };

export const Partial: Story = { args: { accountId: SIMULATED_ACCOUNTS.partial } };

export const HostileNarration: Story = { args: { accountId: SIMULATED_ACCOUNTS.hostile } };

export const FrenchLocale: Story = { args: { locale: 'fr-FR' } };

export const DarkTheme: Story = {
  render: (args, context) => html`<div style=${darkTokens}>${meta.render!(args, context)}</div>`,
};

export const LongHistory: Story = { args: { infinite: true } };
