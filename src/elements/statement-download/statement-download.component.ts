import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { toErrorInfo } from '../../core/error-info.js';
import { isAbortError } from '../../core/fetcher/errors.js';
import type { StatementPeriod } from '../../core/fetcher/types.js';
import type { MonoLiveEvent } from '../../core/live/live-event.js';
import { sleep } from '../../core/sleep.js';
import { userMessage } from '../../core/format/user-message.js';
import { nearestLang } from '../../core/i18n/nearest-lang.js';
import type { MonoErrorInfo } from '../../events/mono-error.js';
import { MonoDataElement } from '../shared/data-element.js';
import { tokens } from '../shared/shared-styles.js';
import { downloadable, monthList, monthsOf } from './statement-inputs.js';
import { prepareStatement, type StatementStep } from './statement-flow.js';
import { statementMessage } from './statement-download.messages.js';
import { statementDownloadStyles } from './statement-download.styles.js';

export type StatementDownloadState = 'idle' | 'preparing' | 'slow' | 'ready' | 'error' | 'failed';

/**
 * A bank statement as PDF. The user picks a period and asks; the element
 * waits until Mono has the account's data, has Mono build the PDF (a job it
 * polls with backoff, through the fetcher), says so while it works, offers
 * to keep waiting or cancel when it takes long, then shows a download link
 * (and, unless `manual` is set, starts the download once by itself when the
 * browser allows it: a link the user activates always works, an automatic
 * download after a wait may be blocked). The current state is reflected in
 * `state`: `idle`, `preparing`, `slow`, `ready`, `error` (with a retry), or
 * `failed` (Mono could not build it).
 *
 * @summary Prepares and downloads a PDF bank statement.
 * @tagname mono-statement-download
 *
 * @csspart base - The wrapper.
 * @csspart label - The period picker's label.
 * @csspart period - The period picker (a native select).
 * @csspart button - The button that starts preparing the statement.
 * @csspart message - The status line (a live region).
 * @csspart progress - The progress bar while the statement is prepared.
 * @csspart cancel - The cancel button while preparing.
 * @csspart keep-waiting - The "keep waiting" button once it takes long.
 * @csspart link - The download link once the PDF is ready.
 * @csspart retry - The retry button after an error or failure.
 *
 * @cssprop --mono-accent - The primary button, link and focus ring.
 * @cssprop --mono-surface - Background.
 * @cssprop --mono-text - Text colour.
 * @cssprop --mono-muted - Secondary text.
 * @cssprop --mono-border - Border colour.
 * @cssprop --mono-warning - The "taking long" and failure notes.
 * @cssprop --mono-radius - Corner radius.
 * @cssprop --mono-font-family - Font.
 *
 * @fires mono-statement-ready - `{ accountId, period, url }` The PDF is built and the download is offered.
 * @fires mono-error - `{ error, phase: 'statement' }` The statement could not be prepared, or Mono could not build it.
 */
export class MonoStatementDownload extends MonoDataElement {
  static override styles = [tokens, statementDownloadStyles];

  /** The period preselected in the picker, `last1months` … `last12months`. */
  @property() period: StatementPeriod = 'last6months';

  /** The months the picker offers, e.g. `"1 3 6 12"` (the preselected period is always offered). */
  @property({ converter: monthList }) periods: number[] = [1, 3, 6, 12];

  /** First wait between polls of Mono's job, in ms; later waits grow (backoff). */
  @property({ type: Number, attribute: 'poll-interval' }) pollInterval = 1000;

  /** After this many ms the element says it is taking long and offers to keep waiting or cancel. */
  @property({ type: Number, attribute: 'slow-after' }) slowAfter = 45_000;

  /** Only show the download link: never start the download by itself. */
  @property({ type: Boolean, reflect: true }) manual = false;

  /** Where it stands (reflected; read-only). */
  @property({ reflect: true }) state: StatementDownloadState = 'idle';

  @state() private step: StatementStep = 'data';
  @state() private url?: string;
  /** The period the offered PDF covers (the picker may show another by now). */
  private readyPeriod?: StatementPeriod;
  @state() private error?: MonoErrorInfo;
  @state() private failure: 'data' | 'job' = 'job';
  @state() private notice = '';

  private run?: AbortController;
  private slowTimer?: ReturnType<typeof setTimeout>;
  /** The job a failed poll leaves behind: Retry polls it again rather than building another. */
  private resumable?: { jobId: string; accountId: string; period: StatementPeriod };
  /** The part to focus after the next render, when focus was inside the element. */
  private focusNext?: string;
  /** Ends the current wait between polls at once. */
  private wake?: () => void;

