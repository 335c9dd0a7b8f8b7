import { define } from '../../core/define.js';
import { MonoStatementDownload } from './statement-download.component.js';

export { MonoStatementDownload };
export default MonoStatementDownload;

define('mono-statement-download', MonoStatementDownload);

declare global {
  interface HTMLElementTagNameMap {
    'mono-statement-download': MonoStatementDownload;
  }
}
