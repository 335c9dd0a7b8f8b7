import { html, nothing } from 'lit';
import type { TransactionsState } from './transactions.component.js';

/*
 * What <mono-transactions> says, apart from its rows: the message shown for
 * each state that has no rows to show, and what a screen reader hears when
 * the state changes.
 */

// Separate constants rather than one table: a bundler shortens their names.
export const failedText = 'The bank’s data could not be fetched for this account. Link it again to retry.';
export const loadFailedText = 'The transactions could not be loaded.';
export const noneText = 'No transactions yet.';
export const noMatchText = 'No transactions match these filters.';
export const loadingText = 'Loading transactions…';
export const partialText = 'Only part of this account’s data is available so far (partial).';

/** A state's message, in the `message` part. */
export function messageTemplate(message: string, extra: unknown = nothing) {
  return html`<div part="message">${extra}<p>${message}</p></div>`;
}

export const processingTemplate = () =>
  messageTemplate('Fetching transactions from the bank… this can take a minute.', html`<progress aria-label="Fetching transactions"></progress>`);

/** The error message, with the retry button. */
export function errorTemplate(message: string, retry: () => void) {
  return html`<div part="message">
    <p>${message}</p>
    <button part="retry" class="retry" @click=${retry}>Retry</button>
  </div>`;
}

/** What a screen reader hears in `state`; `ready` says what was loaded. */
export function liveText(state: TransactionsState, ready: string): string {
  switch (state) {
    case 'processing':
      return 'Fetching transactions from the bank.';
    case 'ready':
      return ready;
    case 'empty':
      return 'No transactions.';
    case 'error':
      return 'Transactions could not be loaded.';
    case 'failed':
      return 'The bank’s data could not be fetched.';
    default:
      return 'Loading transactions.';
  }
}
