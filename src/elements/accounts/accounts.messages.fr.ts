import type { DataStatus } from '../../core/fetcher/types.js';
import type { Translation } from '../../core/i18n/types.js';
import type { AccountsMessages } from './accounts.messages.js';

const fr: Translation<AccountsMessages> = {
  listLabel: 'Comptes bancaires liés',
  loading: 'Chargement de vos comptes…',
  loadFailed: 'Vos comptes n’ont pas pu être chargés.',
  retry: 'Réessayer',
  emptyTitle: 'Aucun compte bancaire lié pour l’instant',
  emptyText: 'Liez un compte bancaire pour voir ici son solde et ses transactions.',
  accountLabel: (bank: string | undefined, lastFour: string | undefined) =>
    [bank ? `Compte ${bank}` : 'Compte bancaire', lastFour ? `se terminant par ${lastFour}` : ''].filter(Boolean).join(' '),
  endingIn: (lastFour: string) => `compte se terminant par ${lastFour}`,
  balance: 'Solde',
  balanceUnavailable: 'Solde indisponible',
  updated: (ago: string) => `Mis à jour ${ago}`,
  status: (status: DataStatus) =>
    ({
      AVAILABLE: 'À jour',
      PARTIAL: 'Partiellement disponible',
      PROCESSING: 'Récupération des données…',
      UNAVAILABLE: 'Données pas encore disponibles',
      FAILED: 'Les données n’ont pas pu être récupérées',
      UNKNOWN: 'État inconnu',
    })[status],
  reauthNeeded: 'Votre banque vous demande de vous reconnecter.',
  reconnect: 'Reconnecter',
  refresh: 'Actualiser',
  refreshing: 'Actualisation…',
  cooldown: (time: string) => `À nouveau dans ${time}`,
  cooldownDescription: (wait: string) => `Actualisé il y a un instant. Vous pourrez actualiser à nouveau dans ${wait}.`,
  refreshStarted: (account: string) => `Actualisation de ${account}.`,
  refreshDone: (account: string) => `${account} est à jour.`,
  refreshFailed: (account: string) => `${account} n’a pas pu être actualisé.`,
  disconnect: 'Déconnecter',
  confirmTitle: 'Déconnecter ce compte ?',
  confirmText: (account: string) => `${account} ne sera plus partagé avec cette application. Vous pourrez le lier à nouveau plus tard.`,
  cancel: 'Annuler',
  confirm: 'Déconnecter',
  disconnecting: 'Déconnexion…',
  disconnectFailed: 'Le compte n’a pas pu être déconnecté. Réessayez.',
  disconnected: (account: string) => `${account} a été déconnecté.`,
  removed: (account: string) => `${account} n’est plus lié.`,
  unreadable: 'Ce compte ne peut pas être lu pour l’instant.',
  unreadableLabel: 'Compte illisible',
  noListAccounts: 'Vos comptes n’ont pas pu être chargés.',
};

export default fr;
