import { define } from '../../core/define.js';
// The prompt's button: defined with it, so the prompt's own entry works alone.
import '../link-button/link-button.js';
import { MonoReauthPrompt } from './reauth-prompt.component.js';

export { MonoReauthPrompt };
export default MonoReauthPrompt;

// Its messages' types: importing this entry types configure({ messages }) for its tag (README, Languages).
export type { ReauthPromptMessages } from './reauth-prompt.messages.js';

define('mono-reauth-prompt', MonoReauthPrompt);

declare global {
  interface HTMLElementTagNameMap {
    'mono-reauth-prompt': MonoReauthPrompt;
  }
}
