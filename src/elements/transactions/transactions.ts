import { define } from '../../core/define.js';
import { MonoTransactions } from './transactions.component.js';

export { MonoTransactions };
export default MonoTransactions;

// Its messages' types: importing this entry types configure({ messages }) for its tag (README, Languages).
export type { TransactionsMessages } from './transactions.messages.js';
export type { TransactionsExportMessages } from './transactions-export.messages.js';

define('mono-transactions', MonoTransactions);

declare global {
  interface HTMLElementTagNameMap {
    'mono-transactions': MonoTransactions;
  }
}
