import { css } from 'lit';

export const accountsStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }

  :host([hidden]) {
    display: none;
  }

  .list {
    display: grid;
    gap: 0.75rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .account {
    display: grid;
    gap: 0.5rem;
    padding: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    min-width: 0;
  }

  .account[data-selected] {
    border-color: var(--_accent);
    box-shadow: inset 0.25rem 0 0 var(--_accent);
  }

  .main {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    align-items: center;
    gap: 0.25rem 0.75rem;
    width: 100%;
    min-height: 2.75rem;
    margin: 0;
    padding: 0.25rem;
    border: 0;
    background: none;
    color: inherit;
    text-align: start;
  }

  .main.static {
    cursor: default;
  }

  .logo {
    grid-row: span 2;
    width: 2.5rem;
    height: 2.5rem;
    border-radius: 50%;
    object-fit: contain;
  }

  .initial {
    display: grid;
    place-items: center;
    box-sizing: border-box;
    border: 2px solid var(--_border);
    background: var(--_skeleton);
    font-weight: 700;
  }

  .summary {
    display: grid;
    min-width: 0;
  }

  .bank {
    font-weight: 600;
  }

  .name,
  .number {
    color: var(--_muted);
    font-size: 0.875rem;
    overflow-wrap: anywhere;
  }

  .balance {
    grid-column: 2;
    font-size: 1.25rem;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }

  .balance .unavailable {
    font-size: 0.9375rem;
    font-weight: 400;
    color: var(--_muted);
  }

  .status {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem;
    margin: 0;
    color: var(--_muted);
    font-size: 0.8125rem;
  }

  .dot {
    width: 0.5rem;
    height: 0.5rem;
    margin-inline-end: 0.125rem;
    border-radius: 50%;
    background: var(--_warning);
  }

  [data-status='AVAILABLE'] .dot {
    background: var(--_credit);
  }

  [data-status='FAILED'] .dot {
    background: var(--_debit);
  }

  progress {
    width: 100%;
    accent-color: var(--_accent);
  }

  .notice {
    margin: 0;
    color: var(--_warning);
    font-size: 0.875rem;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }

  .action,
  .reconnect {
    min-height: 2.75rem;
    min-width: 2.75rem;
  }

  .reconnect {
    --mono-button-padding: 0.375rem 0.875rem;
  }

  .action[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.6;
  }

  .danger {
    color: var(--_debit);
    border-color: currentColor;
  }

  .danger.solid {
    background: var(--_debit);
    border-color: var(--_debit);
    color: var(--_surface);
  }

  .cooldown {
    color: var(--_muted);
    font-size: 0.8125rem;
    font-variant-numeric: tabular-nums;
  }

  .message {
    display: grid;
    gap: 0.5rem;
    justify-items: start;
    padding: 1rem;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }

  .message p {
    margin: 0;
  }

  .empty-title {
    font-weight: 600;
  }

  .empty-title:focus {
    outline: none;
  }

  .empty-title:focus-visible {
    outline: 3px solid var(--_accent);
  }

  .add {
    margin-top: 0.75rem;
  }

  .skeleton {
    display: grid;
    gap: 0.75rem;
  }

  .placeholder {
    display: grid;
    gap: 0.375rem;
    padding: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  .placeholder span {
    height: 0.875rem;
    width: 60%;
    border-radius: 0.25rem;
    background: var(--_skeleton);
    animation: pulse 1.4s ease-in-out infinite;
  }

  .placeholder span:last-child {
    width: 40%;
    height: 1.25rem;
  }

  .main:focus-visible,
  .empty-title:focus-visible {
    outline-offset: 2px;
  }

  /*
   * In the top layer, so sized by the viewport: 1rem clear of each edge and
   * of a notch or home bar (safe-area insets), scrolling inside when the
   * words are longer than a small phone held sideways.
   */
  .dialog {
    max-inline-size: min(28rem, calc(100vw - 2rem - env(safe-area-inset-left, 0px) - env(safe-area-inset-right, 0px)));
    max-block-size: calc(100dvh - 2rem - env(safe-area-inset-top, 0px) - env(safe-area-inset-bottom, 0px));
    overflow-y: auto;
    overscroll-behavior: contain;
    overflow-wrap: anywhere;
    box-sizing: border-box;
    padding: 1.25rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }

  .dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }

  .dialog-title {
    margin: 0 0 0.5rem;
    font-size: 1.125rem;
  }

  .dialog p {
    margin: 0 0 0.75rem;
  }

  .dialog-actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 0.5rem;
  }

  /* Wider: the balance sits at the end of the row, the actions beside the status. */
  @container (min-width: 30rem) {
    .main {
      grid-template-columns: auto minmax(0, 1fr) auto;
    }
    .balance {
      grid-column: 3;
      grid-row: 1 / span 2;
      text-align: end;
    }
  }

  @media (forced-colors: active) {
    .account[data-selected] {
      border: 3px solid Highlight;
    }
    /* Opacity does not show in forced colours: say "inactive" the system's way. */
    .action[aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
    }
    .dot {
      border: 1px solid CanvasText;
    }
    .danger.solid {
      border-color: ButtonText;
    }
  }
`;
