import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/transactions/transactions.js';
import type { MonoTransactions } from '../src/elements/transactions/transactions.component.js';
import type { MonoFetcher } from '../src/core/fetcher/types.js';
import { MonoFetchError } from '../src/core/fetcher/errors.js';
import { sleep } from '../src/core/sleep.js';
import { SIMULATED_ACCOUNTS } from '../src/testing/index.js';
import { darkTokens, storyFetcher } from './story-helpers.js';

/*
 * `<mono-transactions export>`: the Export CSV bar in each of its states.
 * Stories that press the button themselves cancel `mono-export`, so opening
 * them never downloads a file; press "Export CSV" in Ready for a real one.
 */

interface Args {
  accountId: string;
  type: '' | 'debit' | 'credit';
  start: string;
  end: string;
}

/** The element, once it shows rows. */
async function readyElement(canvas: HTMLElement): Promise<MonoTransactions> {
  const el = canvas.querySelector('mono-transactions')!;
  while (el.getAttribute('state') !== 'ready') await new Promise((resolve) => setTimeout(resolve, 50));
  await el.updateComplete;
  return el;
}

const press = (el: MonoTransactions, part: string) => el.shadowRoot!.querySelector<HTMLButtonElement>(`[part="${part}"]`)!.click();

/** The page keeps the file: the story shows the outcome without a download. */
const keepFile = (event: Event) => event.preventDefault();

/** Page 1 answers; every later page fails as an unreachable backend would. */
function laterPagesFail(): MonoFetcher {
  const fetcher = storyFetcher();
  return {
    ...fetcher,
    async getTransactions(accountId, query, init) {
      if ((query.page ?? 1) > 1) throw new MonoFetchError(0, 'NETWORK_ERROR', 'The network connection was lost.');
      return fetcher.getTransactions(accountId, query, init);
    },
  };
}

/** Every page after the first takes `ms` (page 1 is quick, so the table shows): time to see the progress bar. */
function slowFetcher(ms: number): MonoFetcher {
  const fetcher = storyFetcher();
  return {
    ...fetcher,
    async getTransactions(accountId, query, init) {
      if ((query.page ?? 1) > 1) await sleep(ms, init?.signal);
      return fetcher.getTransactions(accountId, query, init);
    },
  };
}

const meta: Meta<Args> = {
  title: 'Elements/mono-transactions export',
  component: 'mono-transactions',
  args: { accountId: SIMULATED_ACCOUNTS.available, type: '', start: '', end: '' },
  argTypes: {
    accountId: { control: 'select', options: Object.values(SIMULATED_ACCOUNTS) },
    type: { control: 'select', options: ['', 'debit', 'credit'] },
  },
  render: (args) => html`<mono-transactions
    export
    account-id=${args.accountId}
    type=${args.type}
    start=${args.start}
    end=${args.end}
    .fetcher=${storyFetcher()}
  ></mono-transactions>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The button, ready: pressing it downloads every row in the filter. */
export const Ready: Story = {};

/** Debits of 2026 only: the file holds what the filter shows, across all pages. */
export const Filtered: Story = { args: { type: 'debit', start: '2026-01-01', end: '2026-12-31' } };

/** Pages on their way: progress in a bar and in words, and a cancel button. */
export const InProgress: Story = {
  render: () => html`<mono-transactions export account-id=${SIMULATED_ACCOUNTS.available} .fetcher=${slowFetcher(60_000)} @mono-export=${keepFile}></mono-transactions>`,
  play: async ({ canvasElement }) => press(await readyElement(canvasElement), 'export-button'),
};

/** Finished: how many rows went into which file. */
export const Done: Story = {
  render: () => html`<mono-transactions export account-id=${SIMULATED_ACCOUNTS.available} .fetcher=${storyFetcher()} @mono-export=${keepFile}></mono-transactions>`,
  play: async ({ canvasElement }) => press(await readyElement(canvasElement), 'export-button'),
};

/** Cancelled by the user: nothing is downloaded. */
export const Cancelled: Story = {
  render: () => html`<mono-transactions export account-id=${SIMULATED_ACCOUNTS.available} .fetcher=${slowFetcher(60_000)} @mono-export=${keepFile}></mono-transactions>`,
  play: async ({ canvasElement }) => {
    const el = await readyElement(canvasElement);
    press(el, 'export-button');
    while (!el.shadowRoot!.querySelector('[part="export-cancel"]')) await new Promise((resolve) => setTimeout(resolve, 20));
    press(el, 'export-cancel');
  },
};

/** A page failed: the reason in words (its detail went to `mono-error`); pressing again retries. */
export const Failed: Story = {
  render: () => html`<mono-transactions export account-id=${SIMULATED_ACCOUNTS.available} .fetcher=${laterPagesFail()} @mono-export=${keepFile}></mono-transactions>`,
  play: async ({ canvasElement }) => press(await readyElement(canvasElement), 'export-button'),
};

/** 320 px wide: the bar wraps, the targets stay 44 px. */
export const Narrow: Story = {
  render: (args, context) => html`<div style="width:320px">${meta.render!(args, context)}</div>`,
};

export const DarkTheme: Story = {
  render: () => html`<div style=${darkTokens}>
    <mono-transactions export account-id=${SIMULATED_ACCOUNTS.available} .fetcher=${slowFetcher(60_000)} @mono-export=${keepFile}></mono-transactions>
  </div>`,
  play: async ({ canvasElement }) => press(await readyElement(canvasElement), 'export-button'),
};
