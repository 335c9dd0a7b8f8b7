import { define } from '../../core/define.js';
// Reconnect is a link button in re-authorise mode: defined with the list, so its own entry works alone.
import '../link-button/link-button.js';
import { MonoAccounts } from './accounts.component.js';

export { MonoAccounts };
export default MonoAccounts;

define('mono-accounts', MonoAccounts);

declare global {
  interface HTMLElementTagNameMap {
    'mono-accounts': MonoAccounts;
  }
}
