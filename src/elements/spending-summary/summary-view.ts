import { html, nothing } from 'lit';
import { peakSpendingMonth, topCategories, type SpendingSummary } from '../../core/transactions/summary.js';
import { humanise } from '../../core/format/text.js';
import { barChart } from './bar-chart.js';
import { categoryChart, isOther, type CategoryEntry } from './category-chart.js';
import { summaryTables } from './summary-table.js';
import { message } from './spending-summary.messages.js';
import { money, monthName } from './summary-format.js';
import type { SpendingSummaryState } from './spending-summary.component.js';

/*
 * What <mono-spending-summary> shows around its data: the ready view
 * (totals, both charts, both tables), the notes above it, the state
 * messages and what a screen reader hears when the state changes.
 */

/** Categories drawn one by one; the rest are "Other". */
const TOP_CATEGORIES = 8;

/** A category's name on screen. */
export function categoryName(entry: CategoryEntry): string {
  if (isOther(entry)) return message('other', entry.categories);
  return entry.category === null ? message('uncategorised') : humanise(entry.category);
}

/** A state's message, in the `message` part; an error's is an alert. */
export function messageTemplate(text: string, extra: unknown = nothing, alert = false) {
  return alert
    ? html`<div part="message" role="alert"><p>${text}</p>${extra}</div>`
    : html`<div part="message"><p>${text}</p>${extra}</div>`;
}

export function notesTemplate({ summary, skipped, partial }: { summary: SpendingSummary; skipped: number; partial: boolean }) {
  const notes = [
    partial ? message('partial') : undefined,
    skipped ? message('skipped', skipped) : undefined,
    summary.otherCurrency ? message('otherCurrency', summary.otherCurrency, summary.totals.currency) : undefined,
  ].filter((note) => note !== undefined);
  return notes.map((note) => html`<p part="notice">${note}</p>`);
}

/** The little squares of the key, drawn like the bars (so forced colours draw them alike too). */
const swatch = (kind: 'in' | 'out') =>
  html`<svg class="swatch" width="12" height="12" viewBox="0 0 12 12" aria-hidden="true"><rect class="bar ${kind}" x="0.75" y="0.75" width="10.5" height="10.5"></rect></svg>`;

export interface ReadyInput {
  summary: SpendingSummary;
  width: number;
  locale: string;
  showTable: boolean;
}

export function readyTemplate({ summary, width, locale, showTable }: ReadyInput) {
  const { totals } = summary;
  const currency = totals.currency;
  const amount = (minor: number) => money(minor, currency, locale);
  const peak = peakSpendingMonth(summary.months);
  const categories = topCategories(summary.categories, TOP_CATEGORIES);
  const chartLabel = message('chartLabel', {
    months: summary.months.length,
    moneyIn: amount(totals.moneyIn),
    moneyOut: amount(totals.moneyOut),
    peak: peak ? monthName(peak.month, locale, 'long') : undefined,
  });
  const tables = summaryTables({ summary, categories, currency, locale, name: categoryName });
  const categoryList = categories.map((entry) => `${categoryName(entry)} ${amount(entry.amount)}`);
  return html`<dl part="totals">
      <div><dt>${message('moneyIn')}</dt><dd>${amount(totals.moneyIn)}</dd></div>
      <div><dt>${message('moneyOut')}</dt><dd>${amount(totals.moneyOut)}</dd></div>
      <div><dt>${message('net')}</dt><dd>${amount(totals.net)}</dd></div>
    </dl>
    <div part="charts" ?hidden=${showTable}>
      <figure>
        <figcaption>
          <span>${message('title')}</span>
          <span part="legend" aria-hidden="true"><span>${swatch('in')}${message('moneyIn')}</span><span>${swatch('out')}${message('moneyOut')}</span></span>
        </figcaption>
        ${barChart({ months: summary.months, width, currency, locale, label: chartLabel })}
      </figure>
      <figure>
        <figcaption>${message('categoriesTitle')}</figcaption>
        ${categories.length
          ? categoryChart({
              entries: categories,
              width,
              currency,
              locale,
              label: message('categoryChartLabel', listFormat(categoryList)),
              name: categoryName,
            })
          : html`<p part="message">${message('noSpending')}</p>`}
      </figure>
    </div>
    ${showTable
      ? // Shown, it scrolls sideways on a narrow screen: focusable then, so a keyboard can scroll it.
        html`<div part="tables" role="region" aria-label=${message('tables')} tabindex="0">${tables}</div>`
      : html`<div part="tables" class="visually-hidden">${tables}</div>`}`;
}

/** `a, b, c`, as the message table's language (English) lists things. */
function listFormat(items: string[]): string {
  return typeof Intl.ListFormat === 'function' ? new Intl.ListFormat('en', { type: 'unit' }).format(items) : items.join(', ');
}

/** What a screen reader hears in `state`. */
export function statusText(state: SpendingSummaryState, months: number): string {
  switch (state) {
    case 'ready':
      return message('announceReady', months);
    case 'empty':
      return message('announceEmpty');
    case 'error':
      return message('announceError');
    case 'processing':
      return message('announceProcessing');
    case 'failed':
      return message('announceFailed');
    default:
      return message('announceLoading');
  }
}
