import { html, nothing } from 'lit';
import { formatDate } from '../../core/format/date.js';
import { formatMoney } from '../../core/format/money.js';
import { humanise } from '../../core/format/text.js';
import type { Transaction } from '../../core/fetcher/types.js';
import type { TransactionsMessages } from './transactions.messages.js';

export interface RowFormat {
  locale: string;
  /** For rows that do not say their currency. */
  currency: string;
  /** The element's words, in the language in effect. */
  words: TransactionsMessages;
}

/** `−₦1,470.85` / `+₦1,470.85`: the sign carries the direction, not only the colour. */
export function signedAmount(row: Transaction, format: RowFormat): string {
  const money = formatMoney(row.amount, row.currency ?? format.currency, format.locale);
  return `${row.type === 'debit' ? '−' : '+'}${money}`;
}

const kind = (row: Transaction, { words }: RowFormat) => (row.type === 'debit' ? words.debit : words.credit);

/** Some banks send no narration: the row still shows, and says so. */
const narration = (row: Transaction, { words }: RowFormat) => row.narration || html`<span class="kind">${words.noDescription}</span>`;

/*
 * Narrow elements lay each row out as a two-line grid item (styles), which
 * takes the table's display away. The explicit roles keep it a table to
 * assistive tech in every engine; `dir="auto"` lets a right-to-left
 * narration read in its own direction.
 */

/** One table row. Narrations are bound as text: markup in them is shown, never run. */
export function tableRow(row: Transaction, format: RowFormat) {
  return html`<tr part="row ${row.type}" role="row">
    <td class="date" role="cell">${formatDate(row.date, format.locale)}</td>
    <td class="narration" role="cell" dir="auto">${narration(row, format)}</td>
    <td class="category" role="cell">${row.category ? humanise(row.category) : nothing}</td>
    <td class="amount" role="cell"><span class="figure">${signedAmount(row, format)}</span><span class="kind"> ${kind(row, format)}</span></td>
  </tr>`;
}

/** One row of the long-history list (virtualised, so a list rather than a table). */
export function listRow(row: Transaction, format: RowFormat) {
  return html`<div class="row" part="row ${row.type}" role="listitem">
    <span class="narration" dir="auto">${narration(row, format)}</span>
    <span class="date">${formatDate(row.date, format.locale)}</span>
    ${row.category ? html`<span class="category">${humanise(row.category)}</span>` : nothing}
    <span class="amount"><span class="figure">${signedAmount(row, format)}</span><span class="kind"> ${kind(row, format)}</span></span>
  </div>`;
}

export function skeletonRows(count = 5) {
  return Array.from(
    { length: count },
    () => html`<tr class="skeleton" aria-hidden="true">
      <td class="date"><span style="width:5rem"></span></td>
      <td class="narration"><span style="width:70%"></span></td>
      <td class="category"><span style="width:4rem"></span></td>
      <td class="amount"><span style="width:5rem;margin-inline-start:auto"></span></td>
    </tr>`,
  );
}
