import type { MessageTable } from '../../core/i18n/types.js';
import { plural } from '../../core/i18n/plural.js';

const count = plural('en');

/** What <mono-institution-picker> says. */
export const institutionPickerMessages = {
  /** The search field's label. */
  label: 'Find your bank',
  loading: 'Loading banks…',
  /** The list's accessible name. */
  list: 'Banks',
  /** Read to screen readers as matches change. */
  count: (banks: number) => count(banks, { one: '# bank', other: '# banks' }),
  /** No match for the search (`query` trimmed; empty when there are no banks at all). */
  empty: (query: string) => (query ? `No bank matches “${query}”.` : 'No banks are available.'),
  error: 'The list of banks could not be loaded.',
  retry: 'Try again',
};

/** The element's messages, by key (for typing overrides and translations). */
export type InstitutionPickerMessages = typeof institutionPickerMessages;

export const institutionPickerTable: MessageTable<typeof institutionPickerMessages> = {
  en: institutionPickerMessages,
  load: { fr: () => import('./institution-picker.messages.fr.js') },
};

declare module '../../core/i18n/types.js' {
  interface MonoElementMessages {
    'mono-institution-picker': typeof institutionPickerMessages;
  }
}
