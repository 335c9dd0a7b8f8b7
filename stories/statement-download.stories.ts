import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/statement-download/statement-download.js';
import type { MonoStatementDownload } from '../src/elements/statement-download/statement-download.component.js';
import { SIMULATED_ACCOUNTS, type StatementOutcome } from '../src/testing/index.js';
import { darkTokens, failingFetcher, storyFetcher } from './story-helpers.js';

interface Args {
  accountId: string;
  period: string;
  periods: string;
  slowAfter: number;
  manual: boolean;
}

/** A backend whose statement jobs build for `statementMs`, then end as `outcome`. */
function statementFetcher(outcome: StatementOutcome = 'built', options: { statementMs?: number; processingMs?: number } = {}) {
  const fetcher = storyFetcher({ statementMs: options.statementMs ?? 2500, processingMs: options.processingMs });
  fetcher.simulator.setStatementOutcome(outcome);
  return fetcher;
}

/** Presses the element's button, so the story opens in the state that follows. */
const start: Story['play'] = async ({ canvasElement }) => {
  const el = canvasElement.querySelector<MonoStatementDownload>('mono-statement-download')!;
  await el.updateComplete;
  void el.start();
};

const meta: Meta<Args> = {
  title: 'Elements/mono-statement-download',
  component: 'mono-statement-download',
  // manual: a story never saves a file by itself; the link is there to press.
  args: { accountId: SIMULATED_ACCOUNTS.available, period: 'last6months', periods: '1 3 6 12', slowAfter: 45_000, manual: true },
  argTypes: {
    accountId: { control: 'select', options: Object.values(SIMULATED_ACCOUNTS) },
    period: { control: 'select', options: Array.from({ length: 12 }, (_, i) => `last${i + 1}months`) },
  },
  render: (args) => html`<mono-statement-download
    account-id=${args.accountId}
    period=${args.period}
    periods=${args.periods}
    slow-after=${args.slowAfter}
    ?manual=${args.manual}
    .fetcher=${statementFetcher()}
  ></mono-statement-download>`,
};
export default meta;

type Story = StoryObj<Args>;

const withFetcher = (fetcher: () => ReturnType<typeof storyFetcher>, accountId: string = SIMULATED_ACCOUNTS.available, slowAfter = 45_000): Story['render'] => (args) =>
  html`<mono-statement-download account-id=${accountId} period=${args.period} slow-after=${slowAfter} manual .fetcher=${fetcher()}></mono-statement-download>`;

/** The picker and the button, before anything is asked. */
export const Idle: Story = {};
/** The account's data is still PROCESSING at Mono: it waits for it first. */
export const WaitingForData: Story = {
  render: withFetcher(() => statementFetcher('built', { processingMs: 2 ** 31 - 1 }), SIMULATED_ACCOUNTS.processing),
  play: start,
};
/** Mono is building the PDF (held there). */
export const Preparing: Story = { render: withFetcher(() => statementFetcher('slow', { statementMs: 0 })), play: start };
/** It has taken longer than `slow-after`: keep waiting or cancel. */
export const TakingLong: Story = { render: withFetcher(() => statementFetcher('slow', { statementMs: 0 }), SIMULATED_ACCOUNTS.available, 1500), play: start };
/** The PDF is built: a download link (a data: URL here, Mono's https link in production). */
export const Ready: Story = { render: withFetcher(() => statementFetcher('built', { statementMs: 0 })), play: start };
/** Mono could not build it: say so, offer to try again. */
export const Failed: Story = { render: withFetcher(() => statementFetcher('failed', { statementMs: 0 })), play: start };
/** The account's data status is FAILED: there is nothing to build a statement from. */
export const DataFailed: Story = { render: withFetcher(() => statementFetcher(), SIMULATED_ACCOUNTS.failed), play: start };
/** The backend fails (502 after the fetcher's retries): its message, and "Try again". */
export const FetchError: Story = { render: withFetcher(failingFetcher), play: start };
/** A host that offers other periods. */
export const CustomPeriods: Story = { args: { periods: '1 2 3 6 9 12', period: 'last9months' } };
export const Narrow: Story = {
  render: (args, context) => html`<div style="width:320px">${meta.render!(args, context)}</div>`,
};
export const DarkTheme: Story = {
  render: (args, context) => html`<div style=${darkTokens}>${meta.render!(args, context)}</div>`,
};