  /** The wait between polls, cut short by `wake`: polling stays the fallback when no events come. */
  private readonly nap = (ms: number, signal: AbortSignal): Promise<void> => {
    const early = new AbortController();
    this.wake = () => early.abort();
    return sleep(ms, AbortSignal.any([signal, early.signal]))
      .catch((error: unknown) => {
        if (signal.aborted) throw error;
      })
      .finally(() => (this.wake = undefined));
  };

  /** Mono says the statement job (its id is the first part of ours) or the account's data moved: ask now. */
  protected override onLiveEvent(event: MonoLiveEvent): void {
    if (this.state !== 'preparing' && this.state !== 'slow') return;
    const job = this.resumable?.jobId.split('.')[0];
    if ((event.type === 'job' && event.jobId === job) || (event.type === 'account_updated' && this.step === 'data')) this.wake?.();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stop();
    if (this.state === 'preparing' || this.state === 'slow') this.state = 'idle';
  }

  protected override willUpdate(changed: PropertyValues): void {
    // Another account or fetcher: whatever was prepared belongs to the old one;
    // another period set from outside: the offered PDF is not for it.
    if (!this.hasUpdated) return;
    if (this.sourceChanged(changed)) this.reset();
    else if (changed.has('period') && this.readyPeriod && this.selectedPeriod !== this.readyPeriod) this.reset();
  }

  protected override updated(): void {
    if (!this.focusNext) return;
    const target = this.renderRoot.querySelector<HTMLElement>(`[part~='${this.focusNext}']`);
    this.focusNext = undefined;
    target?.focus();
  }

  private get selectedPeriod(): StatementPeriod {
    return monthsOf(this.period) ? this.period : 'last6months';
  }

  /** Moves focus to `part` after the render, but only if the user was working in this element. */
  private moveFocus(part: string): void {
    if (this.matches(':focus-within')) this.focusNext = part;
  }

  private stop(): void {
    this.run?.abort();
    this.run = undefined;
    clearTimeout(this.slowTimer);
  }

  private reset(): void {
    this.stop();
    this.resumable = undefined;
    this.url = undefined;
    this.readyPeriod = undefined;
    this.error = undefined;
    this.notice = '';
    this.state = 'idle';
  }

  private armSlowTimer(run: AbortController): void {
    clearTimeout(this.slowTimer);
    this.slowTimer = setTimeout(() => {
      if (this.run === run) this.state = 'slow';
    }, this.slowAfter);
  }

  /** Starts preparing the statement for the chosen period (what the button does). */
  async start(): Promise<void> {
    const accountId = this.accountId;
    if (!accountId) return;
    const period = this.selectedPeriod;
    const resume = this.resumable?.accountId === accountId && this.resumable.period === period ? this.resumable.jobId : undefined;
    this.stop();
    const run = (this.run = new AbortController());
    Object.assign(this, { state: 'preparing', url: undefined, readyPeriod: undefined, error: undefined, notice: '', step: resume ? 'building' : 'data' });
    this.moveFocus('cancel');
    this.armSlowTimer(run);
    try {
      const outcome = await prepareStatement(this.resolveFetcher(), accountId, period, {
        signal: run.signal,
        pollMs: this.pollInterval,
        resumeJobId: resume,
        nap: this.nap,
        onStep: (step) => void (this.step = step),
        onJob: (jobId) => void (this.resumable = { jobId, accountId, period }),
      });
      if (this.run !== run) return;
      this.stop();
      this.resumable = undefined;
      if (outcome.status === 'failed') {
        Object.assign(this, { state: 'failed', failure: outcome.reason });
        this.moveFocus('retry');
        const message = outcome.reason === 'data' ? 'The account’s data status is FAILED: Mono has no data to build a statement from.' : 'Mono could not build the statement.';
        this.emit('mono-error', { error: { code: outcome.reason === 'data' ? 'DATA_FAILED' : 'STATEMENT_FAILED', message }, phase: 'statement' });
        return;
      }
      Object.assign(this, { state: 'ready', url: outcome.url, readyPeriod: period });
      this.moveFocus('link');
      this.emit('mono-statement-ready', { accountId, period, url: outcome.url });
      await this.updateComplete;
      this.tryDownload();
    } catch (error) {
      if (this.run !== run || isAbortError(error) || run.signal.aborted) return;
      this.stop();
      const info = toErrorInfo(error, 'STATEMENT_ERROR');
      Object.assign(this, { state: 'error', error: info });
      this.moveFocus('retry');
      this.emit('mono-error', { error: info, phase: 'statement' });
    }
  }

