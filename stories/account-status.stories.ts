import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/account-status/account-status.js';
import { SIMULATED_ACCOUNTS } from '../src/testing/index.js';
import { darkTokens, failingFetcher, storyFetcher } from './story-helpers.js';

interface Args {
  accountId: string;
}

const meta: Meta<Args> = {
  title: 'Elements/mono-account-status',
  component: 'mono-account-status',
  args: { accountId: SIMULATED_ACCOUNTS.available },
  argTypes: { accountId: { control: 'select', options: Object.values(SIMULATED_ACCOUNTS) } },
  render: (args) => html`<mono-account-status account-id=${args.accountId} .fetcher=${storyFetcher()}></mono-account-status>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Available: Story = {};

export const ProcessingThenAvailable: Story = {
  render: () =>
    html`<mono-account-status account-id=${SIMULATED_ACCOUNTS.processing} poll-interval="500" .fetcher=${storyFetcher({ processingMs: 4000 })}></mono-account-status>`,
};

export const Partial: Story = { args: { accountId: SIMULATED_ACCOUNTS.partial } };

export const Failed: Story = { args: { accountId: SIMULATED_ACCOUNTS.failed } };

export const FetchError: Story = {
  render: () => html`<mono-account-status account-id=${SIMULATED_ACCOUNTS.available} .fetcher=${failingFetcher()}></mono-account-status>`,
};

export const TimedOut: Story = {
  render: () =>
    html`<mono-account-status account-id=${SIMULATED_ACCOUNTS.processing} poll-interval="200" timeout="1000" .fetcher=${storyFetcher({ processingMs: 3_600_000 })}></mono-account-status>`,
};

export const DarkTheme: Story = {
  render: (args, context) => html`<div style=${darkTokens}>${meta.render!(args, context)}</div>`,
};
