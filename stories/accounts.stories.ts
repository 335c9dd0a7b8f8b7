import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/accounts/accounts.js';
import type { MonoAccounts } from '../src/elements/accounts/accounts.component.js';
import { SIMULATED_ACCOUNTS } from '../src/testing/index.js';
import { darkTokens, failingFetcher, pendingFetcher, storyDriver, storyFetcher } from './story-helpers.js';

const { available, processing, failed, partial } = SIMULATED_ACCOUNTS;

interface Args {
  locale: string;
}

/** The list once loaded, and its first row's button of that part. */
async function loaded(canvas: HTMLElement): Promise<MonoAccounts> {
  const list = canvas.querySelector('mono-accounts')!;
  while (list.state === 'loading') await new Promise((resolve) => setTimeout(resolve, 50));
  await list.updateComplete;
  return list;
}
const button = (list: MonoAccounts, part: string, row = 0) =>
  list.shadowRoot!.querySelectorAll('li.account')[row]!.querySelector<HTMLElement>(`[part~="${part}"]`)!;

/** A user with three accounts (one whose data failed), and an add button in the slot. */
const withAccounts = (fetcher = storyFetcher({ accounts: [available, partial, failed] }), locale = 'en-NG') =>
  html`<mono-accounts locale=${locale} public-key="test_pk_storybook" .fetcher=${fetcher} style="max-width: 32rem">
    <mono-link-button slot="add" public-key="test_pk_storybook" .driver=${storyDriver(fetcher)} .fetcher=${fetcher} exchange>Add a bank account</mono-link-button>
  </mono-accounts>`;

const meta: Meta<Args> = {
  title: 'Elements/mono-accounts',
  component: 'mono-accounts',
  args: { locale: 'en-NG' },
  render: (args) => withAccounts(undefined, args.locale),
};
export default meta;

type Story = StoryObj<Args>;

export const List: Story = {};
export const Loading: Story = {
  render: () => html`<mono-accounts .fetcher=${pendingFetcher()} style="max-width: 32rem"></mono-accounts>`,
};
export const Empty: Story = {
  render: () => {
    const fetcher = storyFetcher({ accounts: [] });
    return html`<mono-accounts .fetcher=${fetcher} style="max-width: 32rem">
      <mono-link-button slot="add" public-key="test_pk_storybook" .driver=${storyDriver(fetcher)} .fetcher=${fetcher} exchange>Link your first bank account</mono-link-button>
    </mono-accounts>`;
  },
};
// Every request answers 500: the list itself cannot be loaded.
export const FetchError: Story = {
  render: () => html`<mono-accounts .fetcher=${failingFetcher()} style="max-width: 32rem"></mono-accounts>`,
};
// Refreshed a moment ago: Refresh waits out the cool-down, counting down.
export const CoolingDown: Story = {
  play: async ({ canvasElement }) => button(await loaded(canvasElement), 'refresh').click(),
};
// The bank takes its time: Mono answers `processing`, and the row follows the job until the data is in.
export const Refreshing: Story = {
  render: () => {
    const fetcher = storyFetcher({ accounts: [processing, available], processingMs: 8000 });
    fetcher.simulator.setRefreshOutcome(processing, 'processing');
    return html`<mono-accounts .fetcher=${fetcher} style="max-width: 32rem"></mono-accounts>`;
  },
  play: async ({ canvasElement }) => button(await loaded(canvasElement), 'refresh').click(),
};
export const ConfirmDisconnect: Story = {
  play: async ({ canvasElement }) => button(await loaded(canvasElement), 'disconnect').click(),
};
// The backend listed an account Mono no longer knows: said on its row, the others shown, still removable.
export const UnreadableRow: Story = {
  render: () => html`<mono-accounts .fetcher=${storyFetcher({ accounts: [available, 'aaaaaaaaaaaaaaaaaaaaaaaa', partial] })} style="max-width: 32rem"></mono-accounts>`,
};
export const Selected: Story = {
  play: async ({ canvasElement }) => button(await loaded(canvasElement), 'main', 1).click(),
};
export const Narrow320: Story = {
  render: (args, context) => html`<div style="width: 320px">${meta.render!(args, context)}</div>`,
};
export const French: Story = { args: { locale: 'fr-FR' } };
export const DarkTheme: Story = {
  render: (args, context) => html`<div style=${darkTokens}>${meta.render!(args, context)}</div>`,
};
