import { define } from '../../core/define.js';
import { MonoTransactions } from './transactions.component.js';

export { MonoTransactions };
export default MonoTransactions;

define('mono-transactions', MonoTransactions);

declare global {
  interface HTMLElementTagNameMap {
    'mono-transactions': MonoTransactions;
  }
}
