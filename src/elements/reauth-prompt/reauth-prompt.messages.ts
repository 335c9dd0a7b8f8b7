import type { MessageTable } from '../../core/i18n/types.js';

/** What <mono-reauth-prompt> says when the bank needs the user again. */
export const reauthPromptMessages = {
  required: 'Your bank needs you to sign in again before this account can be updated.',
  /** The inner link button's label. */
  button: 'Reconnect account',
};

/** The element's messages, by key (for typing overrides and translations). */
export type ReauthPromptMessages = typeof reauthPromptMessages;

export const reauthPromptTable: MessageTable<typeof reauthPromptMessages> = {
  en: reauthPromptMessages,
  load: { fr: () => import('./reauth-prompt.messages.fr.js') },
};

declare module '../../core/i18n/types.js' {
  interface MonoElementMessages {
    'mono-reauth-prompt': typeof reauthPromptMessages;
  }
}
