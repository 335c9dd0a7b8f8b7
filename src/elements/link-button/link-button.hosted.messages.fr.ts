import type { Translation } from '../../core/i18n/types.js';
import type { LinkButtonHostedMessages } from './link-button.hosted.messages.js';

const fr: Translation<LinkButtonHostedMessages> = {
  linked: 'Compte bancaire lié.',
  notStarted: 'Impossible d’ouvrir Mono. Veuillez réessayer.',
  failed: 'Votre compte bancaire n’a pas pu être lié. Veuillez réessayer.',
  timeout: 'Mono n’a pas encore confirmé la liaison. Veuillez réessayer dans quelques minutes.',
};

export default fr;
