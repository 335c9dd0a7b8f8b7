import { html } from 'lit';
import type { SpendingSummary } from '../../core/transactions/summary.js';
import type { CategoryEntry } from './category-chart.js';
import { message } from './spending-summary.messages.js';
import { money, monthName, percent } from './summary-format.js';

/*
 * The charts' figures as real tables: what a screen reader reads (the
 * charts are one image each), and what everyone sees with "Show as table".
 * Built from the same summary and the same entries as the charts, so the
 * two can never disagree.
 */

export interface SummaryTableInput {
  summary: SpendingSummary;
  /** The category chart's entries (top eight and "Other"). */
  categories: readonly CategoryEntry[];
  currency: string;
  locale: string;
  name: (entry: CategoryEntry) => string;
}

export function summaryTables({ summary, categories, currency, locale, name }: SummaryTableInput) {
  const amount = (minor: number) => money(minor, currency, locale);
  const months = summary.months.length;
  const { totals } = summary;
  return html`<table part="table" class="months">
      <caption>${message('monthTable', months)}</caption>
      <thead>
        <tr>
          <th scope="col">${message('month')}</th>
          <th scope="col">${message('moneyIn')}</th>
          <th scope="col">${message('moneyOut')}</th>
          <th scope="col">${message('net')}</th>
        </tr>
      </thead>
      <tbody>
        ${summary.months.map(
          (month) => html`<tr data-month=${month.month}>
            <th scope="row">${monthName(month.month, locale, 'long')}</th>
            <td class="in">${amount(month.moneyIn)}</td>
            <td class="out">${amount(month.moneyOut)}</td>
            <td>${amount(month.moneyIn - month.moneyOut)}</td>
          </tr>`,
        )}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">${message('total')}</th>
          <td class="in">${amount(totals.moneyIn)}</td>
          <td class="out">${amount(totals.moneyOut)}</td>
          <td>${amount(totals.net)}</td>
        </tr>
      </tfoot>
    </table>
    ${categories.length
      ? html`<table part="table" class="categories">
          <caption>${message('categoryTable', months)}</caption>
          <thead>
            <tr>
              <th scope="col">${message('category')}</th>
              <th scope="col">${message('spent')}</th>
              <th scope="col">${message('share')}</th>
            </tr>
          </thead>
          <tbody>
            ${categories.map(
              (entry) => html`<tr>
                <th scope="row">${name(entry)}</th>
                <td>${amount(entry.amount)}</td>
                <td>${percent(entry.amount, totals.moneyOut, locale)}</td>
              </tr>`,
            )}
          </tbody>
        </table>`
      : ''}`;
}
