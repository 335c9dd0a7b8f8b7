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

/** One table row. Narrations are bound as text: markup in them is shown, never run. */
export function tableRow(row: Transaction, format: RowFormat) {
  return html`<tr part="row ${row.type}">
    <td class="date">${formatDate(row.date, format.locale)}</td>
    <td class="narration">${narration(row, format)}</td>
    <td class="category">${row.category ? humanise(row.category) : nothing}</td>
    <td class="amount">${signedAmount(row, format)}<span class="kind"> ${kind(row, format)}</span></td>
  </tr>`;
}

/** One row of the long-history list (virtualised, so a list rather than a table). */
export function listRow(row: Transaction, format: RowFormat) {
  return html`<div class="row" part="row ${row.type}" role="listitem">
    <span class="date">${formatDate(row.date, format.locale)}</span>
    <span class="narration">${narration(row, format)}${row.category ? html` <span class="kind">${humanise(row.category)}</span>` : nothing}</span>
    <span class="amount">${signedAmount(row, format)}<span class="kind"> ${kind(row, format)}</span></span>
  </div>`;
}

export function skeletonRows(count = 5) {
  return Array.from(
    { length: count },
    () => html`<tr class="skeleton" aria-hidden="true">
      <td><span style="width:5rem"></span></td>
      <td><span style="width:70%"></span></td>
      <td class="category"><span style="width:4rem"></span></td>
      <td><span style="width:5rem;margin-inline-start:auto"></span></td>
    </tr>`,
  );
}
