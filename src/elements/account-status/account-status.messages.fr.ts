import type { Translation } from '../../core/i18n/types.js';
import type { accountStatusMessages } from './account-status.messages.js';

const fr: Translation<typeof accountStatusMessages> = {
  AVAILABLE: 'Données prêtes',
  PARTIAL: 'Données en partie prêtes (partielles)',
  PROCESSING: 'Récupération des données auprès de la banque…',
  UNAVAILABLE: 'Données pas encore disponibles…',
  UNKNOWN: 'Vérification de l’état des données…',
  FAILED: 'Les données de la banque n’ont pas pu être récupérées',
  noAccount: 'Aucun compte',
  checkFailed: 'L’état des données du compte n’a pas pu être vérifié.',
  retry: 'Réessayer',
};

export default fr;
