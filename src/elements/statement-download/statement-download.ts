import { define } from '../../core/define.js';
import { MonoStatementDownload } from './statement-download.component.js';

export { MonoStatementDownload };
export default MonoStatementDownload;

// Its messages' types: importing this entry types configure({ messages }) for its tag (README, Languages).
export type { StatementDownloadMessages } from './statement-download.messages.js';

define('mono-statement-download', MonoStatementDownload);

declare global {
  interface HTMLElementTagNameMap {
    'mono-statement-download': MonoStatementDownload;
  }
}
