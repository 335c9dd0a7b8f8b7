import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { MonoDataElement } from '../../core/data-element.js';
import { toErrorInfo } from '../../core/error-info.js';
import { userMessage } from '../../core/format/user-message.js';
import { isAbortError } from '../../core/fetcher/errors.js';
import type { Transaction, TransactionPage } from '../../core/fetcher/types.js';
import { tokens } from '../../core/shared-styles.js';
import { DataStatusController } from '../../core/status/data-status-controller.js';
import type { MonoErrorInfo } from '../../events/mono-error.js';
import { filtersTemplate, type FilterValues } from './transactions-filters.js';
import { allSkippedText, skippedCount, skippedNotice, skippedReport } from './skipped-rows.js';
import { listRow, skeletonRows, tableRow, type RowFormat } from './transaction-row.js';
import { transactionsStyles } from './transactions.styles.js';

/** What the element shows, reflected as its `state` attribute. */
export type TransactionsState = 'loading' | 'processing' | 'ready' | 'empty' | 'error' | 'failed';

const SEARCH_DELAY_MS = 300;

/**
 * A linked account's transactions (Mono's step 5): waits until the account's
 * data is readable, then shows a page with filters and pagination — or, with
 * `infinite`, the whole history in a virtualised list that loads pages as the
 * user scrolls. Amounts are minor units formatted with `Intl` in `locale`.
 *
 * @summary Shows an account's transactions.
 * @tagname mono-transactions
 *
 * @csspart base - The frame around everything.
 * @csspart filters - The filter bar (search, type, date range).
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
 * @fires mono-error - `{ error, phase: 'fetch' }` Loading failed (the element shows a retry button), or some rows could not be read (code `TRANSACTIONS_SKIPPED`: the other rows are shown).
 */
export class MonoTransactions extends MonoDataElement {
  static override styles = [tokens, transactionsStyles];

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

  /** Locale for amounts and dates. */
  @property() locale = 'en-NG';

  /** Currency for rows that do not say theirs (ISO 4217). */
  @property() currency = 'NGN';

  /** The whole history in one scrolling list, loading pages as the user scrolls. */
  @property({ type: Boolean, reflect: true }) infinite = false;

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

  /** Rows of the long-history list, in order, across the pages loaded so far. */
  @state() private rows: Transaction[] = [];
  @state() private loadingMore = false;
  /** Rows that could not be shown: of the page, or of every page loaded in long-history mode. */
  @state() private skipped = 0;
  @state() private virtualizerLoaded = false;

  private pageSize?: number;
  private lastPage?: TransactionPage;
  /** The account the last loaded page belongs to: another account's rows are never shown. */
  private loadedFor?: string;
  /** Set when the user changes page; `mono-page-change` fires once that page has loaded. */
  private userPaged = false;
  private searchTimer?: ReturnType<typeof setTimeout>;
  /** Long-history loads belong to one set of filters; a change starts over. */
  private listRun = new AbortController();

  private readonly dataStatus = new DataStatusController(this, () => ({
    intervalMs: this.pollInterval,
    maxIntervalMs: this.maxPollInterval,
    timeoutMs: this.timeout,
  }), {
    onError: (error) => this.emit('mono-error', { error, phase: 'fetch' }),
  });

