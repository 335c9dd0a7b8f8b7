import type { Translation } from '../../core/i18n/types.js';
import { plural } from '../../core/i18n/plural.js';
import type { institutionPickerMessages } from './institution-picker.messages.js';

const count = plural('fr');

const fr: Translation<typeof institutionPickerMessages> = {
  label: 'Trouvez votre banque',
  loading: 'Chargement des banques…',
  list: 'Banques',
  count: (banks: number) => count(banks, { one: '# banque', other: '# banques' }),
  empty: (query: string) => (query ? `Aucune banque ne correspond à « ${query} ».` : 'Aucune banque n’est disponible.'),
  error: 'La liste des banques n’a pas pu être chargée.',
  retry: 'Réessayer',
};

export default fr;
