import { define } from '../../core/define.js';
// Reconnect is a link button in re-authorise mode: defined with the list, so its own entry works alone.
import '../link-button/link-button.js';
import { MonoAccounts } from './accounts.component.js';

export { MonoAccounts };
export default MonoAccounts;

// Its messages' types: importing this entry types configure({ messages }) for its tag (README, Languages).
export type { AccountsMessages } from './accounts.messages.js';

define('mono-accounts', MonoAccounts);

declare global {
  interface HTMLElementTagNameMap {
    'mono-accounts': MonoAccounts;
  }
}
