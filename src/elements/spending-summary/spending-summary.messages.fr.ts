import type { Translation } from '../../core/i18n/types.js';
import { plural } from '../../core/i18n/plural.js';
import type { ChartLabelArgs, SpendingSummaryMessages } from './spending-summary.messages.js';

const count = plural('fr');
const number = new Intl.NumberFormat('fr');

const lastMonths = (months: number) => count(months, { one: 'le dernier mois', other: 'les # derniers mois' });

const fr: Translation<SpendingSummaryMessages> = {
  region: 'Résumé des dépenses',
  title: 'Entrées et sorties d’argent',
  categoriesTitle: 'Dépenses par catégorie',
  moneyIn: 'Entrées',
  moneyOut: 'Sorties',
  net: 'Solde net',
  month: 'Mois',
  category: 'Catégorie',
  spent: 'Dépensé',
  share: 'Part',
  showTable: 'Afficher en tableau',
  tables: 'Les chiffres en tableaux',
  uncategorised: 'Sans catégorie',
  other: (categories: number) => count(categories, { one: 'Autres (# catégorie)', other: 'Autres (# catégories)' }),
  loading: 'Chargement des transactions…',
  progress: (pages: number, totalPages?: number) =>
    totalPages === undefined
      ? count(pages, { one: '# page de transactions chargée…', other: '# pages de transactions chargées…' })
      : `${number.format(pages)} sur ${count(totalPages, { one: '# page', other: '# pages' })} de transactions chargées…`,
  processing: 'Récupération des transactions auprès de la banque… cela peut prendre une minute.',
  processingLabel: 'Récupération des transactions',
  empty: (months: number) => `Aucune transaction sur ${lastMonths(months)}.`,
  error: 'Le résumé des dépenses n’a pas pu être chargé.',
  tooMany: 'Ce compte a trop de transactions sur cette période pour les résumer ici. Choisissez moins de mois.',
  failed: 'Les données de la banque n’ont pas pu être récupérées pour ce compte. Liez-le à nouveau pour réessayer.',
  partial: 'Seule une partie des données de ce compte est disponible pour l’instant (partielles) : ces chiffres peuvent être incomplets.',
  retry: 'Réessayer',
  chartLabel: ({ months, moneyIn, moneyOut, peak }: ChartLabelArgs) =>
    peak
      ? `Entrées et sorties d’argent sur ${lastMonths(months)} : entrées ${moneyIn}, sorties ${moneyOut} ; dépenses les plus fortes en ${peak}.`
      : `Entrées et sorties d’argent sur ${lastMonths(months)} : entrées ${moneyIn}, sorties ${moneyOut}.`,
  categoryChartLabel: (list: string) => `Dépenses par catégorie, de la plus grande à la plus petite : ${list}.`,
  noSpending: 'Aucune sortie d’argent sur cette période.',
  monthTable: (months: number) => `Entrées et sorties d’argent par mois, ${lastMonths(months)}`,
  categoryTable: (months: number) => `Dépenses par catégorie, ${lastMonths(months)}`,
  total: 'Total',
  otherCurrency: (rows: number, currency: string) =>
    count(rows, {
      one: `# transaction hors ${currency} n’est pas comptée.`,
      other: `# transactions hors ${currency} ne sont pas comptées.`,
    }),
  skipped: (rows: number) =>
    count(rows, {
      one: '# transaction n’a pas pu être lue et n’est pas comptée.',
      other: '# transactions n’ont pas pu être lues et ne sont pas comptées.',
    }),
  announceReady: (months: number) => `Résumé des dépenses sur ${lastMonths(months)} chargé.`,
  announceEmpty: 'Aucune transaction sur cette période.',
  announceError: 'Le résumé des dépenses n’a pas pu être chargé.',
  announceProcessing: 'Récupération des transactions auprès de la banque.',
  announceFailed: 'Les données de la banque n’ont pas pu être récupérées.',
  announceLoading: 'Chargement du résumé des dépenses.',
};

export default fr;
