import { html, nothing } from 'lit';
import type { TransactionsState } from './transactions.component.js';
import type { TransactionsMessages } from './transactions.messages.js';

/*
 * The message shown for each state of <mono-transactions> that has no rows
 * to show, and what a screen reader hears when the state changes. The words
 * are the element's table in the language in effect (transactions.messages.ts).
 */

/** A state's message, in the `message` part. */
export function messageTemplate(message: string, extra: unknown = nothing) {
  return html`<div part="message">${extra}<p>${message}</p></div>`;
}

export const processingTemplate = (m: TransactionsMessages) =>
  messageTemplate(m.processing, html`<progress aria-label=${m.processingLabel}></progress>`);

/** The error message, with the retry button. */
export function errorTemplate(message: string, retry: () => void, m: TransactionsMessages) {
  return html`<div part="message">
    <p>${message}</p>
    <button part="retry" class="retry" @click=${retry}>${m.retry}</button>
  </div>`;
}

/** What a screen reader hears in `state`; `ready` says what was loaded. */
export function liveText(state: TransactionsState, ready: string, m: TransactionsMessages): string {
  switch (state) {
    case 'processing':
      return m.announceProcessing;
    case 'ready':
      return ready;
    case 'empty':
      return m.announceEmpty;
    case 'error':
      return m.announceError;
    case 'failed':
      return m.announceFailed;
    default:
      return m.announceLoading;
  }
}
