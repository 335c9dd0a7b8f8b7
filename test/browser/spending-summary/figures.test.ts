import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/elements/spending-summary/spending-summary.js';
import type { MonoSpendingSummary } from '../../../src/elements/spending-summary/spending-summary.component.js';
import { formatMoney } from '../../../src/core/format/money.js';
import { createMemoryFetcher, SIMULATED_ACCOUNTS } from '../../../src/testing/index.js';
import { rowsFetcher } from '../data/fixtures.js';
import { $, $$, busyRows, plain, state, text } from './summary-fixtures.js';

const naira = (kobo: number) => formatMoney(kobo, 'NGN', 'en-NG');

/** Waits until the charts are drawn at the width of their box (after the first measurement). */
const measured = (el: MonoSpendingSummary) =>
  waitUntil(() => {
    const svg = $(el, '[part="bar-chart"]');
    const box = $(el, '[part="charts"]');
    return svg && box && Number(svg.getAttribute('width')) === Math.floor(box.getBoundingClientRect().width);
  }, 'charts drawn at their measured width');

describe('<mono-spending-summary> figures', () => {
  it('sums the simulated account exactly, month by month and by category, as computed here from the simulator’s own rows', async () => {
    const fetcher = createMemoryFetcher();
    const el = await fixture<MonoSpendingSummary>(
      html`<mono-spending-summary account-id=${SIMULATED_ACCOUNTS.available} end="2026-10-31" .fetcher=${fetcher}></mono-spending-summary>`,
    );
    await state(el, 'ready');
    const months = ['2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10'];
    const rows = fetcher.simulator.account(SIMULATED_ACCOUNTS.available)!.transactions.filter((r) => months.includes(r.date.slice(0, 7)));
    expect(rows.length).to.be.greaterThan(100, 'the simulated account has months of history');
    const expected = months.map((month) => {
      const of = rows.filter((r) => r.date.startsWith(month));
      return {
        month,
        moneyIn: of.filter((r) => r.type === 'credit').reduce((s, r) => s + r.amount, 0),
        moneyOut: of.filter((r) => r.type === 'debit').reduce((s, r) => s + r.amount, 0),
      };
    });
    expect(el.summary!.months.map(({ month, moneyIn, moneyOut }) => ({ month, moneyIn, moneyOut }))).to.deep.equal(expected);
    const byCategory = new Map<string, number>();
    for (const r of rows) if (r.type === 'debit') byCategory.set(r.category, (byCategory.get(r.category) ?? 0) + r.amount);
    expect(Object.fromEntries(el.summary!.categories.map((c) => [c.category, c.amount]))).to.deep.equal(Object.fromEntries(byCategory));
    expect(el.summary!.totals.count).to.equal(rows.length);

    // What is on screen: the table's cells and the bars say the same figures.
    const tableRows = $$(el, 'table.months tbody tr');
    expect(tableRows.map((tr) => tr.getAttribute('data-month'))).to.deep.equal(months);
    tableRows.forEach((tr, i) => {
      expect(plain(text(tr.querySelector('td.in')))).to.equal(plain(naira(expected[i]!.moneyIn)));
      expect(plain(text(tr.querySelector('td.out')))).to.equal(plain(naira(expected[i]!.moneyOut)));
    });
    const totalIn = expected.reduce((s, m) => s + m.moneyIn, 0);
    const totalOut = expected.reduce((s, m) => s + m.moneyOut, 0);
    expect(plain(text($(el, 'table.months tfoot td.in')))).to.equal(plain(naira(totalIn)));
    expect(plain(text($(el, 'table.months tfoot td.out')))).to.equal(plain(naira(totalOut)));
    const label = plain($(el, '[part="bar-chart"]')!.getAttribute('aria-label')!);
    expect(label).to.contain(`in ${plain(naira(totalIn))}, out ${plain(naira(totalOut))}`);
    const peak = [...expected].sort((a, b) => b.moneyOut - a.moneyOut)[0]!;
    expect(label).to.contain(new Intl.DateTimeFormat('en-NG', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.parse(`${peak.month}-15T12:00:00Z`)));
  });

  it('the chart and the table show the same figures, bar for cell', async () => {
    const el = await fixture<MonoSpendingSummary>(
      html`<mono-spending-summary account-id=${SIMULATED_ACCOUNTS.available} end="2026-10-31" months="9" .fetcher=${createMemoryFetcher()}></mono-spending-summary>`,
    );
    await state(el, 'ready');
    const groups = $$(el, '[part="bar-chart"] g.month');
    const tableRows = $$(el, 'table.months tbody tr');
    expect(groups).to.have.length(9);
    groups.forEach((group, i) => {
      expect(group.getAttribute('data-month')).to.equal(tableRows[i]!.getAttribute('data-month'));
      for (const kind of ['in', 'out']) {
        const amount = Number(group.querySelector(`rect.${kind}`)!.getAttribute('data-amount'));
        expect(plain(naira(amount))).to.equal(plain(text(tableRows[i]!.querySelector(`td.${kind}`))));
      }
    });
    // Taller bar, larger amount: heights follow the amounts.
    const bars = $$(el, '[part="bar-chart"] rect.bar').map((r) => ({ amount: Number(r.getAttribute('data-amount')), height: Number(r.getAttribute('height')) }));
    const sorted = [...bars].sort((a, b) => a.amount - b.amount);
    for (let i = 1; i < sorted.length; i++) expect(sorted[i]!.height).to.be.at.least(sorted[i - 1]!.height);
    // Categories: chart entries and table rows in the same order with the same amounts.
    const categoryBars = $$(el, '[part="category-chart"] g.category').map((g) => Number(g.getAttribute('data-amount')));
    const categoryCells = $$(el, 'table.categories tbody td:first-of-type').map((td) => plain(text(td)));
    expect(categoryBars.map((amount) => plain(naira(amount)))).to.deep.equal(categoryCells);
  });

  it('a busy year: 10,000 rows in 100 pages become 12 months and the top 8 categories + Other', async () => {
    const rows = busyRows(10_000);
    const fetcher = rowsFetcher(rows, 100);
    const el = await fixture<MonoSpendingSummary>(html`<mono-spending-summary account-id="acc" months="12" end="2026-10-31" .fetcher=${fetcher}></mono-spending-summary>`);
    await state(el, 'ready', 20000);
    expect(fetcher.calls.length).to.equal(100);
    expect(el.summary!.totals.count).to.equal(10_000);
    expect($$(el, '[part="bar-chart"] g.month')).to.have.length(12);
    const categories = $$(el, '[part="category-chart"] g.category');
    expect(categories).to.have.length(9);
    expect(text(categories[8]!.querySelector('.name'))).to.match(/^Other \(\d+ categories\)$/);
    expect(text($(el, 'table.categories'))).to.contain('Uncategorised');
    // The drawing depends on the months, not on the rows.
    expect($$(el, 'svg *').length).to.be.below(200);
  });

  it('at 320 px: no sideways scrolling, fewer ticks, short month names', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div style="width:320px"><mono-spending-summary account-id="acc" months="12" end="2026-10-31" .fetcher=${rowsFetcher(busyRows(600), 100)}></mono-spending-summary></div>`,
    );
    const el = wrapper.querySelector('mono-spending-summary')!;
    await state(el, 'ready');
    await measured(el);
    expect(el.scrollWidth).to.be.at.most(320);
    const base = $(el, '[part="base"]') as HTMLElement;
    expect(base.scrollWidth).to.be.at.most(base.clientWidth);
    expect($$(el, '[part="bar-chart"] text.tick').length).to.be.at.most(4);
    // Month labels do not overlap one another.
    const labels = $$(el, '[part="bar-chart"] text.label').map((t) => (t as SVGTextElement).getBoundingClientRect());
    for (let i = 1; i < labels.length; i++) expect(labels[i]!.left).to.be.at.least(labels[i - 1]!.right);
    // Neither do tick labels.
    const ticks = $$(el, '[part="bar-chart"] text.tick').map((t) => (t as SVGTextElement).getBoundingClientRect());
    for (let i = 1; i < ticks.length; i++) expect(ticks[i - 1]!.top).to.be.at.least(ticks[i]!.bottom - 0.5);
    // The table, when shown, scrolls inside its own box, not the page.
    (($(el, '[part="toggle"]')) as HTMLButtonElement).click();
    await el.updateComplete;
    expect(el.scrollWidth).to.be.at.most(320);
  });
});
