import type { Translation } from '../../core/i18n/types.js';
import { plural } from '../../core/i18n/plural.js';
import type { TransactionsExportMessages } from './transactions-export.messages.js';

const count = plural('fr');
const transactions = (rows: number) => count(rows, { one: '# transaction', other: '# transactions' });

const fr: Translation<TransactionsExportMessages> = {
  export: 'Exporter en CSV',
  exporting: 'Export en cours…',
  cancel: 'Annuler',
  cancelLabel: 'Annuler l’export',
  progressLabel: 'Progression de l’export',
  starting: 'Préparation de l’export…',
  progressOf: (rows: number, total: number) => `${count(rows, { other: '#' })} sur ${transactions(total)} récupérées…`,
  progress: (rows: number) => count(rows, { one: '# transaction récupérée…', other: '# transactions récupérées…' }),
  done: (rows: number, filename: string) =>
    count(rows, { one: `# transaction exportée dans ${filename}.`, other: `# transactions exportées dans ${filename}.` }),
  skipped: (rows: number) =>
    count(rows, {
      one: '# transaction n’a pas pu être lue et ne figure pas dans le fichier.',
      other: '# transactions n’ont pas pu être lues et ne figurent pas dans le fichier.',
    }),
  cancelled: 'Export annulé.',
  failed: 'Les transactions n’ont pas pu être exportées. Réessayez.',
  tooMany: 'Trop de transactions pour un seul export. Choisissez une période plus courte et réessayez.',
  failedBecause: (reason: string) => `L’export a échoué : ${reason}`,
};

export default fr;
