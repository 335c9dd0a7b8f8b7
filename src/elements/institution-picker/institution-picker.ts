import { define } from '../../core/define.js';
import { MonoInstitutionPicker } from './institution-picker.component.js';

export { MonoInstitutionPicker };
export default MonoInstitutionPicker;

// Its messages' types: importing this entry types configure({ messages }) for its tag (README, Languages).
export type { InstitutionPickerMessages } from './institution-picker.messages.js';

define('mono-institution-picker', MonoInstitutionPicker);

declare global {
  interface HTMLElementTagNameMap {
    'mono-institution-picker': MonoInstitutionPicker;
  }
}
