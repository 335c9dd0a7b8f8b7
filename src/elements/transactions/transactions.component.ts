import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { Task, TaskStatus, initialState } from '@lit/task';
import { MonoDataElement } from '../shared/data-element.js';
import { toErrorInfo } from '../../core/error-info.js';
import { userMessage } from '../../core/format/user-message.js';
import { isAbortError } from '../../core/fetcher/errors.js';
import type { TransactionPage, TransactionQuery } from '../../core/fetcher/types.js';
import { tokens } from '../shared/shared-styles.js';
import { liveAction } from '../../core/live/changes-data.js';
import type { MonoLiveEvent } from '../../core/live/live-event.js';
import { DataStatusController } from '../shared/data-status-controller.js';
import type { MonoErrorInfo } from '../../events/mono-error.js';
import { InfiniteList } from './infinite-list.js';
import { EarlyPage } from './early-page.js';
import { isReadable } from '../../core/fetcher/data-status.js';
import { filtersTemplate, type FilterValues } from './transactions-filters.js';
import { isFiltered, sameQuery, transactionQuery } from './transactions-query.js';
import { skippedCount, skippedNotice, skippedReport } from './skipped-rows.js';
import { skeletonRows, tableRow, type RowFormat } from './transaction-row.js';
import { pageSizeAfter, pagination, tableTemplate } from './transactions-table.js';
import { errorTemplate, liveText, messageTemplate, processingTemplate } from './transactions-messages.js';
import { transactionsMessages, transactionsTable, type TransactionsMessages } from './transactions.messages.js';
import { localize } from '../../core/i18n/localize.js';
import { nearestLang } from '../../core/i18n/nearest-lang.js';
import { formatLocale } from '../../core/i18n/format-locale.js';
import { transactionsStyles } from './transactions.styles.js';
import { TransactionsExport } from './transactions-export.js';
import { transactionsExportStyles } from './transactions-export.styles.js';

/** What the element shows, reflected as its `state` attribute. */
export type TransactionsState = 'loading' | 'processing' | 'ready' | 'empty' | 'error' | 'failed';

const SEARCH_DELAY_MS = 300;

/**
 * A linked account's transactions (Mono's step 5): waits until the account's
 * data is readable, then shows a page with filters and pagination — or, with
 * `infinite`, the whole history in a virtualised list that loads pages as the
 * user scrolls. Amounts are minor units formatted with `Intl` in `locale`
 * (by default the language around it, in Nigeria: README, Languages).
 *
 * @summary Shows an account's transactions.
 * @tagname mono-transactions
 *
 * @csspart base - The frame around everything.
 * @csspart filters - The filter bar (search, type, date range).
 * @csspart filters-toggle - The "Filters" button that folds the filters away when the element is narrow (under 30rem).
 * @csspart filters-count - How many filters are active, inside the Filters button.
 * @csspart table - The transactions table.
 * @csspart row - Every transaction row; also has part `debit` or `credit`.
 * @csspart debit - Debit rows.
 * @csspart credit - Credit rows.
 * @csspart message - The loading, processing, empty, error and failed messages.
 * @csspart notice - The note shown when only partial data is available.
 * @csspart skipped - How many rows of the page could not be shown (their detail is in `mono-error`).
 * @csspart retry - The retry button.
 * @csspart pagination - Previous/next and "page N of M".
 * @csspart previous - The previous-page button.
 * @csspart next - The next-page button.
 * @csspart export - The export bar (with `export`).
 * @csspart export-button - The "Export CSV" button.
 * @csspart export-progress - The progress bar while an export runs.
 * @csspart export-cancel - The button that cancels a running export.
 * @csspart export-status - What became of the export, in words.
 *
 * @cssprop --mono-accent - Focus ring and progress colour.
 * @cssprop --mono-surface - Background.
 * @cssprop --mono-text - Text colour.
 * @cssprop --mono-muted - Secondary text (dates, labels).
 * @cssprop --mono-border - Borders and row rules.
 * @cssprop --mono-debit - Debit amounts.
 * @cssprop --mono-credit - Credit amounts.
 * @cssprop --mono-warning - The partial-data notice.
 * @cssprop --mono-skeleton - Placeholder rows while loading.
 * @cssprop --mono-radius - Corner radius.
 * @cssprop --mono-font-family - Font.
 * @cssprop --mono-transactions-height - Height of the scrolling list in `infinite` mode. Default 28rem.
 *
 * @fires mono-page-change - `{ page }` The user moved to another page, and it loaded.
 * @fires mono-transactions-loaded - `{ page, total, transactions }` A page arrived.
 * @fires mono-export - `{ accountId, rows, filename, csv }` An export is ready, before its download. Cancelable: `preventDefault()` stops the download so the page can save the rows its own way.
 * @fires mono-error - `{ error, phase: 'fetch' | 'export' }` Loading failed (the element shows a retry button), or some rows could not be read (code `TRANSACTIONS_SKIPPED`: the other rows are shown).
 */
