import type { Translation } from '../../core/i18n/types.js';
import type { accountCardMessages } from './account-card.messages.js';

const fr: Translation<typeof accountCardMessages> = {
  bankAccount: (bank: string) => `Compte ${bank}`,
  anyBankAccount: 'Compte bancaire',
  endingIn: (lastFour: string) => `numéro de compte se terminant par ${lastFour}`,
  balance: 'Solde :',
  balanceUnavailable: 'Solde indisponible',
  PARTIAL: 'Données partielles : certains détails sont encore en route.',
  PROCESSING: 'Récupération des données auprès de la banque…',
  UNAVAILABLE: 'Données pas encore disponibles.',
  FAILED: 'Les données de la banque n’ont pas pu être récupérées.',
  UNKNOWN: 'État des données inconnu.',
  loading: 'Chargement du compte',
  loadFailed: 'Ce compte n’a pas pu être chargé.',
  retry: 'Réessayer',
};

export default fr;
