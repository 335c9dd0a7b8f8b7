import { html, nothing, type PropertyValues } from 'lit';
import { formatLocale } from '../../core/i18n/format-locale.js';
import { property } from 'lit/decorators.js';
import { MonoDataElement } from '../shared/data-element.js';
import { DataStatusController } from '../shared/data-status-controller.js';
import { tokens } from '../shared/shared-styles.js';
import { liveAction } from '../../core/live/changes-data.js';
import type { MonoLiveEvent } from '../../core/live/live-event.js';
import { userMessage } from '../../core/format/user-message.js';
import { nearestLang } from '../../core/i18n/nearest-lang.js';
import { clampMonths, summaryPeriod, type SpendingSummary } from '../../core/transactions/summary.js';
import { SummaryLoader, type SummaryRequest } from './summary-loader.js';
import { ChartWidth } from './chart-width.js';
import { message, useWords } from './spending-summary.messages.js';
import { periodName } from './summary-format.js';
import { messageTemplate, notesTemplate, readyTemplate, statusText } from './summary-view.js';
import { spendingSummaryStyles } from './spending-summary.styles.js';

/** What the element shows, reflected as its `state` attribute. */
export type SpendingSummaryState = 'loading' | 'processing' | 'ready' | 'empty' | 'error' | 'failed';

/**
 * Money in and out per calendar month as grouped bars, and spending by
 * category (the top eight, then "Other") as horizontal bars, over the last
 * `months` months; the same figures as tables, read by screen readers and
 * shown to everyone with "Show as table". Waits for the account's data to
 * be readable, then reads every transaction of the period (all pages, a
 * few at a time) and sums them in the browser, in integer minor units.
 * A row counts in the month written in its date, as Mono gave it.
 *
 * @summary Money in and out per month, and spending by category, as charts and tables.
 * @tagname mono-spending-summary
 *
 * @csspart base - The frame around everything.
 * @csspart header - Title, period and the table toggle.
 * @csspart period - The months covered, e.g. "Jun – Nov 2026".
 * @csspart toggle - The "Show as table" button (`aria-pressed`).
 * @csspart totals - Money in, money out and net over the period.
 * @csspart charts - Both charts.
 * @csspart bar-chart - The money in and out chart (an `<svg role="img">`).
 * @csspart category-chart - The spending by category chart (an `<svg role="img">`).
 * @csspart legend - The bar chart's key.
 * @csspart tables - Both tables (visually hidden until the toggle shows them).
 * @csspart table - Each table.
 * @csspart message - The loading, processing, empty, error and failed messages.
 * @csspart notice - Notes: partial data, rows not counted.
 * @csspart retry - The retry button.
 *
 * @cssprop --mono-summary-in - Money-in bars. Default `--mono-credit`.
 * @cssprop --mono-summary-out - Money-out bars. Default `--mono-debit`.
 * @cssprop --mono-summary-category - Category bars. Default `--mono-accent`.
 *
 * @fires mono-summary-loaded - `{ accountId, months, totals }` A summary was computed (again after a live update).
 * @fires mono-error - `{ error, phase: 'fetch' }` The data status or the transactions could not be read (the element shows a retry button).
 */
export class MonoSpendingSummary extends MonoDataElement {
  static override styles = [tokens, spendingSummaryStyles];

  /** How many calendar months, the current one included: 1 to 24. */
  @property({ type: Number }) months = 6;

  /** Last day covered (YYYY-MM-DD); default today. The summary covers `months` calendar months up to this day's. */
  @property() end?: string;

  /** Locale for amounts and month names. Unset: the language around the element, in Nigeria (`en-NG` with no `lang`). */
  @property() locale?: string;

  /** `locale`, else the language around the element in Nigeria (README, Languages). */
  private get intlLocale(): string {
    return this.locale ?? formatLocale(this);
  }

  /** Currency of the summary when the account does not say its own (ISO 4217). Rows in another currency are not counted. */
  @property() currency = 'NGN';

  /** Shows the tables instead of the charts (what the toggle sets). */
  @property({ type: Boolean, reflect: true, attribute: 'show-table' }) showTable = false;

  /** First wait between data-status checks, in ms. */
  @property({ type: Number, attribute: 'poll-interval' }) pollInterval = 1000;

  /** Longest wait between data-status checks, in ms. */
  @property({ type: Number, attribute: 'max-poll-interval' }) maxPollInterval = 15000;

  /** Give up waiting for the bank's data after this long, in ms. */
  @property({ type: Number }) timeout = 300000;

  /** What is shown: loading, processing, ready, empty, error or failed. Reflected; read-only. */
  @property({ reflect: true }) state: SpendingSummaryState = 'loading';

  private readonly dataStatus = new DataStatusController(
    this,
    () => ({ intervalMs: this.pollInterval, maxIntervalMs: this.maxPollInterval, timeoutMs: this.timeout }),
    { onError: (error) => this.emit('mono-error', { error, phase: 'fetch' }) },
  );

  private readonly loader = new SummaryLoader(this, {
    onLoaded: (summary, request) => this.emit('mono-summary-loaded', { accountId: request.accountId, months: summary.months.length, totals: summary.totals }),
    onError: (error) => this.emit('mono-error', { error, phase: 'fetch' }),
  });

  private readonly chartWidth = new ChartWidth(this, () => this.renderRoot.querySelector('[part="charts"]'));