export class MonoTransactions extends MonoDataElement {
  static override styles = [tokens, transactionsStyles, transactionsExportStyles];

  /** The page shown, 1-based. */
  @property({ type: Number, reflect: true }) page = 1;

  /** Only debits or only credits. */
  @property({ reflect: true }) type?: 'debit' | 'credit';

  /** First day included (YYYY-MM-DD). */
  @property({ reflect: true }) start?: string;

  /** Last day included (YYYY-MM-DD). */
  @property({ reflect: true }) end?: string;

  /** Only transactions whose narration contains this text. */
  @property({ reflect: true }) narration?: string;

  /** Locale for amounts and dates. Unset: the language around the element, in Nigeria (`en-NG` with no `lang`, `fr-NG` for `fr`). */
  @property() locale?: string;

  /** The words of the render under way, in the language in effect (set at the start of each render). */
  private words: TransactionsMessages = transactionsMessages;

  /** Currency for rows that do not say theirs (ISO 4217). */
  @property() currency = 'NGN';

  /** The whole history in one scrolling list, loading pages as the user scrolls. */
  @property({ type: Boolean, reflect: true }) infinite = false;

  /** Shows an "Export CSV" button: every row in the current filter (all pages) as a CSV download. */
  @property({ type: Boolean, reflect: true }) export = false;

  /** Hides the filter bar. */
  @property({ type: Boolean, attribute: 'no-filters' }) noFilters = false;

  /** First wait between data-status checks, in ms. */
  @property({ type: Number, attribute: 'poll-interval' }) pollInterval = 1000;

  /** Longest wait between data-status checks, in ms. */
  @property({ type: Number, attribute: 'max-poll-interval' }) maxPollInterval = 15000;

  /** Give up waiting for the bank's data after this long, in ms. */
  @property({ type: Number }) timeout = 300000;

  /** What is shown: loading, processing, ready, empty, error or failed. Reflected; read-only. */
  @property({ reflect: true }) state: TransactionsState = 'loading';

  /** How many rows a full page holds, for "page N of M"; unknown until a page tells. */
  private pageSize?: number;
  /** Whether the page task's last page belongs to the current account and fetcher: another's rows are never shown. */
  private pageIsCurrent = false;
  /** Set when the user changes page; `mono-page-change` fires once that page has loaded. */
  private userPaged = false;
  private searchTimer?: ReturnType<typeof setTimeout>;
  /**
   * The request for the page task: the page shown, or page 1 of the
   * long-history list. Replaced only when it asks for other rows, so the
   * task (which compares its arguments by identity) runs only then.
   */
  private query: TransactionQuery = transactionQuery(this, this.page);

  private readonly dataStatus = new DataStatusController(this, () => ({
    intervalMs: this.pollInterval,
    maxIntervalMs: this.maxPollInterval,
    timeoutMs: this.timeout,
  }), {
    onStatus: (status) => {
      if (!isReadable(status)) this.firstPage.drop();
    },
    onError: (error) => {
      this.firstPage.drop();
      this.emit('mono-error', { error, phase: 'fetch' });
    },
  });

  /** The first page, asked for alongside the data status (early-page.ts). */
  private readonly firstPage = new EarlyPage();

