import { define } from '../../core/define.js';
import { MonoAccountStatus } from './account-status.component.js';

export { MonoAccountStatus };
export default MonoAccountStatus;

// Its messages' types: importing this entry types configure({ messages }) for its tag (README, Languages).
export type { AccountStatusMessages } from './account-status.messages.js';

define('mono-account-status', MonoAccountStatus);

declare global {
  interface HTMLElementTagNameMap {
    'mono-account-status': MonoAccountStatus;
  }
}
