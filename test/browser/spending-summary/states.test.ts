import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/elements/spending-summary/spending-summary.js';
import type { MonoSpendingSummary } from '../../../src/elements/spending-summary/spending-summary.component.js';
import { createMemoryFetcher, SIMULATED_ACCOUNTS } from '../../../src/testing/index.js';
import { $, DARK, state, text } from './summary-fixtures.js';

const END = '2026-10-31';

/** Each state in the light theme (the default) and the dark one, checked by axe. */
for (const theme of ['light', 'dark'] as const) {
  const wrap = (inner: unknown) => (theme === 'dark' ? html`<div style=${DARK}>${inner}</div>` : html`<div>${inner}</div>`);
  const mount = async (inner: unknown) => (await fixture<HTMLElement>(wrap(inner))).querySelector('mono-spending-summary') as MonoSpendingSummary;

  describe(`<mono-spending-summary> states (${theme})`, () => {
    it('loading, then ready: progress while pages arrive, then charts and a toggle', async () => {
      const fetcher = createMemoryFetcher();
      fetcher.simulator.faults.latencyMs = 200;
      const el = await mount(html`<mono-spending-summary account-id=${SIMULATED_ACCOUNTS.available} end=${END} .fetcher=${fetcher}></mono-spending-summary>`);
      expect(el.state).to.equal('loading');
      expect($(el, '[part="base"]')!.getAttribute('aria-busy')).to.equal('true');
      expect($(el, '.skeleton')).to.exist;
      await expect(el).to.be.accessible();
      await state(el, 'ready');
      expect($(el, '[part="bar-chart"]')!.getAttribute('role')).to.equal('img');
      expect($(el, '[part="toggle"]')!.getAttribute('aria-pressed')).to.equal('false');
      expect(text($(el, '[part="period"]'))).to.match(/May.+Oct.+2026/);
      await expect(el).to.be.accessible();
    });

    it('processing: waits for readable data, asking for no transactions meanwhile', async () => {
      const fetcher = createMemoryFetcher({ processingMs: 600 });
      const el = await mount(
        html`<mono-spending-summary account-id=${SIMULATED_ACCOUNTS.processing} end=${END} poll-interval="50" .fetcher=${fetcher}></mono-spending-summary>`,
      );
      await state(el, 'processing');
      expect($(el, 'progress')).to.exist;
      expect(text($(el, '[part="message"]'))).to.contain('Fetching transactions from the bank');
      await expect(el).to.be.accessible();
      expect(fetcher.simulator.requests.filter((r) => r.path.endsWith('/transactions'))).to.have.length(0);
      await state(el, 'ready');
    });

    it('empty: an account without transactions in the period', async () => {
      const el = await mount(html`<mono-spending-summary account-id=${SIMULATED_ACCOUNTS.empty} end=${END} .fetcher=${createMemoryFetcher()}></mono-spending-summary>`);
      await state(el, 'empty');
      expect(text($(el, '[part="message"]'))).to.equal('No transactions in the last 6 months.');
      expect($(el, '[part="toggle"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('error with Retry, which loads the summary', async () => {
      const fetcher = createMemoryFetcher({ retry: { retries: 0 } });
      const original = fetcher.getTransactions;
      let failures = 1;
      fetcher.getTransactions = async (...args) => {
        if (failures-- > 0) fetcher.simulator.faults.serverErrors = 1;
        return original(...args);
      };
      const el = await mount(html`<mono-spending-summary end=${END} .fetcher=${fetcher}></mono-spending-summary>`);
      el.accountId = SIMULATED_ACCOUNTS.available;
      const error = await oneEvent(el, 'mono-error');
      expect(error.detail.phase).to.equal('fetch');
      expect(error.detail.error.status).to.equal(502);
      await state(el, 'error');
      expect($(el, '[part="message"]')!.getAttribute('role')).to.equal('alert');
      await expect(el).to.be.accessible();
      const retry = $(el, '[part="retry"]') as HTMLButtonElement;
      expect(text(retry)).to.equal('Retry');
      retry.click();
      await state(el, 'ready');
    });

    it('failed: the bank’s data could not be fetched', async () => {
      const el = await mount(html`<mono-spending-summary account-id=${SIMULATED_ACCOUNTS.failed} end=${END} .fetcher=${createMemoryFetcher()}></mono-spending-summary>`);
      await state(el, 'failed');
      expect(text($(el, '[part="message"]'))).to.contain('could not be fetched');
      await expect(el).to.be.accessible();
    });

    it('partial: the figures, with a note that they may be incomplete', async () => {
      const el = await mount(html`<mono-spending-summary account-id=${SIMULATED_ACCOUNTS.partial} end=${END} .fetcher=${createMemoryFetcher()}></mono-spending-summary>`);
      await state(el, 'ready');
      expect(text($(el, '[part="notice"]'))).to.contain('partial');
      await expect(el).to.be.accessible();
    });

    it('table view: the tables shown to everyone, the charts hidden', async () => {
      const el = await mount(
        html`<mono-spending-summary account-id=${SIMULATED_ACCOUNTS.available} end=${END} months="12" show-table .fetcher=${createMemoryFetcher()}></mono-spending-summary>`,
      );
      await state(el, 'ready');
      expect(($(el, '[part="charts"]') as HTMLElement).hidden).to.equal(true);
      expect($(el, '[part="charts"]')!.getBoundingClientRect().height).to.equal(0, 'the charts are out of sight');
      expect($(el, '[part="tables"]')!.classList.contains('visually-hidden')).to.equal(false);
      expect($(el, 'table.months')!.getBoundingClientRect().height).to.be.greaterThan(100, 'the table is in sight');
      expect($(el, '[part="toggle"]')!.getAttribute('aria-pressed')).to.equal('true');
      await expect(el).to.be.accessible();
    });
  });
}
