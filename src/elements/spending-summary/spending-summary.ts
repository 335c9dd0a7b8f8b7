import { define } from '../../core/define.js';
import { MonoSpendingSummary } from './spending-summary.component.js';

export { MonoSpendingSummary };
export default MonoSpendingSummary;

define('mono-spending-summary', MonoSpendingSummary);

declare global {
  interface HTMLElementTagNameMap {
    'mono-spending-summary': MonoSpendingSummary;
  }
}
