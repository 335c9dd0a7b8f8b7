import { css } from 'lit';

export const statementDownloadStyles = css`
  :host {
    display: block;
    max-width: 32rem;
    container-type: inline-size;
  }

  :host([hidden]) {
    display: none;
  }

  .base {
    display: grid;
    gap: 0.75rem;
    padding: 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .form {
    display: grid;
    gap: 0.375rem;
  }

  label {
    font-weight: 600;
    font-size: 0.9375rem;
  }

  .row,
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }

  /* 44 px targets (WCAG 2.5.5). */
  select,
  button,
  .link {
    min-height: 2.75rem;
    box-sizing: border-box;
  }

  select {
    font: inherit;
    flex: 1 1 10rem;
    min-width: 0;
    padding: 0.375rem 0.625rem;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 1.5);
    background: var(--_surface);
    color: var(--_text);
  }

  .primary,
  .link {
    border: 1px solid var(--_accent);
    background: var(--_accent);
    color: var(--_surface);
    font-weight: 600;
  }

  .link {
    display: inline-flex;
    align-items: center;
    padding: 0.375rem 0.875rem;
    border-radius: calc(var(--_radius) / 1.5);
    text-decoration: none;
  }

  .link:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }

  /* On a narrow card, the controls take the whole width. */
  @container (max-width: 22rem) {
    .row > *,
    .actions > * {
      flex: 1 1 100%;
      justify-content: center;
    }
  }

  .message {
    margin: 0;
    color: var(--_muted);
  }

  .message.warn {
    color: var(--_warning);
  }

  progress {
    width: 100%;
    height: 0.5rem;
    accent-color: var(--_accent);
  }

  @media (forced-colors: active) {
    .primary,
    .link {
      border-color: ButtonText;
      background: ButtonFace;
      color: LinkText;
    }

    select {
      border-color: ButtonText;
    }
  }
`;
