// <mono-transactions infinite> with N rows, next to a plain Lit repeat() of every row.
import { html, LitElement, render } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import 'mono-connect-elements/mono-transactions.js';
import type { MonoFetcher, Transaction } from 'mono-connect-elements';

const rows = (count: number): Transaction[] =>
  Array.from({ length: count }, (_, i) => ({
    id: `t${i}`,
    amount: 1000 + i,
    type: i % 4 === 0 ? 'credit' : 'debit',
    narration: `TRANSACTION ${i}`,
    date: new Date(Date.UTC(2026, 9, 1) - i * 3600_000).toISOString(),
    category: 'transfer',
  }));

function fetcherOver(all: Transaction[], pageSize = 500): MonoFetcher {
  return {
    exchangeCode: async () => ({ accountId: 'bench' }),
    getAccount: async (id) => ({ id, name: 'BENCH', accountNumber: '0123456789', type: 'SAVINGS', currency: 'NGN', balance: 0, institution: { name: 'GTBank' }, dataStatus: 'AVAILABLE' }),
    getTransactions: async (_id, query) => {
      const page = query.page ?? 1;
      return { transactions: all.slice((page - 1) * pageSize, page * pageSize), page, total: all.length, hasPrevious: page > 1, hasNext: page * pageSize < all.length };
    },
  };
}

class PlainList extends LitElement {
  static override properties = { rows: { attribute: false } };
  rows: Transaction[] = [];
  override render() {
    return html`<div style="height:28rem;overflow:auto" id="scroller">${repeat(
      this.rows,
      (row) => row.id,
      (row) => html`<div class="row"><span>${row.date.slice(0, 10)}</span> <span>${row.narration}</span> <span>${row.amount}</span></div>`,
    )}</div>`;
  }
}
customElements.define('plain-list', PlainList);

const host = document.getElementById('host')!;
// The rows are made before the clock starts: a page has its data already, and
// making 10,000 rows is the bench's work, not the list's.
let prepared: Transaction[] = [];
Object.assign(window, {
  prepare(count: number) {
    prepared = rows(count);
  },
  showMono() {
    render(html`<mono-transactions account-id="bench" infinite no-filters .fetcher=${fetcherOver(prepared)}></mono-transactions>`, host);
  },
  showPlain() {
    render(html`<plain-list .rows=${prepared}></plain-list>`, host);
  },
});
