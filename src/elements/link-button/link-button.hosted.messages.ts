import type { MessageTable } from '../../core/i18n/types.js';

/*
 * What <mono-link-button mode="hosted"> announces when a hosted link ends
 * (its busy words are the button's own: "Opening Mono…", "Linking your
 * account…"). Loaded with the hosted flow, never with the button's entry.
 * The developer detail of a failure is in `mono-error`, in English.
 */
export const linkButtonHostedMessages = {
  /** The account from Mono's hosted page is linked. */
  linked: 'Bank account linked.',
  /** Mono's hosted page could not be opened (the backend would not start it). */
  notStarted: 'Mono could not be opened. Please try again.',
  /** Mono reported that the link failed, or this browser did not start the session. */
  failed: 'Your bank account could not be linked. Please try again.',
  /** Mono had not confirmed the link when the button stopped waiting. */
  timeout: 'Mono has not confirmed the link yet. Please try again in a few minutes.',
};

export type LinkButtonHostedMessages = typeof linkButtonHostedMessages;

export const linkButtonHostedTable: MessageTable<LinkButtonHostedMessages> = {
  // Their own name in overrides: 'mono-link-button' is the button's entry's words.
  tag: 'mono-link-button-hosted',
  en: linkButtonHostedMessages,
  load: { fr: () => import('./link-button.hosted.messages.fr.js') },
};

declare module '../../core/i18n/types.js' {
  interface MonoElementMessages {
    'mono-link-button-hosted': LinkButtonHostedMessages;
  }
}