  private readonly pageTask = new Task(this, {
    task: async ([accountId, fetcher, readable, page, type, start, end, narration], { signal }) => {
      if (!accountId || !readable) return undefined;
      return fetcher.getTransactions(accountId, { page, type, start, end, narration }, { signal });
    },
    args: () =>
      [
        this.accountId,
        this.resolveFetcher(),
        this.dataStatus.phase === 'readable',
        this.infinite ? 1 : this.page,
        this.type,
        this.start,
        this.end,
        this.narration,
      ] as const,
    onComplete: (result) => {
      if (result) this.pageLoaded(result);
    },
    onError: (error) => {
      if (!isAbortError(error)) this.emit('mono-error', { error: toErrorInfo(error, 'FETCH_FAILED'), phase: 'fetch' });
    },
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.searchTimer);
    this.listRun.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.sourceChanged(changed)) {
      this.pageSize = undefined;
      this.dataStatus.watch(this.accountId, this.resolveFetcher());
    }
    if (this.sourceChanged(changed) || changed.has('type') || changed.has('start') || changed.has('end') || changed.has('narration') || changed.has('infinite')) {
      this.restartList();
    }
    if (this.infinite && !this.virtualizerLoaded) {
      // Only pages that use the long-history mode pay for the virtualizer.
      void import('@lit-labs/virtualizer').then(() => (this.virtualizerLoaded = true));
    }
  }

  protected override update(changed: PropertyValues<this>): void {
    // Here, not in willUpdate: the page task starts in this update's
    // hostUpdate, which runs after willUpdate and before update.
    this.state = this.computeState();
    super.update(changed);
  }

  /** Loads the current page again (after an error, or to refresh). */
  retry(): void {
    if (this.dataStatus.phase === 'error') this.dataStatus.retry();
    else void this.pageTask.run();
  }

  private computeState(): TransactionsState {
    const status = this.dataStatus;
    if (status.phase === 'failed') return 'failed';
    if (status.phase === 'error') return 'error';
    if (status.phase !== 'readable') return status.status ? 'processing' : 'loading';
    switch (this.pageTask.status) {
      case TaskStatus.ERROR:
        return 'error';
      case TaskStatus.COMPLETE: {
        const page = this.pageTask.value;
        if (!page) return 'loading';
        return (this.infinite ? this.rows.length : page.transactions.length) > 0 ? 'ready' : 'empty';
      }
      default:
        return 'loading';
    }
  }

  private pageLoaded(result: TransactionPage): void {
    this.lastPage = result;
    this.loadedFor = this.accountId;
    // The page size is what a full first page holds, unless the server says.
    if (result.perPage) this.pageSize = result.perPage;
    else if (result.hasNext || result.page === 1) this.pageSize = Math.max(this.pageSize ?? 0, result.transactions.length);
    if (this.infinite) this.rows = result.transactions;
    this.skipped = skippedCount(result);
    this.reportSkipped(result);
    this.emit('mono-transactions-loaded', { page: result.page, total: result.total, transactions: result.transactions });
    if (this.userPaged) {
      this.userPaged = false;
      this.emit('mono-page-change', { page: result.page });
    }
  }

  private reportSkipped(page: TransactionPage): void {
    const report = skippedReport(page);
    if (report) this.emit('mono-error', report);
  }

  private restartList(): void {
    this.listRun.abort();
    this.listRun = new AbortController();
    this.rows = [];
    this.skipped = 0;
    this.loadingMore = false;
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

  /** Long-history mode: near the end of what is loaded, fetch the next page and append it. */
  private async loadMore(): Promise<void> {
    const last = this.lastPage;
    if (!this.infinite || this.loadingMore || !last?.hasNext || !this.accountId) return;
    const run = this.listRun;
    this.loadingMore = true;
    try {
      const next = await this.resolveFetcher().getTransactions(
        this.accountId,
        { page: last.page + 1, type: this.type, start: this.start, end: this.end, narration: this.narration },
        { signal: run.signal },
      );
      if (run.signal.aborted) return;
      this.lastPage = next;
      this.rows = [...this.rows, ...next.transactions];
      this.skipped += skippedCount(next);
      this.reportSkipped(next);
      this.emit('mono-transactions-loaded', { page: next.page, total: next.total, transactions: next.transactions });
    } catch (error) {
      if (!run.signal.aborted && !isAbortError(error)) this.emit('mono-error', { error: toErrorInfo(error, 'FETCH_FAILED'), phase: 'fetch' });
    } finally {
      if (this.listRun === run) this.loadingMore = false;
    }
  }

  private get format(): RowFormat {
    return { locale: this.locale, currency: this.currency };
  }

  private messageTemplate(text: string, extra: unknown = nothing) {
    return html`<div part="message">${extra}<p>${text}</p></div>`;
  }

  private errorTemplate(error: MonoErrorInfo | undefined) {
    return html`<div part="message">
      <p>${userMessage(error, 'The transactions could not be loaded.')}</p>
      <button part="retry" class="retry" @click=${this.retry}>Retry</button>
    </div>`;
  }

  private bodyTemplate() {
    switch (this.state) {
      case 'failed':
        return this.messageTemplate('The bank’s data could not be fetched for this account. Link it again to retry.');
      case 'processing':
        return this.messageTemplate(
          'Fetching transactions from the bank… this can take a minute.',
          html`<progress aria-label="Fetching transactions"></progress>`,
        );
      case 'error':
        return this.errorTemplate(this.dataStatus.error ?? toErrorInfo(this.pageTask.error, 'FETCH_FAILED'));
      case 'empty':
        if (this.skipped) return this.messageTemplate(allSkippedText);
        return this.messageTemplate(this.type || this.start || this.end || this.narration ? 'No transactions match these filters.' : 'No transactions yet.');
      case 'loading': {
        if (this.infinite) return this.messageTemplate('Loading transactions…');
        // Another page or filter of the same account: keep the rows and the
        // controls (and so the keyboard focus) until the new page arrives.
        const previous = this.pageTask.value;
        if (previous && this.loadedFor === this.accountId) return this.tableTemplate(this.rowsOf(previous), true, true);
        return this.tableTemplate(skeletonRows(), true, false);
      }
      case 'ready':
        return this.infinite ? this.listTemplate() : this.tableTemplate(this.rowsOf(this.pageTask.value!), false, true);
    }
  }

  private rowsOf(page: TransactionPage) {
    return page.transactions.map((row) => tableRow(row, this.format));
  }

  private tableTemplate(rows: unknown, busy: boolean, withPagination: boolean) {
    return html`<table part="table" aria-busy=${busy ? 'true' : 'false'}>
        <caption class="visually-hidden">Transactions</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Description</th>
            <th scope="col" class="category">Category</th>
            <th scope="col" class="amount">Amount</th>
          </tr>
        </thead>
        <tbody>${rows}</tbody>
      </table>
      ${withPagination ? this.paginationTemplate() : nothing}`;
  }

  private paginationTemplate() {
    const page = this.pageTask.value;
    if (!page) return nothing;
    const pages = this.pageSize ? Math.max(1, Math.ceil(page.total / this.pageSize)) : undefined;
    return html`<nav part="pagination" aria-label="Transaction pages">
      <button part="previous" ?disabled=${!page.hasPrevious && page.page <= 1} @click=${() => this.goTo(page.page - 1)}>Previous</button>
      <span>Page ${page.page}${pages ? ` of ${pages}` : nothing}</span>
      <button part="next" ?disabled=${!page.hasNext} @click=${() => this.goTo(page.page + 1)}>Next</button>
    </nav>`;
  }

  private listTemplate() {
    if (!this.virtualizerLoaded) return this.messageTemplate('Loading transactions…');
    const total = this.lastPage?.total ?? this.rows.length;
    // Focusable, so keyboard users can scroll the list with the arrow keys.
    return html`<lit-virtualizer
        scroller
        role="list"
        tabindex="0"
        aria-label="Transactions"
        .items=${this.rows}
        .renderItem=${(row: Transaction) => listRow(row, this.format)}
        @rangeChanged=${(event: Event & { last: number }) => {
          if (event.last >= this.rows.length - 10) void this.loadMore();
        }}
      ></lit-virtualizer>
      <div class="more" aria-live="polite">
        ${this.loadingMore ? 'Loading more…' : `${this.rows.length.toLocaleString(this.locale)} of ${total.toLocaleString(this.locale)} transactions`}
      </div>`;
  }

  override render() {
    const partial = this.dataStatus.status === 'PARTIAL' && (this.state === 'ready' || this.state === 'empty');
    return html`<section part="base" aria-label="Transactions" aria-busy=${this.state === 'loading' || this.state === 'processing' ? 'true' : 'false'}>
      ${this.noFilters
        ? nothing
        : filtersTemplate(
            { type: this.type, start: this.start, end: this.end, narration: this.narration },
            (update) => this.setFilters(update),
            (text) => this.onSearch(text),
          )}
      ${partial ? html`<p part="notice">Only part of this account’s data is available so far (partial).</p>` : nothing}
      ${this.state === 'ready' || this.state === 'empty' ? skippedNotice(this.skipped) : nothing}
      <div aria-live="polite" class="visually-hidden">${this.liveText()}</div>
      ${this.bodyTemplate()}
    </section>`;
  }

  /** What a screen reader hears when the state changes. */
  private liveText(): string {
    switch (this.state) {
      case 'processing':
        return 'Fetching transactions from the bank.';
      case 'ready':
        return this.infinite ? `${this.rows.length} transactions loaded.` : `Page ${this.pageTask.value?.page ?? this.page} loaded.`;
      case 'empty':
        return 'No transactions.';
      case 'error':
        return 'Transactions could not be loaded.';
      case 'failed':
        return 'The bank’s data could not be fetched.';
      default:
        return 'Loading transactions.';
    }
  }
}
