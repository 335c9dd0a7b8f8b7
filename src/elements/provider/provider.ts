import { define } from '../../core/define.js';
import { MonoProvider } from './provider.component.js';

export { MonoProvider };
export default MonoProvider;

define('mono-provider', MonoProvider);

declare global {
  interface HTMLElementTagNameMap {
    'mono-provider': MonoProvider;
  }
}
