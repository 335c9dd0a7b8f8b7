import { css } from 'lit';

/*
 * Phone first, by the element's own width (container queries on the host),
 * not the page's: a list in a 360 px column of a wide page is laid out for
 * 360 px. Below 30rem each row is a two-line item and the filters fold
 * behind one button; the table keeps its roles (transaction-row.ts).
 */
export const transactionsStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }

  :host([hidden]) {
    display: none;
  }

  [part='base'] {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    overflow: hidden;
  }

  [part='filters'] {
    display: grid;
    gap: 0.5rem;
    padding: 0.75rem 1rem;
    border-block-end: 1px solid var(--_border);
  }

  [part='filters-toggle'] {
    display: none;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
    font-weight: 600;
  }

  [part='filters-count']:not([hidden]) {
    padding: 0 0.5em;
    border-radius: 1em;
    background: var(--_accent);
    color: var(--_surface);
  }

  .fields {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 0.75rem;
    align-items: end;
  }

  .fields label {
    display: grid;
    gap: 0.125rem;
    font-size: 0.8125rem;
    color: var(--_muted);
    min-inline-size: 0;
  }

  input,
  select {
    font: inherit;
    /* 16 px: iOS zooms into smaller fields. */
    font-size: max(1rem, 16px);
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 1.5);
    padding: 0.25rem 0.5rem;
    min-block-size: 2.75rem;
    min-inline-size: 0;
    max-inline-size: 100%;
    box-sizing: border-box;
  }

  .fields .search {
    flex: 1 1 12rem;
  }

  table {
    inline-size: 100%;
    border-collapse: collapse;
    font-size: 0.9375rem;
  }

  th {
    text-align: start;
    font-size: 0.8125rem;
    font-weight: 600;
    color: var(--_muted);
    padding: 0.5rem 1rem;
    border-block-end: 1px solid var(--_border);
  }

  td {
    padding: 0.625rem 1rem;
    border-block-end: 1px solid color-mix(in srgb, var(--_border) 60%, transparent);
    vertical-align: top;
  }

  tr:last-child,
  tr:last-child td {
    border-block-end: none;
  }

  .amount {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }

  /* A figure never wraps mid-number; Debit/Credit goes under it. */
  .figure,
  .date {
    white-space: nowrap;
  }

  [part~='debit'] .amount {
    color: var(--_debit);
  }

  [part~='credit'] .amount {
    color: var(--_credit);
  }

  .kind {
    display: block;
    font-size: 0.75rem;
    color: var(--_muted);
  }

  .narration,
  .category {
    overflow-wrap: anywhere;
  }

  .date,
  .category {
    color: var(--_muted);
  }

  .skeleton td span {
    display: block;
    height: 0.875rem;
    border-radius: 0.25rem;
    background: var(--_skeleton);
    animation: pulse 1.4s ease-in-out infinite;
  }

  [part='message'] {
    padding: 1.5rem 1rem;
    text-align: center;
    display: grid;
    gap: 0.75rem;
    justify-items: center;
  }

  [part='message'] p {
    margin: 0;
  }

  progress {
    width: min(18rem, 80%);
    accent-color: var(--_accent);
  }

  [part='notice'],
  [part='skipped'] {
    margin: 0;
    padding: 0.5rem 1rem;
    font-size: 0.875rem;
    color: var(--_warning);
    border-block-end: 1px solid var(--_border);
  }

  [part='pagination'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem 0.75rem;
    padding: 0.625rem 1rem;
    border-block-start: 1px solid var(--_border);
    font-size: 0.875rem;
  }

  lit-virtualizer,
  .preview {
    display: block;
    height: var(--mono-transactions-height, 28rem);
  }

  .preview {
    overflow: hidden;
  }

  /*
   * Its own compositor layer, whatever the browser would decide: without it
   * Chromium (software compositing at least) repainted the list on the main
   * thread at each scroll step, and every step of a fling cost a frame
   * (bench/lists.ts: 46 frames dropped in a fling, 0 with it).
   */
  lit-virtualizer {
    will-change: scroll-position;
  }

  /* The long-history list: date | narration over category | amount. */
  .row {
    display: grid;
    grid-template-columns: 7rem minmax(0, 1fr) auto;
    grid-template-areas: 'd n a' 'd c a';
    gap: 0.125rem 1rem;
    inline-size: 100%;
    box-sizing: border-box;
    padding: 0.625rem 1rem;
    border-block-end: 1px solid color-mix(in srgb, var(--_border) 60%, transparent);
    font-size: 0.9375rem;
  }

  .row .category {
    font-size: 0.75rem;
  }

  .narration {
    grid-area: n;
  }

  .date {
    grid-area: d;
  }

  .category {
    grid-area: c;
  }

  .amount {
    grid-area: a;
  }

  .more {
    padding: 0.5rem 1rem;
    font-size: 0.875rem;
    color: var(--_muted);
  }

  @container (max-width: 30rem) {
    [part='filters-toggle'] {
      display: flex;
    }

    [aria-expanded='false'] + .fields {
      display: none;
    }

    .fields {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 9rem), 1fr));
    }

    .fields .search {
      grid-column: 1 / -1;
    }

    input,
    select {
      inline-size: 100%;
    }

    /* Each row a two-line item: narration over date · category, the amount at the end. */
    table,
    tbody {
      display: block;
    }

    thead {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }

    tbody tr,
    .row {
      display: grid;
      grid-template-columns: auto minmax(0, 1fr) auto;
      grid-template-areas: 'n n a' 'd c a';
      gap: 0.125rem 0.5rem;
      padding: 0.625rem 1rem;
      border-block-end: 1px solid color-mix(in srgb, var(--_border) 60%, transparent);
    }

    td {
      display: block;
      padding: 0;
      border: none;
    }

    td.date,
    td.category {
      font-size: 0.8125rem;
    }

    .category:not(:empty)::before {
      content: '· ';
      content: '· ' / '';
    }

  }
`;
