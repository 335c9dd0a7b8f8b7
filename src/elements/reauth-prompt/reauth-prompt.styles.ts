import { css } from 'lit';

export const reauthPromptStyles = css`
  :host {
    display: block;
  }

  :host([state='ok']),
  :host([hidden]) {
    display: none;
  }

  [part='base'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75rem;
    padding: 0.75rem 1rem;
    border: 1px solid var(--_warning);
    border-inline-start-width: 0.375rem;
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  [part='message'] {
    flex: 1 1 16rem;
    margin: 0;
  }
`;
