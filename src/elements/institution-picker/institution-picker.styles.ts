import { css } from 'lit';

export const institutionPickerStyles = css`
  :host {
    display: block;
  }

  :host([hidden]) {
    display: none;
  }

  [part='base'] {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    min-width: 0;
  }

  [part='label'] {
    font-weight: 600;
  }

  /* 16 px: smaller text makes iOS Safari zoom the page on focus. */
  [part='input'] {
    box-sizing: border-box;
    width: 100%;
    min-height: 44px;
    padding: 0.5rem 0.75rem;
    font: inherit;
    font-size: 16px;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 1.5);
  }

  [part='status'] {
    margin: 0;
    color: var(--_muted);
  }

  [part='status']:empty {
    display: none;
  }

  [part='error'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }

  [part='retry'] {
    min-height: 44px;
  }

  [part='listbox'] {
    margin: 0;
    padding: 0;
    list-style: none;
    max-height: 20rem;
    overflow-y: auto;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 1.5);
    background: var(--_surface);
  }

  [part='listbox'][hidden] {
    display: none;
  }

  [part='option'] {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    min-height: 44px;
    padding: 0.25rem 0.75rem;
    cursor: pointer;
    border-inline-start: 3px solid transparent;
  }

  [part='option'].active {
    border-inline-start-color: var(--_accent);
    background: var(--_skeleton);
  }

  [part='option'][aria-selected='true'] [part='name'] {
    font-weight: 600;
  }

  [part='logo'],
  .initial {
    flex: none;
    width: 28px;
    height: 28px;
    border-radius: 50%;
    object-fit: contain;
  }

  .initial {
    box-sizing: border-box;
    display: grid;
    place-items: center;
    border: 2px solid var(--_border);
    background: var(--_skeleton);
    color: var(--_text);
    font-size: 0.875rem;
    font-weight: 700;
  }

  [part='name'] {
    overflow-wrap: anywhere;
  }
`;
