import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { toErrorInfo } from '../../core/error-info.js';
import { isAbortError } from '../../core/fetcher/errors.js';
import type { Transaction, TransactionPage } from '../../core/fetcher/types.js';
import type { MonoErrorInfo } from '../../events/mono-error.js';
import { skippedCount } from './skipped-rows.js';
import { listRow, type RowFormat } from './transaction-row.js';
import { virtualizerModule } from './virtualizer.js';

/** Where the virtualizer's import stands. */
export type VirtualizerState = 'idle' | 'loading' | 'loaded' | 'failed';

/** Rows within this distance of the last one loaded ask for the next page. */
const PREFETCH_ROWS = 10;
/** Rows shown while the virtualizer loads: more than a screen holds at the default height. */
const PREVIEW_ROWS = 20;
/** The virtualizer's own default, for a seam that loaded it without its layout. */
const DEFAULT_LAYOUT = {};

export interface InfiniteListOptions {
  /** Whether the host is in long-history mode: only then is the virtualizer imported. */
  active(): boolean;
  /** Page `page` of the host's account and filters; `undefined` when there is no account to ask about. */
  fetchPage(page: number, signal: AbortSignal): Promise<TransactionPage> | undefined;
  /** A page was appended (the host announces it as it does its first page). */
  onPage(page: TransactionPage): void;
  /** A page could not be appended (the rows so far stay), or the virtualizer could not be imported. */
  onError(error: MonoErrorInfo): void;
}

/**
 * The long-history mode of `<mono-transactions>`: the rows of every page
 * loaded so far as one virtualised list, the next page appended as the user
 * scrolls near the end, and the virtualizer itself, imported only by pages
 * that use this mode.
 *
 * The first page comes from the host's page task, so the data-status wait,
 * errors, retry and dropping stale answers work as in paged mode. `start()`
 * with a new first page, or `reset()` when the account, fetcher or filters
 * change, abandons any page still on its way for the old list.
 */
export class InfiniteList implements ReactiveController {
  /** Every row loaded, in order. */
  rows: readonly Transaction[] = [];
  /** Rows that could not be shown, across the pages loaded. */
  skipped = 0;
  loadingMore = false;
  virtualizer: VirtualizerState = 'idle';

  private last?: TransactionPage;
  /** Each row's template, made once per format: the virtualizer asks for every row on screen at each scroll step. */
  private templates = new WeakMap<Transaction, TemplateResult>();
  private templatesFormat?: RowFormat;
  /** The pages of one list share a signal: starting over aborts what the old list still waits for. */
  private run = new AbortController();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: InfiniteListOptions,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    if (this.options.active() && this.virtualizer === 'idle') this.loadVirtualizer();
  }

  hostDisconnected(): void {
    // The rows stay for a reconnect; only a page on its way is given up.
    this.abandon();
  }

  /** A new first page: the list starts over from it. */
  start(first: TransactionPage): void {
    this.abandon();
    this.last = first;
    this.rows = first.transactions;
    this.skipped = skippedCount(first);
    this.host.requestUpdate();
  }

  /** The account, fetcher or filters changed: nothing to show until the new first page. */
  reset(): void {
    this.abandon();
    this.last = undefined;
    this.rows = [];
    this.skipped = 0;
    this.host.requestUpdate();
  }

  /** Imports the virtualizer; after a failure, tries again. */
  loadVirtualizer(): void {
    if (this.virtualizer === 'loading' || this.virtualizer === 'loaded') return;
    this.virtualizer = 'loading';
    virtualizerModule.load().then(
      () => this.setVirtualizer('loaded'),
      (error: unknown) => {
        this.setVirtualizer('failed');
        this.options.onError(toErrorInfo(error, 'VIRTUALIZER_LOAD_FAILED'));
      },
    );
  }

  /** Near the end of what is loaded: fetches the next page and appends it, one page at a time. */
  async more(): Promise<void> {
    const last = this.last;
    if (this.loadingMore || !last?.hasNext) return;
    const { signal } = this.run;
    const request = this.options.fetchPage(last.page + 1, signal);
    if (!request) return;
    this.loadingMore = true;
    this.host.requestUpdate();
    try {
      const next = await request;
      if (signal.aborted) return;
      this.last = next;
      this.rows = [...this.rows, ...next.transactions];
      this.skipped += skippedCount(next);
      this.options.onPage(next);
    } catch (error) {
      if (!signal.aborted && !isAbortError(error)) this.options.onError(toErrorInfo(error, 'FETCH_FAILED'));
    } finally {
      // An abandoned request's flag was cleared when it was abandoned; a newer one may be running.
      if (!signal.aborted) {
        this.loadingMore = false;
        this.host.requestUpdate();
      }
    }
  }

  /** The virtualised list and its "N of M" line. Only once the virtualizer is loaded. */
  render(format: RowFormat) {
    const total = this.last?.total ?? this.rows.length;
    // Focusable, so keyboard users can scroll the list with the arrow keys.
    return html`<lit-virtualizer
        scroller
        role="list"
        tabindex="0"
        aria-label=${format.words.label}
        .items=${this.rows}
        .layout=${virtualizerModule.layout ?? DEFAULT_LAYOUT}
        .renderItem=${(row: Transaction) => this.rowTemplate(row, format)}
        @rangeChanged=${(event: Event & { last: number }) => {
          if (event.last >= this.rows.length - PREFETCH_ROWS) void this.more();
        }}
      ></lit-virtualizer>
      <div class="more" aria-live="polite">
        ${this.loadingMore ? format.words.loadingMore : format.words.shownOf(this.rows.length, total)}
      </div>`;
  }

  /**
   * The first rows, as they will be in the list, while its code is still on
   * its way: the rows do not wait for a second request after theirs. Busy,
   * and not scrollable, until the list takes over.
   */
  renderPreview(format: RowFormat) {
    return html`<div class="preview" role="list" aria-busy="true" aria-label=${format.words.label}>
      ${this.rows.slice(0, PREVIEW_ROWS).map((row) => this.rowTemplate(row, format))}
    </div>`;
  }

  private rowTemplate(row: Transaction, format: RowFormat): TemplateResult {
    // The host makes a new format each render: a render starts the templates over.
    if (this.templatesFormat !== format) {
      this.templates = new WeakMap();
      this.templatesFormat = format;
    }
    let template = this.templates.get(row);
    if (!template) this.templates.set(row, (template = listRow(row, format)));
    return template;
  }

  private abandon(): void {
    this.run.abort();
    this.run = new AbortController();
    this.loadingMore = false;
  }

  private setVirtualizer(state: VirtualizerState): void {
    this.virtualizer = state;
    this.host.requestUpdate();
  }
}
