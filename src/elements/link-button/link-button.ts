import { define } from '../../core/define.js';
import { MonoLinkButton } from './link-button.component.js';

export { MonoLinkButton };
export default MonoLinkButton;

define('mono-link-button', MonoLinkButton);

declare global {
  interface HTMLElementTagNameMap {
    'mono-link-button': MonoLinkButton;
  }
}
