import { expect, fixture, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/spending-summary/spending-summary.js';
import type { MonoSpendingSummary } from '../../../src/elements/spending-summary/spending-summary.component.js';
import type { MonoFetcher } from '../../../src/core/fetcher/types.js';
import { createMemoryFetcher, SIMULATED_ACCOUNTS } from '../../../src/testing/index.js';
import { row, rowsFetcher } from '../data/fixtures.js';
import { emitLive, livePost, liveStats, withLiveEvents } from '../live/live-fixture.js';
import { $, settle, state, text } from './summary-fixtures.js';

const END = '2026-10-31';

describe('<mono-spending-summary> behaviour', () => {
  it('"Show as table" is a toggle button a keyboard can press (Enter and Space)', async () => {
    const el = await fixture<MonoSpendingSummary>(
      html`<mono-spending-summary account-id=${SIMULATED_ACCOUNTS.available} end=${END} .fetcher=${createMemoryFetcher()}></mono-spending-summary>`,
    );
    await state(el, 'ready');
    const toggle = $(el, '[part="toggle"]') as HTMLButtonElement;
    expect(toggle.localName).to.equal('button');
    expect(text(toggle)).to.equal('Show as table');
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    expect(el.showTable).to.equal(true);
    expect(el.hasAttribute('show-table')).to.equal(true);
    expect($(el, '[part="charts"]')!.getBoundingClientRect().height).to.equal(0, 'the charts are out of sight');
    expect(($(el, 'table.months') as HTMLElement).getBoundingClientRect().height).to.be.greaterThan(50, 'the table is visible');
    expect(el.shadowRoot!.activeElement).to.equal(toggle, 'focus stays on the toggle');
    // A space typed on the button ("Space" is not a key name every driver knows).
    await sendKeys({ type: ' ' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    expect(($(el, '[part="charts"]') as HTMLElement).hidden).to.equal(false);
    // Hidden from sight, still read: the table stays in the page for screen readers.
    expect($(el, '[part="tables"]')!.classList.contains('visually-hidden')).to.equal(true);
    expect($(el, 'table.months')).to.exist;
  });

  it('fires mono-summary-loaded with the account, the months and the totals', async () => {
    const fetcher = rowsFetcher([
      row({ id: 'a', amount: 1000, date: '2026-10-02T10:00:00Z' }),
      row({ id: 'b', amount: 2500, type: 'credit', date: '2026-09-02T10:00:00Z' }),
      row({ id: 'c', amount: 99, date: '2025-01-02T10:00:00Z' }),
    ]);
    const el = await fixture<MonoSpendingSummary>(html`<mono-spending-summary end=${END} months="3" .fetcher=${fetcher}></mono-spending-summary>`);
    setTimeout(() => (el.accountId = 'acc'));
    const event = await oneEvent(el, 'mono-summary-loaded');
    expect(event.detail).to.deep.equal({ accountId: 'acc', months: 3, totals: { moneyIn: 2500, moneyOut: 1000, net: 1500, count: 2, currency: 'NGN' } });
    expect(fetcher.calls[0]!.query).to.deep.include({ start: '2026-08-01', end: '2026-10-31' });
  });

  it('abort on disconnect: the requests in flight are cancelled and no more are sent', async () => {
    const fetcher = createMemoryFetcher();
    fetcher.simulator.faults.latencyMs = 150;
    const signals: AbortSignal[] = [];
    const original = fetcher.getTransactions;
    fetcher.getTransactions = (id, query, init) => {
      signals.push(init!.signal!);
      return original(id, query, init);
    };
    const el = await fixture<MonoSpendingSummary>(
      html`<mono-spending-summary account-id=${SIMULATED_ACCOUNTS.available} end=${END} months="24" .fetcher=${fetcher}></mono-spending-summary>`,
    );
    await waitUntil(() => signals.length > 0, 'the first page asked for');
    el.remove();
    const sent = fetcher.simulator.requests.length;
    expect(signals.every((signal) => signal.aborted)).to.equal(true);
    await settle(600);
    expect(fetcher.simulator.requests.length).to.equal(sent, 'nothing asked after the element left');
    // Back on the page, it reads again.
    document.body.append(el);
    await state(el, 'ready');
    el.remove();
  });

  it('a new months value aborts the summary being read and reads the new period', async () => {
    const fetcher = createMemoryFetcher();
    fetcher.simulator.faults.latencyMs = 100;
    const signals: AbortSignal[] = [];
    const original = fetcher.getTransactions;
    fetcher.getTransactions = (id, query, init) => {
      signals.push(init!.signal!);
      return original(id, query, init);
    };
    const el = await fixture<MonoSpendingSummary>(
      html`<mono-spending-summary account-id=${SIMULATED_ACCOUNTS.available} end=${END} .fetcher=${fetcher}></mono-spending-summary>`,
    );
    await waitUntil(() => signals.length > 0);
    const first = signals[0]!;
    el.months = 2;
    await el.updateComplete;
    expect(first.aborted).to.equal(true);
    await state(el, 'ready');
    expect(el.summary!.months.map((m) => m.month)).to.deep.equal(['2026-09', '2026-10']);
  });
});

describe('<mono-spending-summary> limits', () => {
  it('a period with more pages than it reads says so in words for users, and tells developers why', async () => {
    const base = rowsFetcher([]);
    const fetcher: MonoFetcher = {
      ...base,
      getTransactions: async (_id, query) => ({
        transactions: Array.from({ length: 100 }, (_, i) => row({ id: `r${query.page}-${i}` })),
        page: query.page ?? 1,
        total: 60_000,
        hasPrevious: false,
        hasNext: true,
      }),
    };
    const el = await fixture<MonoSpendingSummary>(html`<mono-spending-summary end=${END} .fetcher=${fetcher}></mono-spending-summary>`);
    setTimeout(() => (el.accountId = 'acc'));
    const error = await oneEvent(el, 'mono-error');
    expect(error.detail.error.code).to.equal('TOO_MANY_PAGES');
    await state(el, 'error');
    expect(text($(el, '[part="message"] p'))).to.equal('This account has too many transactions in this period to sum up here. Choose fewer months.');
  });
});

describe('<mono-spending-summary> live updates', () => {
  beforeEach(() => livePost('/reset'));
  afterEach(async () => {
    fixtureCleanup();
    await waitUntil(async () => (await liveStats()).open === 0, 'streams closed with the elements');
  });

  it('recomputes when Mono says new transactions arrived, staying ready', async () => {
    const ACCOUNT = 'aaaaaaaaaaaaaaaaaaaaaaa2';
    let rows = [row({ id: 't1', amount: 1000, date: '2026-10-02T10:00:00Z' })];
    const base = rowsFetcher([]);
    const fetcher: MonoFetcher = {
      ...base,
      getTransactions: async (_id, query) => ({ transactions: rows, page: query.page ?? 1, total: rows.length, hasPrevious: false, hasNext: false }),
    };
    const el = await fixture<MonoSpendingSummary>(html`<mono-spending-summary account-id=${ACCOUNT} end=${END} .fetcher=${withLiveEvents(fetcher)}></mono-spending-summary>`);
    await state(el, 'ready');
    expect(el.summary!.totals.moneyOut).to.equal(1000);
    rows = [row({ id: 't2', amount: 4000, date: '2026-10-03T10:00:00Z' }), ...rows];
    const loaded = oneEvent(el, 'mono-summary-loaded');
    await emitLive({ type: 'account_updated', accountId: ACCOUNT, dataStatus: 'AVAILABLE', retrievedData: ['transactions'] });
    await loaded;
    expect(el.summary!.totals.moneyOut).to.equal(5000);
    expect(el.state).to.equal('ready');
  });
});
