import { css } from 'lit';

export const accountCardStyles = css`
  :host {
    display: block;
    max-width: 24rem;
  }

  [part='base'] {
    display: grid;
    gap: 0.25rem;
    padding: 1rem 1.125rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  [part='institution'] {
    margin: 0;
    font-size: 0.8125rem;
    font-weight: 600;
    letter-spacing: 0.02em;
    color: var(--_muted);
    text-transform: uppercase;
  }

  [part='name'] {
    margin: 0;
    font-size: 1.0625rem;
    font-weight: 600;
  }

  [part='details'] {
    margin: 0;
    color: var(--_muted);
    font-size: 0.9375rem;
  }

  [part='balance'] {
    margin: 0.5rem 0 0;
    font-size: 1.5rem;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }

  [part='balance'] .unavailable {
    font-size: 1rem;
    font-weight: 400;
    color: var(--_muted);
  }

  [part='status'] {
    margin: 0.25rem 0 0;
    font-size: 0.8125rem;
    color: var(--_warning);
  }

  .skeleton span {
    display: block;
    height: 0.875rem;
    border-radius: 0.25rem;
    background: var(--_skeleton);
    animation: pulse 1.4s ease-in-out infinite;
    margin: 0.25rem 0;
  }

  .error {
    display: grid;
    gap: 0.5rem;
    justify-items: start;
  }

  .error p {
    margin: 0;
  }
`;
