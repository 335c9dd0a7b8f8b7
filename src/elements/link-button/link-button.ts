import { define } from '../../core/define.js';
import { MonoLinkButton } from './link-button.component.js';

export { MonoLinkButton };
export default MonoLinkButton;

// Its messages' types: importing this entry types configure({ messages }) for its tag (README, Languages).
export type { LinkButtonMessages } from './link-button.messages.js';

define('mono-link-button', MonoLinkButton);

declare global {
  interface HTMLElementTagNameMap {
    'mono-link-button': MonoLinkButton;
  }
}
