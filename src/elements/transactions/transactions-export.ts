import { html, nothing, type ReactiveController, type ReactiveElement } from 'lit';
import { toErrorInfo } from '../../core/error-info.js';
import type { MonoFetcher, TransactionQuery } from '../../core/fetcher/types.js';
import type { MonoErrorDetail } from '../../events/mono-error.js';
import type { ExportUi } from './transactions-export-ui.js';
import { exportMessages } from './transactions-export.messages.js';

/**
 * The one import of the export's behaviour and work (fetch every page,
 * write the CSV, download): its own chunk, loaded when a user first presses
 * the button, so the element's entry carries only the button. An object so
 * that a test can replace `load` and see a failed import.
 */
export const exportModule = {
  load: () => import('./transactions-export-ui.js'),
};

/** What the export reads from the element when the button is pressed. */
export interface ExportSource {
  /** Undefined when there is nothing to export (no account, or `export` is off: a run then stops). */
  accountId?: string;
  fetcher: MonoFetcher;
  /** The filters on screen; the page is ignored. */
  query: TransactionQuery;
  /** Currency for rows without one. */
  currency: string;
  lastFour?: string;
}

export interface TransactionsExportOptions {
  source(): ExportSource;
  /** The export failed, or some rows could not be read: the host fires `mono-error`. */
  onError(detail: MonoErrorDetail): void;
}

/**
 * The "Export CSV" bar of `<mono-transactions export>`. The button and the
 * status line are always this template (so focus stays on the button the
 * user pressed); the rest arrives with `ExportUi` on first use.
 */
export class TransactionsExport implements ReactiveController {
  private ui?: ExportUi;
  private loading?: Promise<void>;
  private loadFailed = false;

  constructor(
    private readonly host: ReactiveElement,
    private readonly options: TransactionsExportOptions,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    this.ui?.hostUpdate();
  }

  hostDisconnected(): void {
    this.ui?.hostDisconnected();
  }

  /** Exports every row in the current filter (see `ExportUi.start`). */
  async start(): Promise<void> {
    if (!this.ui) {
      this.loading ??= this.load();
      await this.loading;
    }
    return this.ui?.start();
  }

  private async load(): Promise<void> {
    this.loadFailed = false;
    this.host.requestUpdate();
    try {
      this.ui = new (await exportModule.load()).ExportUi(this.host, this.options);
    } catch (error) {
      // The next press tries the import again.
      this.loadFailed = true;
      this.options.onError({ error: toErrorInfo(error, 'EXPORT_FAILED'), phase: 'export' });
    } finally {
      this.loading = undefined;
      this.host.requestUpdate();
    }
  }

  /** The bar; `available` is false while the element has no rows to export (the bar stays while a run is on). */
  render(available: boolean) {
    const ui = this.ui;
    const busy = !!this.loading || !!ui?.running;
    if (!available && !busy) return nothing;
    const words = exportMessages(this.host);
    const failed = ui ? ui.failed : this.loadFailed;
    return html`<div part="export" class=${failed ? 'failed' : ''}>
      <button part="export-button" aria-disabled=${busy} @click=${() => void this.start()}>${busy ? words.exporting : words.export}</button>
      ${ui?.renderProgress() ?? nothing}
      <p part="export-status" role="status">${ui ? ui.outcome : this.loadFailed ? words.failed : ''}</p>
    </div>`;
  }
}
