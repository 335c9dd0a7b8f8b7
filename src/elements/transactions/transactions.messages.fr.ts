import type { Translation } from '../../core/i18n/types.js';
import { plural } from '../../core/i18n/plural.js';
import type { TransactionsMessages } from './transactions.messages.js';

const count = plural('fr');

const fr: Translation<TransactionsMessages> = {
  label: 'Transactions',
  loading: 'Chargement des transactions…',
  processing: 'Récupération des transactions auprès de la banque… cela peut prendre une minute.',
  processingLabel: 'Récupération des transactions',
  failed: 'Les données de la banque n’ont pas pu être récupérées pour ce compte. Liez-le à nouveau pour réessayer.',
  loadFailed: 'Les transactions n’ont pas pu être chargées.',
  retry: 'Réessayer',
  none: 'Aucune transaction pour l’instant.',
  noMatch: 'Aucune transaction ne correspond à ces filtres.',
  partial: 'Seule une partie des données de ce compte est disponible pour l’instant (partielles).',
  allSkipped: 'Aucune de ces transactions n’a pu être affichée.',
  skipped: (rows: number) => count(rows, { one: '# transaction n’a pas pu être affichée.', other: '# transactions n’ont pas pu être affichées.' }),
  announceLoading: 'Chargement des transactions.',
  announceProcessing: 'Récupération des transactions auprès de la banque.',
  announceEmpty: 'Aucune transaction.',
  announceError: 'Les transactions n’ont pas pu être chargées.',
  announceFailed: 'Les données de la banque n’ont pas pu être récupérées.',
  announcePage: (page: number) => `Page ${page} chargée.`,
  announceRows: (rows: number) => count(rows, { one: '# transaction chargée.', other: '# transactions chargées.' }),
  filters: 'Filtrer les transactions',
  search: 'Rechercher',
  type: 'Type',
  all: 'Toutes',
  debits: 'Débits',
  credits: 'Crédits',
  from: 'Du',
  to: 'Au',
  date: 'Date',
  description: 'Libellé',
  category: 'Catégorie',
  amount: 'Montant',
  debit: 'Débit',
  credit: 'Crédit',
  noDescription: 'Sans libellé',
  pages: 'Pages de transactions',
  previous: 'Précédente',
  next: 'Suivante',
  page: (page: number, pages?: number) => (pages ? `Page ${page} sur ${pages}` : `Page ${page}`),
  loadingMore: 'Chargement de la suite…',
  shownOf: (shown: number, total: number) => `${count(shown, { other: '#' })} sur ${count(total, { one: '# transaction', other: '# transactions' })}`,
};

export default fr;
