import type { Translation } from '../../core/i18n/types.js';
import type { linkButtonMessages } from './link-button.messages.js';

const fr: Translation<typeof linkButtonMessages> = {
  link: 'Lier un compte bancaire',
  pay: 'Payer avec Mono',
  reconnect: 'Reconnecter le compte',
  loading: 'Ouverture de Mono…',
  verifying: 'Vérification de votre paiement…',
  exchanging: 'Liaison de votre compte…',
};

export default fr;
