import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/account-card/account-card.js';
import { SIMULATED_ACCOUNTS } from '../src/testing/index.js';
import { darkTokens, failingFetcher, pendingFetcher, storyFetcher } from './story-helpers.js';

interface Args {
  accountId: string;
  locale: string;
}

const meta: Meta<Args> = {
  title: 'Elements/mono-account-card',
  component: 'mono-account-card',
  args: { accountId: SIMULATED_ACCOUNTS.available, locale: 'en-NG' },
  argTypes: { accountId: { control: 'select', options: Object.values(SIMULATED_ACCOUNTS) } },
  render: (args) => html`<mono-account-card account-id=${args.accountId} locale=${args.locale} .fetcher=${storyFetcher()}></mono-account-card>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Ready: Story = {};
export const Partial: Story = { args: { accountId: SIMULATED_ACCOUNTS.partial } };
export const Loading: Story = {
  render: () => html`<mono-account-card account-id=${SIMULATED_ACCOUNTS.available} .fetcher=${pendingFetcher()}></mono-account-card>`,
};
export const FetchError: Story = {
  render: () => html`<mono-account-card account-id=${SIMULATED_ACCOUNTS.available} .fetcher=${failingFetcher()}></mono-account-card>`,
};
export const EnglishUK: Story = { args: { locale: 'en-GB' } };
export const DarkTheme: Story = {
  render: (args, context) => html`<div style=${darkTokens}>${meta.render!(args, context)}</div>`,
};