  private readonly pageTask = new Task(this, {
    task: async ([accountId, fetcher, readable, query], { signal }) => {
      // Nothing to ask yet (no account, or its data is not readable): the
      // task waits in its initial state, and the data status says why.
      if (!accountId || !readable) return initialState;
      return this.firstPage.take(accountId, fetcher, query, signal) ?? fetcher.getTransactions(accountId, query, { signal });
    },
    // `infinite` too: switching modes on page 1 asks for the same rows, but the list needs them as its first page.
    args: () => [this.accountId, this.resolveFetcher(), this.dataStatus.phase === 'readable', this.query, this.infinite] as const,
    onComplete: (page) => this.pageLoaded(page),
    onError: (error) => {
      if (!isAbortError(error)) this.emit('mono-error', { error: toErrorInfo(error, 'FETCH_FAILED'), phase: 'fetch' });
    },
  });

  /** Long-history mode: every row loaded, the pages after the first, and the virtualizer. */
  private readonly list = new InfiniteList(this, {
    active: () => this.infinite,
    fetchPage: (page, signal) =>
      this.accountId ? this.resolveFetcher().getTransactions(this.accountId, transactionQuery(this, page), { signal }) : undefined,
    onPage: (page) => this.announce(page),
    onError: (error) => this.emit('mono-error', { error, phase: 'fetch' }),
  });

  /** The export bar; an export follows the account, fetcher and filters, and stops when they change. */
  private readonly exporter = new TransactionsExport(this, {
    source: () => ({
      accountId: this.export ? this.accountId : undefined,
      fetcher: this.resolveFetcher(),
      query: transactionQuery(this, 1),
      currency: this.currency,
      lastFour: this.dataStatus.account?.lastFour,
    }),
    onError: (detail) => this.emit('mono-error', detail),
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.searchTimer);
    this.firstPage.drop();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const sourceChanged = this.sourceChanged(changed);
    if (sourceChanged) {
      this.pageSize = undefined;
      this.pageIsCurrent = false;
      this.dataStatus.watch(this.accountId, this.resolveFetcher());
    }
    const query = transactionQuery(this, this.infinite ? 1 : this.page);
    const queryChanged = !sameQuery(this.query, query);
    if (queryChanged) this.query = query;
    if (sourceChanged || queryChanged || changed.has('infinite')) this.list.reset();
    if (sourceChanged && this.dataStatus.phase !== 'readable') this.firstPage.ask(this.accountId, this.resolveFetcher(), this.query);
  }

  protected override update(changed: PropertyValues<this>): void {
    // Here, not in willUpdate: the page task starts, and the list imports
    // its virtualizer, in this update's hostUpdate, which runs after
    // willUpdate and before update.
    this.state = this.computeState();
    super.update(changed);
  }

  /** Mono says the data changed: the rows, or first the status, are read again at once. */
  protected override onLiveEvent(event: MonoLiveEvent): void {
    const action = liveAction(event, this.dataStatus.phase === 'readable');
    if (action === 'rows') void this.pageTask.run();
    else if (action === 'status') this.dataStatus.retry();
  }

  /** Loads the current page again (after an error, or to refresh); after a failed import, the list's code too. */
  retry(): void {
    // Asked for again means asked of the backend, not of the fetcher's cache.
    if (this.accountId) this.resolveFetcher().clearCache?.(this.accountId);
    if (this.dataStatus.phase === 'error') return this.dataStatus.retry();
    if (this.infinite && this.list.virtualizer === 'failed') {
      this.list.loadVirtualizer();
      // The rows are there: only the code to show them was missing.
      if (this.pageTask.status !== TaskStatus.ERROR) return;
    }
    void this.pageTask.run();
  }

  private computeState(): TransactionsState {
    const status = this.dataStatus;
    if (status.phase === 'failed') return 'failed';
    if (status.phase === 'error') return 'error';
    if (status.phase !== 'readable') return status.status ? 'processing' : 'loading';
    if (this.infinite && this.list.virtualizer === 'failed') return 'error';
    switch (this.pageTask.status) {
      case TaskStatus.ERROR:
        return 'error';
      case TaskStatus.COMPLETE:
        if (!this.infinite) return this.pageTask.value!.transactions.length > 0 ? 'ready' : 'empty';
        if (this.list.rows.length === 0) return 'empty';
        return this.list.virtualizer === 'loaded' ? 'ready' : 'loading';
      default:
        return 'loading';
    }
  }

  private pageLoaded(page: TransactionPage): void {
    this.pageIsCurrent = true;
    this.pageSize = pageSizeAfter(this.pageSize, page);
    if (this.infinite) this.list.start(page);
    this.announce(page);
    if (this.userPaged) {
      this.userPaged = false;
      this.emit('mono-page-change', { page: page.page });
    }
  }

