import { expect, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import '../../../src/elements/transactions/transactions.js';
import type { MonoTransactions } from '../../../src/elements/transactions/transactions.component.js';
import { ignoreResizeObserverLoop, row, rowsFetcher } from '../data/fixtures.js';
import { BILLION, LONG_NARRATION, LONG_UNBROKEN, RTL_NARRATION, WIDTHS, expectInside, expectNoOverflow, expectTargets, mountAt } from './layout-helpers.js';

ignoreResizeObserverLoop();

const rows = [
  row({ id: 'a', narration: LONG_NARRATION, amount: BILLION, type: 'credit', category: 'transfer_and_withdrawal_from_savings' }),
  row({ id: 'b', narration: LONG_UNBROKEN, amount: BILLION, type: 'debit' }),
  row({ id: 'c', narration: RTL_NARRATION, amount: 147085 }),
  row({ id: 'd', narration: '', amount: 5000, type: 'credit', category: undefined }),
  ...Array.from({ length: 30 }, (_, i) => row({ id: `r${i}`, narration: `POS ${i}`, amount: 1000 * (i + 1) })),
];

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const ready = (el: Element) => waitUntil(() => el.getAttribute('state') === 'ready', 'ready', { timeout: 5000 });
const visible = (node: Element | null) => !!node && node.getClientRects().length > 0;

async function mount(width: number, extra: { infinite?: boolean } = {}) {
  const el = await mountAt<MonoTransactions>(
    width,
    html`<mono-transactions account-id="acc" export ?infinite=${!!extra.infinite} .fetcher=${rowsFetcher(rows)}></mono-transactions>`,
  );
  await ready(el);
  await el.updateComplete;
  return el;
}

describe('<mono-transactions> at phone and desktop widths', () => {
  afterEach(() => fixtureCleanup());

  for (const width of WIDTHS) {
    it(`${width} px: no horizontal overflow, amounts inside, 44 px targets`, async () => {
      const el = await mount(width);
      expectNoOverflow(el);
      for (const amount of $$(el, 'tbody .amount')) expectInside(amount, el, `amount "${amount.textContent!.trim()}"`);
      expectTargets(el);
      // The billion stays on one line: its height is that of one line of the amount plus the Debit/Credit line.
      const billion = $(el, 'tbody tr .amount')!;
      const figure = billion.firstChild!;
      const range = document.createRange();
      range.selectNodeContents(figure);
      expect(range.getClientRects().length, 'the amount never wraps mid-number').to.equal(1);
    });
  }

  it('360 px: filters collapse behind one "Filters" button that keeps their values and counts them', async () => {
    const el = await mount(360);
    const toggle = $(el, '[part="filters-toggle"]')!;
    expect(visible(toggle), 'the toggle shows').to.equal(true);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(visible($(el, 'select[name="type"]')), 'the fields are hidden').to.equal(false);
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const select = $(el, 'select[name="type"]') as HTMLSelectElement;
    expect(visible(select)).to.equal(true);
    expectTargets(el);
    select.value = 'debit';
    select.dispatchEvent(new Event('change'));
    await ready(el);
    expect($(el, '[part="filters-count"]')!.textContent!.trim()).to.equal('1');
    toggle.click();
    await el.updateComplete;
    expect(visible(select)).to.equal(false);
    toggle.click();
    await el.updateComplete;
    expect(select.value, 'the value survives collapsing').to.equal('debit');
    expect(el.type).to.equal('debit');
    await expect(el).to.be.accessible();
  });

  it('1024 px: filters stay open, no toggle', async () => {
    const el = await mount(1024);
    expect(visible($(el, '[part="filters-toggle"]'))).to.equal(false);
    expect(visible($(el, 'select[name="type"]'))).to.equal(true);
    expect(visible($(el, 'input[name="start"]'))).to.equal(true);
  });

  it('360 px: each row is a compact two-line item, still a table to assistive tech', async () => {
    const el = await mount(360);
    const first = $$(el, 'tbody tr')[0]!;
    const narration = first.querySelector('.narration')!.getBoundingClientRect();
    const date = first.querySelector('.date')!.getBoundingClientRect();
    const amount = first.querySelector('.amount')!.getBoundingClientRect();
    expect(date.top, 'date · category below the narration').to.be.at.least(narration.bottom - 1);
    expect(amount.left, 'the amount at the end side').to.be.at.least(narration.right - 1);
    expect($(el, 'table')!.getAttribute('role')).to.equal('table');
    expect(first.getAttribute('role')).to.equal('row');
    expect($$(el, 'th').every((th) => th.getAttribute('role') === 'columnheader')).to.equal(true);
    expect(first.querySelector('.narration')!.getAttribute('dir')).to.equal('auto');
    await expect(el).to.be.accessible();
  });

  for (const width of [360, 1024]) {
    it(`infinite mode at ${width} px: compact rows when narrow, no overflow`, async () => {
      const el = await mount(width, { infinite: true });
      await waitUntil(() => $$(el, '.row').length > 0, 'rows rendered', { timeout: 5000 });
      const first = $$(el, '.row')[0]!;
      const narration = first.querySelector('.narration')!.getBoundingClientRect();
      const date = first.querySelector('.date')!.getBoundingClientRect();
      if (width < 480) expect(date.top, 'date below the narration').to.be.at.least(narration.bottom - 1);
      else expect(date.top, 'date beside the narration').to.be.below(narration.bottom - 1);
      for (const amount of $$(el, '.row .amount')) expectInside(amount, el, 'amount');
      expectNoOverflow(el);
      expectTargets(el);
      if (width === 360) await expect(el).to.be.accessible();
    });
  }
});