  /** The request of the summary shown or being read, compared field by field so an unchanged one is not read again. */
  private requested?: SummaryRequest;

  /** The figures shown: per month, by category and in total (minor units). Undefined until loaded. */
  get summary(): SpendingSummary | undefined {
    return this.loader.summary;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.sourceChanged(changed)) this.dataStatus.watch(this.accountId, this.resolveFetcher());
    const next = this.nextRequest();
    if (!next) {
      if (this.requested) this.loader.clear();
      this.requested = undefined;
    } else if (!sameRequest(this.requested, next)) {
      this.requested = next;
      this.loader.load(next);
    }
  }

  protected override update(changed: PropertyValues<this>): void {
    this.state = this.computeState();
    super.update(changed);
  }

  /** What to read now, or nothing while there is no account or its data is not readable. */
  private nextRequest(): SummaryRequest | undefined {
    if (!this.accountId || this.dataStatus.phase !== 'readable') return undefined;
    return {
      accountId: this.accountId,
      fetcher: this.resolveFetcher(),
      period: summaryPeriod(clampMonths(this.months), this.end),
      currency: this.dataStatus.account?.currency || this.currency,
    };
  }

  /** Mono says the data changed: the summary is computed again (the old one stays meanwhile), or first the status is checked. */
  protected override onLiveEvent(event: MonoLiveEvent): void {
    const action = liveAction(event, this.dataStatus.phase === 'readable');
    if (action === 'rows') this.loader.reload();
    else if (action === 'status') this.dataStatus.retry();
  }

  /** Reads the data again (what the error state's button does). */
  retry(): void {
    if (this.dataStatus.phase === 'error') this.dataStatus.retry();
    else this.loader.reload();
  }

  private computeState(): SpendingSummaryState {
    const status = this.dataStatus;
    if (status.phase === 'failed') return 'failed';
    if (status.phase === 'error') return 'error';
    if (status.phase !== 'readable') return status.status ? 'processing' : 'loading';
    const summary = this.loader.summary;
    if (summary) return summary.totals.count > 0 ? 'ready' : 'empty';
    return this.loader.phase === 'error' ? 'error' : 'loading';
  }

  /** The error on screen: words for users (the detail went to `mono-error`). */
  private get errorText(): string {
    const error = this.dataStatus.error ?? this.loader.error;
    // fetchAllTransactions' page cap speaks to developers; users can pick a shorter period.
    if (error?.code === 'TOO_MANY_PAGES') return message('tooMany');
    return userMessage(error, message('error'), nearestLang(this));
  }

  private toggleTable(): void {
    this.showTable = !this.showTable;
  }

  private bodyTemplate() {
    const summary = this.loader.summary;
    switch (this.state) {
      case 'failed':
        return messageTemplate(message('failed'));
      case 'processing':
        return messageTemplate(message('processing'), html`<progress aria-label=${message('processingLabel')}></progress>`);
      case 'error':
        return messageTemplate(
          this.errorText,
          html`<button part="retry" class="retry" type="button" @click=${this.retry}>${message('retry')}</button>`,
          true,
        );
      case 'empty':
        return messageTemplate(message('empty', summary!.months.length));
      case 'loading': {
        const progress = this.loader.progress;
        return html`${messageTemplate(
            progress ? message('progress', progress.pages, progress.totalPages) : message('loading'),
            progress?.totalPages
              ? html`<progress aria-hidden="true" value=${progress.pages} max=${progress.totalPages}></progress>`
              : nothing,
          )}
          <div class="skeleton" aria-hidden="true"></div>`;
      }
      case 'ready':
        return readyTemplate({
          summary: summary!,
          width: this.chartWidth.width,
          locale: this.intlLocale,
          showTable: this.showTable,
        });
    }
  }

  override render() {
    useWords(this);
    const summary = this.loader.summary;
    const busy = this.state === 'loading' || this.state === 'processing' || this.loader.phase === 'loading';
    const months = this.requested?.period.months;
    return html`<section part="base" aria-labelledby="title" aria-busy=${busy ? 'true' : 'false'}>
      <div part="header">
        <div>
          <p class="title" id="title">${message('region')}</p>
          ${months ? html`<p part="period">${periodName(months[0]!, months[months.length - 1]!, this.intlLocale)}</p>` : nothing}
        </div>
        ${this.state === 'ready'
          ? html`<button part="toggle" type="button" aria-pressed=${this.showTable ? 'true' : 'false'} @click=${this.toggleTable}>
              ${message('showTable')}
            </button>`
          : nothing}
      </div>
      ${this.state === 'ready' || this.state === 'empty'
        ? notesTemplate({ summary: summary!, skipped: this.loader.skipped, partial: this.dataStatus.status === 'PARTIAL' })
        : nothing}
      <div aria-live="polite" class="visually-hidden">${statusText(this.state, summary?.months.length ?? clampMonths(this.months))}</div>
      ${this.bodyTemplate()}
    </section>`;
  }
}

function sameRequest(a: SummaryRequest | undefined, b: SummaryRequest): boolean {
  return (
    a !== undefined &&
    a.accountId === b.accountId &&
    a.fetcher === b.fetcher &&
    a.currency === b.currency &&
    a.period.start === b.period.start &&
    a.period.end === b.period.end
  );
}
