import type { Translation } from '../../core/i18n/types.js';
import type { statementDownloadMessages } from './statement-download.messages.js';

const plural = new Intl.PluralRules('fr');

const fr: Translation<typeof statementDownloadMessages> = {
  periodLabel: 'Période du relevé',
  periodOption: (months: number) => (plural.select(months) === 'one' ? 'Le mois dernier' : `Les ${months} derniers mois`),
  download: 'Obtenir le relevé PDF',
  preparing: 'Préparation de votre relevé…',
  waitingForData: 'En attente des données de votre banque…',
  building: 'Création de votre relevé PDF…',
  progressLabel: 'Progression du relevé',
  slow: 'Cela prend plus de temps que d’habitude. Vous pouvez patienter ou annuler.',
  keepWaiting: 'Continuer d’attendre',
  cancel: 'Annuler',
  cancelled: 'Annulé. Rien n’a été téléchargé.',
  ready: 'Votre relevé est prêt.',
  save: 'Télécharger le relevé (PDF)',
  fileName: (period: string) => `releve-bancaire-${period}.pdf`,
  failed: 'Votre banque n’a pas pu produire ce relevé. Réessayez, ou choisissez une période plus courte.',
  dataFailed: 'Les données de votre banque n’ont pas pu être récupérées : il n’y a pas de relevé à télécharger.',
  error: 'Le relevé n’a pas pu être préparé.',
  notSupported: 'Les relevés ne sont pas disponibles ici.',
  retry: 'Réessayer',
};

export default fr;
