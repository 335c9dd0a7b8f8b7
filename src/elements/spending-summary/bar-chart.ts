import { html, svg, type TemplateResult } from 'lit';
import { nice, ticks } from 'd3-array';
import type { MonthTotals } from '../../core/transactions/summary.js';
import { compactMoney, minorDigits, monthName, type MonthStyle } from './summary-format.js';

/*
 * Money in and out per month as grouped bars, drawn at the width the chart
 * really has (measured), so text keeps its size and never overlaps: a
 * narrow chart gets fewer ticks and shorter month names instead of smaller
 * letters. Its cost depends on the number of months (at most 24), never on
 * the number of transactions.
 *
 * d3-array's `nice`/`ticks` (0.6 KB gzip) choose round tick values; the
 * rest of a scale here is one multiplication, and Intl formats the labels.
 */

export interface BarChartInput {
  months: readonly MonthTotals[];
  /** Drawing width in CSS pixels. */
  width: number;
  currency: string;
  locale: string;
  /** The chart's text summary (its accessible name). */
  label: string;
}

const HEIGHT = 200;
const TOP = 10;
const BOTTOM = 24;
const RIGHT = 4;
/** Average glyph width of the 12 px labels, to keep labels apart without measuring text. */
const GLYPH = 7;

/** Fewer ticks on a narrow chart, so their labels never crowd the axis. */
export const tickCount = (width: number): number => (width < 360 ? 3 : width < 560 ? 4 : 5);

/** How months are named under their bars at this band width (px per month). */
export function monthStyle(band: number): MonthStyle {
  return band >= 4.5 * GLYPH ? 'short' : 'narrow';
}

/**
 * Round ticks from zero to just above `maxMajor` (major units), at most
 * `count` steps: d3 takes the count as a hint (3 may give 0, 10, 20, 30,
 * 40), so a hint that overshoots is lowered until the axis has room.
 */
export function axisTicks(maxMajor: number, count: number): number[] {
  const max = maxMajor > 0 ? maxMajor : 1;
  for (let hint = count; hint > 1; hint--) {
    const [, top] = nice(0, max, hint);
    const values = ticks(0, top, hint);
    if (values.length <= count + 1) return values;
  }
  return [0, nice(0, max, 1)[1]];
}

export function barChart({ months, width, currency, locale, label }: BarChartInput): TemplateResult {
  const scale = 10 ** minorDigits(currency);
  const max = Math.max(0, ...months.map((m) => Math.max(m.moneyIn, m.moneyOut))) / scale;
  const values = axisTicks(max, tickCount(width));
  const top = values[values.length - 1]!;
  const tickLabels = values.map((value) => compactMoney(value, currency, locale));
  const left = Math.max(...tickLabels.map((text) => text.length)) * GLYPH + 8;
  const plot = { x: left, y: TOP, width: Math.max(1, width - left - RIGHT), height: HEIGHT - TOP - BOTTOM };
  const y = (major: number) => plot.y + plot.height - (major / top) * plot.height;
  const band = plot.width / Math.max(1, months.length);
  // A gap between a month's two bars: each meets the background, not the other colour.
  const gap = band >= 12 ? 2 : 1;
  const barWidth = Math.max(1, (band * 0.76 - gap) / 2);
  const style = monthStyle(band);
  // Even narrow names collide below about 1.6 glyphs a month: then every other one.
  const every = band < 1.6 * GLYPH ? 2 : 1;
  const height = (minor: number) => (minor > 0 ? Math.max(1, plot.y + plot.height - y(minor / scale)) : 0);

  return html`<svg part="bar-chart" role="img" aria-label=${label} viewBox="0 0 ${width} ${HEIGHT}" width=${width} height=${HEIGHT}>
    <g class="grid">
      ${values.map(
        (value, index) => svg`<line x1=${plot.x} x2=${plot.x + plot.width} y1=${y(value)} y2=${y(value)}></line>
          <text class="tick" x=${plot.x - 6} y=${y(value)} dy="0.32em" text-anchor="end">${tickLabels[index]}</text>`,
      )}
    </g>
    ${months.map((month, index) => {
      const x = plot.x + index * band + band * 0.12;
      const baseline = plot.y + plot.height;
      return svg`<g class="month" data-month=${month.month}>
        <rect class="bar in" data-kind="in" data-amount=${month.moneyIn} x=${x} y=${baseline - height(month.moneyIn)} width=${barWidth} height=${height(month.moneyIn)}></rect>
        <rect class="bar out" data-kind="out" data-amount=${month.moneyOut} x=${x + barWidth + gap} y=${baseline - height(month.moneyOut)} width=${barWidth} height=${height(month.moneyOut)}></rect>
        ${index % every === (months.length - 1) % every
          ? svg`<text class="label" x=${plot.x + index * band + band / 2} y=${HEIGHT - 6} text-anchor="middle">${monthName(month.month, locale, style)}</text>`
          : ''}
      </g>`;
    })}
    <line class="axis" x1=${plot.x} x2=${plot.x + plot.width} y1=${plot.y + plot.height} y2=${plot.y + plot.height}></line>
  </svg>`;
}
