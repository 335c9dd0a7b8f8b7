import type { Translation } from '../../core/i18n/types.js';
import type { reauthPromptMessages } from './reauth-prompt.messages.js';

const fr: Translation<typeof reauthPromptMessages> = {
  required: 'Votre banque vous demande de vous reconnecter avant que ce compte puisse être mis à jour.',
  button: 'Reconnecter le compte',
};

export default fr;
