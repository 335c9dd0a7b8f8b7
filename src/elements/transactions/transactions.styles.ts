import { css } from 'lit';

export const transactionsStyles = css`
  :host {
    display: block;
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
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 0.75rem;
    align-items: end;
    padding: 0.75rem 1rem;
    border-bottom: 1px solid var(--_border);
  }

  [part='filters'] label {
    display: grid;
    gap: 0.125rem;
    font-size: 0.8125rem;
    color: var(--_muted);
  }

  [part='filters'] input,
  [part='filters'] select {
    font: inherit;
    font-size: 0.9375rem;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 1.5);
    padding: 0.3125rem 0.5rem;
    min-height: 2.25rem;
    box-sizing: border-box;
  }

  [part='filters'] .search {
    flex: 1 1 12rem;
  }

  table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.9375rem;
  }

  caption {
    text-align: start;
  }

  th {
    text-align: start;
    font-size: 0.8125rem;
    font-weight: 600;
    color: var(--_muted);
    padding: 0.5rem 1rem;
    border-bottom: 1px solid var(--_border);
  }

  td {
    padding: 0.625rem 1rem;
    border-bottom: 1px solid color-mix(in srgb, var(--_border) 60%, transparent);
    vertical-align: top;
  }

  tr:last-child td {
    border-bottom: none;
  }

  .amount {
    text-align: end;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
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

  .narration {
    overflow-wrap: anywhere;
  }

  .date,
  .category {
    white-space: nowrap;
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
    border-bottom: 1px solid var(--_border);
  }

  [part='pagination'] {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.75rem;
    padding: 0.625rem 1rem;
    border-top: 1px solid var(--_border);
    font-size: 0.875rem;
  }

  lit-virtualizer {
    height: var(--mono-transactions-height, 28rem);
  }

  .row {
    display: grid;
    grid-template-columns: 7rem 1fr auto;
    gap: 0.25rem 1rem;
    width: 100%;
    box-sizing: border-box;
    padding: 0.625rem 1rem;
    border-bottom: 1px solid color-mix(in srgb, var(--_border) 60%, transparent);
  }

  .more {
    padding: 0.5rem 1rem;
    font-size: 0.875rem;
    color: var(--_muted);
  }

  @media (max-width: 36rem) {
    .category,
    th.category {
      display: none;
    }
  }
`;
