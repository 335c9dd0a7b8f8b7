import { css } from 'lit';

export const accountStatusStyles = css`
  :host {
    display: inline-block;
  }

  [part='base'] {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    flex-wrap: wrap;
    padding: 0.375rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    font-size: 0.9375rem;
  }

  [part='indicator'] {
    inline-size: 0.625rem;
    block-size: 0.625rem;
    border-radius: 50%;
    background: var(--_muted);
    flex: none;
  }

  :host([status='AVAILABLE']) [part='indicator'] {
    background: var(--_credit);
  }

  :host([status='PARTIAL']) [part='indicator'] {
    background: var(--_warning);
  }

  :host([status='FAILED']) [part='indicator'],
  [part='base'].error [part='indicator'] {
    background: var(--_debit);
  }

  [part='base'].waiting [part='indicator'] {
    background: var(--_accent);
    animation: pulse 1.2s ease-in-out infinite;
  }

  /* The shared 44 px minimum (a finger's width), with the pill's tighter padding. */
  button {
    padding: 0.125rem 0.75rem;
  }
`;
