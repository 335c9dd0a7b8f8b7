import { html, svg, type TemplateResult } from 'lit';
import { OTHER, type CategoryTotal, type OtherCategories } from '../../core/transactions/summary.js';
import { compactMoney, minorDigits, money } from './summary-format.js';

/*
 * Spending by category as horizontal bars, largest first: each category's
 * name and amount on a line, its bar under them across the whole width, so
 * a 320 px screen has as much room for the bar as a wide one. At most nine
 * rows (the top eight and "Other"), whatever the number of transactions.
 */

export type CategoryEntry = CategoryTotal | OtherCategories;

export interface CategoryChartInput {
  entries: readonly CategoryEntry[];
  /** Drawing width in CSS pixels. */
  width: number;
  currency: string;
  locale: string;
  /** The chart's text summary (its accessible name). */
  label: string;
  /** A category's name on screen: "Bank charges", "Uncategorised", "Other (3 categories)". */
  name: (entry: CategoryEntry) => string;
}

const ROW = 40;
const BAR = 12;
const GLYPH = 7;

/** `text` cut to about `room` pixels of 12 px letters, with an ellipsis when cut. */
function fit(text: string, room: number): string {
  const chars = Math.max(4, Math.floor(room / GLYPH));
  return text.length <= chars ? text : `${text.slice(0, chars - 1).trimEnd()}…`;
}

export const isOther = (entry: CategoryEntry): entry is OtherCategories => entry.category === OTHER;

export function categoryChart({ entries, width, currency, locale, label, name }: CategoryChartInput): TemplateResult {
  const largest = Math.max(1, ...entries.map((entry) => entry.amount));
  const height = entries.length * ROW;
  // Full amounts when they fit beside a name, else the short form (the table has them in full).
  const amount = (minor: number) => (width >= 420 ? money(minor, currency, locale) : compactMoney(minor / 10 ** minorDigits(currency), currency, locale));
  return html`<svg part="category-chart" role="img" aria-label=${label} viewBox="0 0 ${width} ${height}" width=${width} height=${height}>
    ${entries.map((entry, index) => {
      const y = index * ROW;
      const shown = amount(entry.amount);
      const barWidth = entry.amount > 0 ? Math.max(2, (entry.amount / largest) * width) : 0;
      return svg`<g class="category${isOther(entry) ? ' other' : ''}" data-category=${isOther(entry) ? 'other' : (entry.category ?? '')} data-amount=${entry.amount}>
        <text class="name" x="0" y=${y + 15}>${fit(name(entry), width - (shown.length + 2) * GLYPH)}</text>
        <text class="amount" x=${width} y=${y + 15} text-anchor="end">${shown}</text>
        <rect class="track" x="0" y=${y + 22} width=${width} height=${BAR} rx="3"></rect>
        <rect class="bar" x="0" y=${y + 22} width=${barWidth} height=${BAR} rx="3"></rect>
      </g>`;
    })}
  </svg>`;
}
