import { html, nothing } from 'lit';
import type { TransactionPage } from '../../core/fetcher/types.js';
import type { TransactionsMessages } from './transactions.messages.js';

/*
 * Paged mode's view: the table of one page, and the controls that move
 * between pages. The element decides what goes in; these only draw it.
 */

/** The table of one page's rows (or placeholders), busy while another page or filter loads. */
export function tableTemplate(m: TransactionsMessages, rows: unknown, busy: boolean, controls: unknown = nothing) {
  // Roles spelled out: narrow elements restyle the table as a list of cards (see transaction-row.ts).
  return html`<table part="table" role="table" aria-busy=${busy ? 'true' : 'false'}>
      <caption class="visually-hidden">${m.label}</caption>
      <thead role="rowgroup">
        <tr role="row">
          <th scope="col" role="columnheader" class="date">${m.date}</th>
          <th scope="col" role="columnheader" class="narration">${m.description}</th>
          <th scope="col" role="columnheader" class="category">${m.category}</th>
          <th scope="col" role="columnheader" class="amount">${m.amount}</th>
        </tr>
      </thead>
      <tbody role="rowgroup">${rows}</tbody>
    </table>
    ${controls}`;
}

/**
 * The page size as far as it is known after `page` arrived: the server's
 * `perPage`, else what a full page holds (any page with a next one, or the
 * first), never shrinking on a short last page.
 */
export function pageSizeAfter(known: number | undefined, page: TransactionPage): number | undefined {
  if (page.perPage) return page.perPage;
  if (page.hasNext || page.page === 1) return Math.max(known ?? 0, page.transactions.length);
  return known;
}

/** Previous/next and "Page N of M" (M once the page size is known). */
export function pagination(page: TransactionPage, pageSize: number | undefined, goTo: (page: number) => void, m: TransactionsMessages) {
  const pages = pageSize ? Math.max(1, Math.ceil(page.total / pageSize)) : undefined;
  return html`<nav part="pagination" aria-label=${m.pages}>
    <button part="previous" ?disabled=${!page.hasPrevious && page.page <= 1} @click=${() => goTo(page.page - 1)}>${m.previous}</button>
    <span>${m.page(page.page, pages)}</span>
    <button part="next" ?disabled=${!page.hasNext} @click=${() => goTo(page.page + 1)}>${m.next}</button>
  </nav>`;
}
