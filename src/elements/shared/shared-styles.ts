import { css } from 'lit';
import { visuallyHidden } from './visually-hidden.js';

/**
 * Tokens shared by the data elements. Each private `--_x` reads the public
 * `--mono-x` with a fallback, so a theme set on any ancestor (or :root)
 * applies. The fallbacks follow `prefers-color-scheme`; a page that wants
 * one theme regardless sets the public tokens itself.
 */
export const tokens = [
  visuallyHidden,
  css`
  :host {
    --_accent: var(--mono-accent, #0055ba);
    --_surface: var(--mono-surface, #ffffff);
    --_text: var(--mono-text, #111827);
    --_muted: var(--mono-muted, #4b5563);
    --_border: var(--mono-border, #d1d5db);
    --_debit: var(--mono-debit, #b42318);
    --_credit: var(--mono-credit, #067647);
    --_warning: var(--mono-warning, #92400e);
    --_skeleton: var(--mono-skeleton, #e5e7eb);
    --_radius: var(--mono-radius, 0.75rem);
    font-family: var(--mono-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    color: var(--_text);
  }

  @media (prefers-color-scheme: dark) {
    :host {
      --_accent: var(--mono-accent, #7cb4ff);
      --_surface: var(--mono-surface, #111827);
      --_text: var(--mono-text, #f3f4f6);
      --_muted: var(--mono-muted, #9ca3af);
      --_border: var(--mono-border, #374151);
      --_debit: var(--mono-debit, #fda29b);
      --_credit: var(--mono-credit, #75e0a7);
      --_warning: var(--mono-warning, #fcd34d);
      --_skeleton: var(--mono-skeleton, #1f2937);
    }
  }

  button {
    font: inherit;
    cursor: pointer;
    border-radius: calc(var(--_radius) / 1.5);
    border: 1px solid var(--_border);
    background: var(--_surface);
    color: var(--_text);
    padding: 0.375rem 0.875rem;
    /* 44 px touch targets (WCAG 2.5.5), whatever the label. */
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
  }

  button:disabled {
    cursor: not-allowed;
    opacity: 0.55;
  }

  button:focus-visible,
  input:focus-visible,
  select:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }

  .retry {
    border-color: var(--_accent);
    color: var(--_accent);
    font-weight: 600;
  }

  @keyframes pulse {
    50% {
      opacity: 0.45;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    * {
      animation-duration: 0s !important;
    }
  }
`,
];