  /** Stops preparing; nothing is downloaded. */
  cancel(): void {
    if (this.state !== 'preparing' && this.state !== 'slow') return;
    this.stop();
    Object.assign(this, { state: 'idle', notice: statementMessage(this, 'cancelled') });
    this.moveFocus('button');
  }

  private keepWaiting(): void {
    if (this.state !== 'slow' || !this.run) return;
    this.state = 'preparing';
    this.moveFocus('cancel');
    this.armSlowTimer(this.run);
  }

  /** Once, by itself, where `<a download>` saves rather than navigates; the link stays either way. */
  private tryDownload(): void {
    if (this.manual || !this.url || !downloadable(this.url)) return;
    this.renderRoot.querySelector<HTMLAnchorElement>("[part~='link']")?.click();
  }

  private onPeriodChange(event: Event): void {
    const months = monthsOf((event.target as HTMLSelectElement).value);
    if (!months) return;
    this.period = `last${months}months` as StatementPeriod;
    // A statement for another period is not the one on offer.
    if (this.state === 'ready' || this.state === 'failed' || this.state === 'error') this.reset();
  }

  private statusTemplate() {
    const busy = this.state === 'preparing' || this.state === 'slow';
    if (busy) {
      return html`<progress part="progress" aria-label=${statementMessage(this, 'progressLabel')}></progress>
        <div class="actions">
          ${this.state === 'slow'
            ? html`<button part="keep-waiting" class="primary" @click=${this.keepWaiting}>${statementMessage(this, 'keepWaiting')}</button>`
            : nothing}
          <button part="cancel" @click=${this.cancel}>${statementMessage(this, 'cancel')}</button>
        </div>`;
    }
    if (this.state === 'ready' && this.url) {
      const external = !downloadable(this.url);
      return html`<div class="actions">
        <a part="link" class="link" href=${this.url} download=${statementMessage(this, 'fileName', this.readyPeriod ?? this.selectedPeriod)}
          target=${external ? '_blank' : nothing} rel=${external ? 'noopener noreferrer' : nothing}>${statementMessage(this, 'save')}</a>
      </div>`;
    }
    if (this.state === 'error' || this.state === 'failed') {
      return html`<div class="actions"><button part="retry" class="retry" @click=${this.start}>${statementMessage(this, 'retry')}</button></div>`;
    }
    return nothing;
  }

  private message(): string {
    switch (this.state) {
      case 'preparing':
        return statementMessage(this, this.step === 'data' ? 'waitingForData' : 'building');
      case 'slow':
        return `${statementMessage(this, this.step === 'data' ? 'waitingForData' : 'building')} ${statementMessage(this, 'slow')}`;
      case 'ready':
        return statementMessage(this, 'ready');
      case 'failed':
        return statementMessage(this, this.failure === 'data' ? 'dataFailed' : 'failed');
      case 'error':
        return this.error?.code === 'NOT_SUPPORTED' ? statementMessage(this, 'notSupported') : userMessage(this.error, statementMessage(this, 'error'), nearestLang(this));
      default:
        return this.notice;
    }
  }

  override render() {
    const busy = this.state === 'preparing' || this.state === 'slow';
    const period = this.selectedPeriod;
    const months = [...new Set([...this.periods, monthsOf(period)!])].sort((a, b) => a - b);
    return html`<div part="base" class="base" aria-busy=${busy ? 'true' : 'false'}>
      <div class="form">
        <label part="label" for="period">${statementMessage(this, 'periodLabel')}</label>
        <div class="row">
          <select id="period" part="period" ?disabled=${busy} @change=${this.onPeriodChange}>
            ${months.map((n) => html`<option value=${`last${n}months`} ?selected=${`last${n}months` === period}>${statementMessage(this, 'periodOption', n)}</option>`)}
          </select>
          <button part="button" class=${this.state === 'ready' ? '' : 'primary'} ?disabled=${busy || !this.accountId} @click=${this.start}>${statementMessage(this, 'download')}</button>
        </div>
      </div>
      <p part="message" role="status" class=${this.state === 'slow' || this.state === 'failed' || this.state === 'error' ? 'message warn' : 'message'}>${this.message()}</p>
      ${this.statusTemplate()}
    </div>`;
  }
}
