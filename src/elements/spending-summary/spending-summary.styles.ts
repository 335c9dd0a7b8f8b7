import { css } from 'lit';

export const spendingSummaryStyles = css`
  :host {
    display: block;
    container: mono-summary / inline-size;
    --_in: var(--mono-summary-in, var(--_credit));
    --_out: var(--mono-summary-out, var(--_debit));
    --_category: var(--mono-summary-category, var(--_accent));
  }

  :host([hidden]) {
    display: none;
  }

  [part='base'] {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 1rem;
    display: grid;
    gap: 1rem;
    min-inline-size: 0;
  }

  [part='header'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem 1rem;
  }

  .title {
    margin: 0;
    font-weight: 600;
    font-size: 1.0625rem;
  }

  [part='period'] {
    margin: 0.125rem 0 0;
    color: var(--_muted);
    font-size: 0.875rem;
  }

  /* 44 px: a comfortable touch target, as every control of the package. */
  [part='toggle'],
  [part='retry'] {
    min-block-size: 44px;
    min-inline-size: 44px;
  }

  [part='toggle'][aria-pressed='true'] {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
    font-weight: 600;
  }

  [part='totals'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.5rem;
    margin: 0;
  }

  [part='totals'] div {
    display: grid;
  }

  [part='totals'] dt {
    color: var(--_muted);
    font-size: 0.8125rem;
  }

  [part='totals'] dd {
    margin: 0;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }

  [part='charts'] {
    display: grid;
    gap: 1.25rem;
    min-inline-size: 0;
  }

  [part='charts'][hidden] {
    display: none;
  }

  figure {
    margin: 0;
    min-inline-size: 0;
  }

  figcaption {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    align-items: center;
    font-weight: 600;
    margin-block-end: 0.5rem;
  }

  [part='legend'] {
    display: flex;
    gap: 1rem;
    font-weight: 400;
    font-size: 0.8125rem;
    color: var(--_muted);
  }

  [part='legend'] span {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    white-space: nowrap;
  }

  .swatch {
    flex: none;
    overflow: visible;
  }

  [part='bar-chart'],
  [part='category-chart'] {
    display: block;
    inline-size: 100%;
    block-size: auto;
    overflow: visible;
  }

  svg text {
    font: 12px var(--mono-font-family, system-ui, sans-serif);
    fill: var(--_muted);
  }

  svg .name,
  svg .amount {
    fill: var(--_text);
  }

  .grid line {
    stroke: var(--_border);
    stroke-dasharray: 2 3;
  }

  .axis {
    stroke: var(--_muted);
  }

  .bar.in {
    fill: var(--_in);
  }

  /* Out is outlined over a tint, in solid: the two differ by more than hue. */
  .bar.out {
    fill: color-mix(in srgb, var(--_out) 30%, transparent);
    stroke: var(--_out);
    stroke-width: 1.5px;
  }

  .category .bar {
    fill: var(--_category);
  }

  .category .track {
    fill: var(--_skeleton);
  }

  .category.other .bar {
    fill: var(--_muted);
  }

  /* One column as wide as the box: a wide table scrolls, a narrow one is not stretched to it. */
  [part='tables'] {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 1rem;
  }

  [part='tables']:not(.visually-hidden) {
    overflow-x: auto;
  }

  [part='tables']:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }

  table {
    border-collapse: collapse;
    inline-size: 100%;
    font-variant-numeric: tabular-nums;
    font-size: 0.875rem;
  }

  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.375rem;
  }

  th,
  td {
    padding: 0.375rem 0.5rem;
    border-block-end: 1px solid var(--_border);
    text-align: end;
    white-space: nowrap;
  }

  th[scope='row'],
  thead th:first-child {
    text-align: start;
    white-space: normal;
  }

  tfoot th,
  tfoot td {
    font-weight: 600;
    border-block-end: none;
  }

  [part='message'] {
    display: grid;
    justify-items: start;
    gap: 0.75rem;
    color: var(--_muted);
  }

  [part='message'] p {
    margin: 0;
  }

  progress {
    inline-size: min(16rem, 100%);
  }

  .skeleton {
    block-size: 12rem;
    border-radius: calc(var(--_radius) / 1.5);
    background: var(--_skeleton);
    animation: pulse 1.5s ease-in-out infinite;
  }

  [part='notice'] {
    margin: 0;
    color: var(--_warning);
    font-size: 0.875rem;
  }

  /* Narrow boxes: the toggle takes the whole line, totals go one per line. */
  @container mono-summary (max-width: 26rem) {
    [part='base'] {
      padding: 0.75rem;
    }

    [part='toggle'] {
      inline-size: 100%;
    }

    th,
    td {
      padding-inline: 0.25rem;
    }
  }

  /*
   * Forced colours (Windows High Contrast): the system's colours only; money
   * in stays solid and money out outlined.
   */
  @media (forced-colors: active) {
    .bar.in,
    .category .bar {
      fill: CanvasText;
    }

    .bar.out {
      fill: Canvas;
      stroke: CanvasText;
      stroke-width: 1.5px;
    }

    .category .track {
      fill: Canvas;
      stroke: GrayText;
    }

    svg text,
    svg .name,
    svg .amount {
      fill: CanvasText;
    }

    .grid line,
    .axis {
      stroke: GrayText;
    }

    [part='toggle'][aria-pressed='true'] {
      outline: 2px solid Highlight;
    }
  }
`;
