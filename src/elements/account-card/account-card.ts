import { define } from '../../core/define.js';
import { MonoAccountCard } from './account-card.component.js';

export { MonoAccountCard };
export default MonoAccountCard;

define('mono-account-card', MonoAccountCard);

declare global {
  interface HTMLElementTagNameMap {
    'mono-account-card': MonoAccountCard;
  }
}
