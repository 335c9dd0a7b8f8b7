import { define } from '../../core/define.js';
import { MonoAccountCard } from './account-card.component.js';

export { MonoAccountCard };
export default MonoAccountCard;

// Its messages' types: importing this entry types configure({ messages }) for its tag (README, Languages).
export type { AccountCardMessages } from './account-card.messages.js';

define('mono-account-card', MonoAccountCard);

declare global {
  interface HTMLElementTagNameMap {
    'mono-account-card': MonoAccountCard;
  }
}
