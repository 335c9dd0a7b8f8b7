import { css } from '../shared/static-css.js';

export const linkButtonStyles = css`
  /* Custom properties are read with fallbacks (never set on :host), so a
     theme set on any ancestor, or page-wide on :root, reaches the button. */
  :host {
    display: inline-block;
  }

  :host([hidden]) {
    display: none;
  }

  [part=base] {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    box-sizing: border-box;
    width: 100%;
    min-height: 2.75rem;
    margin: 0;
    padding: var(--mono-button-padding, 0.625rem 1.125rem);
    border: var(--mono-button-border, none);
    border-radius: var(--mono-button-radius, var(--mono-radius, 0.5rem));
    background: var(--mono-button-background, var(--mono-accent, #0055ba));
    color: var(--mono-button-color, var(--mono-on-accent, #fff));
    font: var(--mono-button-font, 600 1rem/1.25 var(--mono-font-family, system-ui, sans-serif));
    cursor: pointer;
  }

  [part=base]:enabled:hover {
    filter: brightness(1.1);
  }

  /* The UA draws its outline on :focus-visible only; the ring replaces it. */
  [part=base]:focus-visible {
    outline: none;
    box-shadow: var(--mono-button-focus-ring, 0 0 0 3px #fff, 0 0 0 5px var(--mono-accent, #0055ba));
  }

  [part=base]:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }

  [part=base][aria-busy=true] {
    cursor: progress;
  }

  [part=spinner] {
    width: 1em;
    height: 1em;
    border: 2px solid currentColor;
    border-right-color: transparent;
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }

  @media (prefers-reduced-motion: reduce) {
    [part=spinner] {
      animation-duration: 2.4s;
    }
  }

  @media (forced-colors: active) {
    [part=base] {
      border: 1px solid ButtonText;
    }
  }
`;
