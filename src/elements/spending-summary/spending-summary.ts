import { define } from '../../core/define.js';
import { MonoSpendingSummary } from './spending-summary.component.js';

export { MonoSpendingSummary };
export default MonoSpendingSummary;

// Its messages' types: importing this entry types configure({ messages }) for its tag (README, Languages).
export type { SpendingSummaryMessages } from './spending-summary.messages.js';

define('mono-spending-summary', MonoSpendingSummary);

declare global {
  interface HTMLElementTagNameMap {
    'mono-spending-summary': MonoSpendingSummary;
  }
}
