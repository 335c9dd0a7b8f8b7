import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/elements/transactions/transactions.js';
import type { MonoTransactions } from '../../../src/elements/transactions/transactions.component.js';
import { transactionsTable } from '../../../src/elements/transactions/transactions.messages.js';
import { row, rowsFetcher } from '../data/fixtures.js';

const text = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const rows = (n: number) => Array.from({ length: n }, (_, i) => row({ id: `t${i}`, type: i % 2 ? 'credit' : 'debit', amount: 147085 + i }));

describe('<mono-transactions> in French', () => {
  it('headers, filters, rows, pagination and amounts (fr-NG, NGN kept) in French; axe clean', async () => {
    const page = await fixture(html`<div lang="fr"><mono-transactions account-id="acc" .fetcher=${rowsFetcher(rows(45))}></mono-transactions></div>`);
    const el = page.querySelector<MonoTransactions>('mono-transactions')!;
    await waitUntil(() => text(el, '[part="pagination"] span') === 'Page 1 sur 3', 'French pagination', { timeout: 5000 });
    expect([...el.shadowRoot!.querySelectorAll('th')].map((th) => th.textContent!.trim())).to.deep.equal(['Date', 'Libellé', 'Catégorie', 'Montant']);
    expect(text(el, '[part="previous"]')).to.equal('Précédente');
    expect(text(el, 'select option[value="debit"]')).to.equal('Débits');
    const amount = text(el, 'tbody tr td.amount');
    const frNG = new Intl.NumberFormat('fr-NG', { style: 'currency', currency: 'NGN' }).format(1470.85).replace(/\s+/g, ' ');
    expect(amount).to.equal(`−${frNG} Débit`);
    expect(el.shadowRoot!.querySelector('section')!.getAttribute('aria-label')).to.equal('Transactions');
    await expect(page).to.be.accessible();
  });

  it('the empty state, and a switch back to English at runtime', async () => {
    const page = await fixture(html`<div lang="fr"><mono-transactions account-id="acc" .fetcher=${rowsFetcher([])}></mono-transactions></div>`);
    const el = page.querySelector('mono-transactions')!;
    await waitUntil(() => text(el, '[part="message"]') === 'Aucune transaction pour l’instant.', 'French empty state', { timeout: 5000 });
    page.setAttribute('lang', 'en');
    await waitUntil(() => text(el, '[part="message"]') === 'No transactions yet.', 'English again');
  });

  it('counts follow each language\'s plural rules (French: 0 and 1 singular)', async () => {
    const load = transactionsTable.load['fr']!;
    const fr = (await load()).default;
    const en = transactionsTable.en;
    expect([0, 1, 2].map(en.skipped)).to.deep.equal(['0 transactions could not be shown.', '1 transaction could not be shown.', '2 transactions could not be shown.']);
    expect([0, 1, 2].map(fr.skipped)).to.deep.equal([
      '0 transaction n’a pas pu être affichée.',
      '1 transaction n’a pas pu être affichée.',
      '2 transactions n’ont pas pu être affichées.',
    ]);
    expect(fr.shownOf(1, 1)).to.equal('1 sur 1 transaction');
    expect(fr.shownOf(20, 1234).replace(/\s/g, ' ')).to.equal('20 sur 1 234 transactions');
    expect(en.shownOf(20, 1234)).to.equal('20 of 1,234 transactions');
  });
});
