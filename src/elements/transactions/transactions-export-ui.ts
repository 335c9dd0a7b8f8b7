import { html, nothing, type ReactiveElement } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { toErrorInfo } from '../../core/error-info.js';
import type { MonoFetcher } from '../../core/fetcher/types.js';
import { userMessage } from '../../core/format/user-message.js';
import { nearestLang } from '../../core/i18n/nearest-lang.js';
import type { FetchAllProgress } from '../../core/transactions/fetch-all.js';
import type { MonoExportDetail } from '../../events/mono-export.js';
import type { ExportSource, TransactionsExportOptions } from './transactions-export.js';
import { exportMessages } from './transactions-export.messages.js';
import { buildExport, saveFile } from './transactions-export-run.js';

/*
 * The export's behaviour, loaded with its work (fetch every page, write
 * the CSV, download) the first time a user presses "Export CSV"; the
 * button itself, in the element's entry, is transactions-export.ts.
 */

interface Run {
  controller: AbortController;
  key: string;
  fetcher: MonoFetcher;
}

const keyOf = ({ accountId, query: { type, start, end, narration } }: ExportSource) => JSON.stringify([accountId, type, start, end, narration]);

/**
 * One export at a time: every page of the filter with progress, cancel,
 * and what became of it in words. A run is aborted when the element
 * disconnects or its account, fetcher or filters change: the file must
 * hold the rows the user asked for.
 */
export class ExportUi {
  /** What the status line says once a run has ended. */
  outcome = '';
  failed = false;
  private progress?: FetchAllProgress;
  private run?: Run;

  constructor(
    private readonly host: ReactiveElement,
    private readonly options: TransactionsExportOptions,
  ) {}

  get running(): boolean {
    return this.run !== undefined;
  }

  hostUpdate(): void {
    const run = this.run;
    if (!run) return;
    const source = this.options.source();
    if (keyOf(source) !== run.key || source.fetcher !== run.fetcher) this.cancel();
  }

  hostDisconnected(): void {
    this.run?.controller.abort(new DOMException('The element was removed.', 'AbortError'));
    this.run = undefined;
    this.outcome = '';
  }

  /** Fetches every row in the filter and downloads them as CSV; does nothing while a run is on. */
  async start(): Promise<void> {
    const source = this.options.source();
    if (this.run || !source.accountId || !this.host.isConnected) return;
    const words = exportMessages(this.host);
    const run: Run = { controller: new AbortController(), key: keyOf(source), fetcher: source.fetcher };
    this.run = run;
    this.progress = undefined;
    this.set(words.starting);
    try {
      const file = await buildExport({
        ...source,
        accountId: source.accountId,
        signal: run.controller.signal,
        onProgress: (progress) => {
          // The progress words take over from "Preparing…" (announced once; the count is not read out page by page).
          this.progress = progress;
          this.outcome = '';
          this.host.requestUpdate();
        },
      });
      if (this.run !== run) return;
      this.run = undefined;
      if (file.skipped) {
        const reasons = file.skippedRows.map((row) => `page ${row.page}: ${row.reason}`).join('; ');
        this.options.onError({ error: { code: 'TRANSACTIONS_SKIPPED', message: `${file.skipped} transactions could not be read and are not in ${file.filename}: ${reasons}.` }, phase: 'export' });
      }
      const detail: MonoExportDetail = { accountId: source.accountId, rows: file.rows, filename: file.filename, csv: file.csv };
      if (this.host.dispatchEvent(new CustomEvent('mono-export', { detail, bubbles: true, composed: true, cancelable: true }))) {
        saveFile(this.host.renderRoot, file.csv, file.filename);
      }
      this.set([words.done(file.rows.length, file.filename), file.skipped ? words.skipped(file.skipped) : ''].join(' ').trim());
    } catch (error) {
      // Cancelled or superseded: cancel() has said so already.
      if (this.run !== run) return;
      this.run = undefined;
      const info = toErrorInfo(error, 'EXPORT_FAILED');
      // The backend's words are English: another language says its own.
      const reason = userMessage(info, '', nearestLang(this.host));
      this.set(info.code === 'TOO_MANY_PAGES' ? words.tooMany : reason ? words.failedBecause(reason) : words.failed, true);
      this.options.onError({ error: info, phase: 'export' });
    }
  }

  /** Stops a running export; nothing is downloaded. */
  cancel(): void {
    if (!this.run) return;
    this.run.controller.abort(new DOMException('The export was cancelled.', 'AbortError'));
    this.run = undefined;
    this.set(exportMessages(this.host).cancelled);
  }

  private set(outcome: string, failed = false): void {
    const root = this.host.renderRoot as ShadowRoot;
    const cancelFocused = root.activeElement?.part.contains('export-cancel');
    this.outcome = outcome;
    this.failed = failed;
    this.host.requestUpdate();
    // The cancel button goes with the run: focus goes back to the export button, not to the page.
    if (cancelFocused && !this.run) void this.host.updateComplete.then(() => root.querySelector<HTMLElement>('[part~="export-button"]')?.focus());
  }

  /** The progress bar, its words and the cancel button, while a run is on. */
  renderProgress() {
    if (!this.run) return nothing;
    const words = exportMessages(this.host);
    const progress = this.progress;
    const total = progress?.total ? progress.total : undefined;
    return html`<progress part="export-progress" aria-label=${words.progressLabel} max=${ifDefined(total)} value=${ifDefined(total ? progress!.rows : undefined)}></progress>
      <span class="progress-text">${progress ? (total ? words.progressOf(progress.rows, total) : words.progress(progress.rows)) : nothing}</span>
      <button part="export-cancel" aria-label=${words.cancelLabel} @click=${() => this.cancel()}>${words.cancel}</button>`;
  }
}
