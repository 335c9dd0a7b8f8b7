import { define } from '../../core/define.js';
import { MonoInstitutionPicker } from './institution-picker.component.js';

export { MonoInstitutionPicker };
export default MonoInstitutionPicker;

define('mono-institution-picker', MonoInstitutionPicker);

declare global {
  interface HTMLElementTagNameMap {
    'mono-institution-picker': MonoInstitutionPicker;
  }
}