  /** Every page that arrives, in either mode: its skipped rows for developers, then `mono-transactions-loaded`. */
  private announce(page: TransactionPage): void {
    const report = skippedReport(page);
    if (report) this.emit('mono-error', report);
    this.emit('mono-transactions-loaded', { page: page.page, total: page.total, transactions: page.transactions });
  }

  private goTo(page: number): void {
    if (page < 1 || page === this.page) return;
    this.userPaged = true;
    this.page = page;
  }

  private setFilters(update: FilterValues): void {
    Object.assign(this, update);
    this.page = 1;
  }

  private onSearch(text: string): void {
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => this.setFilters({ narration: text || undefined }), SEARCH_DELAY_MS);
  }

  /** What a screen reader hears once rows are shown. */
  private get readyText(): string {
    return this.infinite ? this.words.announceRows(this.list.rows.length) : this.words.announcePage(this.pageTask.value?.page ?? this.page);
  }

  private get format(): RowFormat {
    return { locale: this.locale ?? formatLocale(this), currency: this.currency, words: this.words };
  }

  /** Rows that could not be shown: of the page, or of every page the list has loaded. */
  private get skipped(): number {
    return this.infinite ? this.list.skipped : skippedCount(this.pageTask.value);
  }

  /** The error on screen. A failed import of the list's code has no words for users: its detail went to `mono-error`. */
  private get error(): MonoErrorInfo | undefined {
    return this.dataStatus.error ?? (this.pageTask.status === TaskStatus.ERROR ? toErrorInfo(this.pageTask.error, 'FETCH_FAILED') : undefined);
  }

  private bodyTemplate() {
    switch (this.state) {
      case 'failed':
        return messageTemplate(this.words.failed);
      case 'processing':
        return processingTemplate(this.words);
      case 'error':
        return errorTemplate(userMessage(this.error, this.words.loadFailed, nearestLang(this)), () => this.retry(), this.words);
      case 'empty':
        return messageTemplate(this.skipped ? this.words.allSkipped : isFiltered(this) ? this.words.noMatch : this.words.none);
      case 'loading':
        return this.loadingTemplate();
      case 'ready':
        return this.infinite ? this.list.render(this.format) : this.pageTemplate(this.pageTask.value!, false);
    }
  }

  private loadingTemplate() {
    if (this.infinite) {
      // The first page is in, the list's code not yet: its first rows meanwhile.
      return this.list.rows.length && this.list.virtualizer === 'loading' ? this.list.renderPreview(this.format) : messageTemplate(this.words.loading);
    }
    // Another page or filter of the same account: keep the rows and the
    // controls (and so the keyboard focus) until the new page arrives.
    const previous = this.pageTask.value;
    if (previous && this.pageIsCurrent) return this.pageTemplate(previous, true);
    return tableTemplate(this.words, skeletonRows(), true);
  }

  private pageTemplate(page: TransactionPage, busy: boolean) {
    const format = this.format;
    return tableTemplate(
      this.words,
      page.transactions.map((row) => tableRow(row, format)),
      busy,
      pagination(page, this.pageSize, (to) => this.goTo(to), this.words),
    );
  }

  override render() {
    const partial = this.dataStatus.status === 'PARTIAL' && (this.state === 'ready' || this.state === 'empty');
    const m = (this.words = localize(this, transactionsTable));
    return html`<section part="base" aria-label=${m.label} aria-busy=${this.state === 'loading' || this.state === 'processing' ? 'true' : 'false'}>
      ${this.noFilters
        ? nothing
        : filtersTemplate(this, (update) => this.setFilters(update), (search) => this.onSearch(search), m)}
      ${this.export ? this.exporter.render(this.dataStatus.phase === 'readable' && this.state !== 'empty' && this.state !== 'error') : nothing}
      ${partial ? html`<p part="notice">${m.partial}</p>` : nothing}
      ${this.state === 'ready' || this.state === 'empty' ? skippedNotice(this.skipped, m) : nothing}
      <div aria-live="polite" class="visually-hidden">${liveText(this.state, this.readyText, m)}</div>
      ${this.bodyTemplate()}
    </section>`;
  }
}
