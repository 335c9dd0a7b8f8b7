import { css } from 'lit';

/** The export bar of `<mono-transactions export>`. */
export const transactionsExportStyles = css`
  [part='export'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 0.75rem;
    padding: 0.5rem 1rem;
    border-bottom: 1px solid var(--_border);
    font-size: 0.875rem;
  }

  /* 44 px touch targets (WCAG 2.5.5). */
  [part='export-button'],
  [part='export-cancel'] {
    min-height: 2.75rem;
    min-width: 2.75rem;
  }

  [part='export-button'] {
    border-color: var(--_accent);
    color: var(--_accent);
    font-weight: 600;
  }

  [part='export-button'][aria-disabled='true'] {
    cursor: progress;
    opacity: 0.7;
  }

  [part='export'] progress {
    flex: 1 1 8rem;
    width: auto;
  }

  .progress-text {
    color: var(--_muted);
  }

  [part='export-status'] {
    margin: 0;
    flex: 1 1 100%;
    color: var(--_muted);
  }

  [part='export-status']:empty {
    display: none;
  }

  .failed [part='export-status'] {
    color: var(--_debit);
  }
`;
