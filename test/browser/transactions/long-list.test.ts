import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/elements/transactions/transactions.js';
import type { MonoTransactions } from '../../../src/elements/transactions/transactions.component.js';
import { virtualizerModule } from '../../../src/elements/transactions/virtualizer.js';
import { ignoreResizeObserverLoop, row, rowsFetcher } from '../data/fixtures.js';

ignoreResizeObserverLoop();

/*
 * The long-history list after the speed work (bench/lists.ts): first rows
 * before the virtualizer's code is in, each row's template made once per
 * format, and the flow layout loaded with the virtualizer.
 */
const ROWS = Array.from({ length: 2000 }, (_, i) =>
  row({ id: `t${i}`, narration: `TRANSACTION ${i}`, type: i % 4 === 0 ? 'credit' : 'debit', amount: 100 * (i + 1) }),
);
const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
const shownRows = (el: MonoTransactions) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('lit-virtualizer .row')];
/** `TRANSACTION 12` → 12; the fixture's amount is 100 × (index + 1) kobo, i.e. index + 1 naira. */
const indexOf = (rowElement: HTMLElement) => Number(rowElement.querySelector('.narration')!.textContent!.replace('TRANSACTION ', ''));
const naira = (rowElement: HTMLElement) => Number(rowElement.querySelector('.figure')!.textContent!.replace(/[^\d.]/g, ''));

describe('<mono-transactions infinite>: the long list', () => {
  it('shows the first rows while the virtualizer is still loading, busy, then hands over to it', async () => {
    const load = virtualizerModule.load;
    let release!: () => void;
    virtualizerModule.load = () => new Promise<void>((resolve) => (release = resolve)).then(load);
    try {
      const el = await fixture<MonoTransactions>(html`<mono-transactions account-id="acc" infinite no-filters .fetcher=${rowsFetcher(ROWS, 500)}></mono-transactions>`);
      await waitUntil(() => el.shadowRoot!.querySelector('.preview .row'), 'first rows before the virtualizer');
      const preview = el.shadowRoot!.querySelector('.preview')!;
      expect(el.getAttribute('state')).to.equal('loading');
      expect(preview.getAttribute('role')).to.equal('list');
      expect(preview.getAttribute('aria-busy')).to.equal('true');
      const previewRows = [...preview.querySelectorAll<HTMLElement>('.row')];
      expect(previewRows.length).to.be.within(1, 20);
      expect(previewRows.map(indexOf)).to.deep.equal(previewRows.map((_, i) => i));
      await expect(el).to.be.accessible();
      release();
      await waitUntil(() => el.getAttribute('state') === 'ready' && shownRows(el).length > 0, 'the virtualizer took over');
      expect(el.shadowRoot!.querySelector('.preview')).to.equal(null);
      expect(indexOf(shownRows(el)[0]!)).to.equal(0);
    } finally {
      virtualizerModule.load = load;
    }
  });

  it('keeps every row its own content after a long scroll down and back', async function () {
    this.timeout(30000);
    const el = await fixture<MonoTransactions>(html`<mono-transactions account-id="acc" infinite no-filters .fetcher=${rowsFetcher(ROWS, 500)}></mono-transactions>`);
    await waitUntil(() => el.getAttribute('state') === 'ready' && shownRows(el).length > 0, 'listed', { timeout: 5000 });
    const list = el.shadowRoot!.querySelector<HTMLElement>('lit-virtualizer')!;
    // Fling-like: big steps, one per frame, then back up part of the way.
    const steps = [...Array.from({ length: 30 }, () => 900), ...Array.from({ length: 10 }, () => -700)];
    for (const step of steps) {
      list.scrollTop += step;
      await frame();
    }
    await frame();
    const rows = shownRows(el);
    const indices = rows.map(indexOf);
    expect(indices[0], 'scrolled well into the list').to.be.greaterThan(100);
    // In order, one each, and each row's amount its own (the fixture's amount is index + 1 naira).
    expect(indices).to.deep.equal(indices.map((_, i) => indices[0]! + i));
    for (const rowElement of rows) expect(naira(rowElement), `row ${indexOf(rowElement)}`).to.equal(indexOf(rowElement) + 1);
    for (const rowElement of rows) {
      const debit = indexOf(rowElement) % 4 !== 0;
      expect(rowElement.getAttribute('part')).to.equal(`row ${debit ? 'debit' : 'credit'}`);
      expect(rowElement.querySelector('.figure')!.textContent!.startsWith(debit ? '−' : '+')).to.equal(true);
    }
  });

  it('formats the rows again when the currency changes', async () => {
    const el = await fixture<MonoTransactions>(html`<mono-transactions account-id="acc" infinite no-filters .fetcher=${rowsFetcher(ROWS.slice(0, 50))}></mono-transactions>`);
    await waitUntil(() => el.getAttribute('state') === 'ready' && shownRows(el).length > 0, 'listed');
    expect(shownRows(el)[0]!.querySelector('.figure')!.textContent).to.contain('₦');
    el.currency = 'USD';
    await waitUntil(() => shownRows(el)[0]?.querySelector('.figure')!.textContent!.includes('$'), 'dollars once the currency changes');
    expect(shownRows(el).every((r) => !r.querySelector('.figure')!.textContent!.includes('₦'))).to.equal(true);
  });
});
