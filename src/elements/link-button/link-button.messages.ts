import type { MessageTable } from '../../core/i18n/types.js';

/*
 * What <mono-link-button> says. English is inline (this is the smallest
 * entry); other languages are imported only when a button is in one.
 * What is announced while busy is keyed by the button's phase.
 */
export const linkButtonMessages = {
  /** The label when linking an account (scope `auth`). */
  link: 'Link bank account',
  /** The label for scope `payments`. */
  pay: 'Pay with Mono',
  /** The label when re-authorising (`account-id` set). */
  reconnect: 'Reconnect account',
  /** Announced while Mono's widget loads. */
  loading: 'Opening Mono…',
  /** Announced while your backend verifies a payment. */
  verifying: 'Checking your payment…',
  /** Announced while the code is exchanged for an account id. */
  exchanging: 'Linking your account…',
};

/** The element's messages, by key (for typing overrides and translations). */
export type LinkButtonMessages = typeof linkButtonMessages;

export const linkButtonTable: MessageTable<typeof linkButtonMessages> = {
  en: linkButtonMessages,
  load: { fr: () => import('./link-button.messages.fr.js') },
};

declare module '../../core/i18n/types.js' {
  interface MonoElementMessages {
    'mono-link-button': typeof linkButtonMessages;
  }
}
