import { define } from '../../core/define.js';
import { MonoAccountStatus } from './account-status.component.js';

export { MonoAccountStatus };
export default MonoAccountStatus;

define('mono-account-status', MonoAccountStatus);

declare global {
  interface HTMLElementTagNameMap {
    'mono-account-status': MonoAccountStatus;
  }
}
