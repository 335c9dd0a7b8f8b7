import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { MonoDataElement } from '../shared/data-element.js';
import type { DataStatus } from '../../core/fetcher/types.js';
import { localize } from '../../core/i18n/localize.js';
import { nearestLang } from '../../core/i18n/nearest-lang.js';
import { accountStatusTable } from './account-status.messages.js';
import { userMessage } from '../../core/format/user-message.js';
import { tokens } from '../shared/shared-styles.js';
import { DataStatusController } from '../shared/data-status-controller.js';
import { changesData } from '../../core/live/changes-data.js';
import type { MonoLiveEvent } from '../../core/live/live-event.js';
import { accountStatusStyles } from './account-status.styles.js';

/**
 * Shows whether a linked account's data can be read yet (Mono's step 4),
 * checking again with back-off until it can: data elements wait for this.
 * Pauses while the page is hidden; stops when removed.
 *
 * @summary Waits for an account's data to be ready.
 * @tagname mono-account-status
 *
 * @csspart base - The status pill.
 * @csspart indicator - The coloured dot (pulses while waiting).
 * @csspart label - The status text.
 * @csspart retry - The retry button, after an error or timeout.
 *
 * @cssprop --mono-accent - Colour of the waiting indicator.
 * @cssprop --mono-credit - Colour for AVAILABLE.
 * @cssprop --mono-warning - Colour for PARTIAL.
 * @cssprop --mono-debit - Colour for FAILED and errors.
 * @cssprop --mono-surface - Background.
 * @cssprop --mono-text - Text colour.
 * @cssprop --mono-border - Border colour.
 *
 * @fires mono-status-change - `{ status, previous }` The normalised data status changed.
 * @fires mono-error - `{ error, phase: 'fetch' }` Checking failed, or the data was not ready in time.
 */
export class MonoAccountStatus extends MonoDataElement {
  static override styles = [tokens, accountStatusStyles];

  /** The normalised data status (AVAILABLE, PARTIAL, PROCESSING, UNAVAILABLE, FAILED, UNKNOWN), reflected. */
  @property({ reflect: true }) status?: DataStatus;

  /** First wait between checks, in ms; doubles each time. */
  @property({ type: Number, attribute: 'poll-interval' }) pollInterval = 1000;

  /** Longest wait between checks, in ms. */
  @property({ type: Number, attribute: 'max-poll-interval' }) maxPollInterval = 15000;

  /** Give up (with a retry button) after waiting this long, in ms. */
  @property({ type: Number }) timeout = 300000;

  private readonly dataStatus = new DataStatusController(
    this,
    () => ({ intervalMs: this.pollInterval, maxIntervalMs: this.maxPollInterval, timeoutMs: this.timeout }),
    {
      onStatus: (status, previous) => {
        this.status = status;
        this.emit('mono-status-change', { status, previous });
      },
      onError: (error) => this.emit('mono-error', { error, phase: 'fetch' }),
    },
  );

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.sourceChanged(changed)) {
      if (changed.has('accountId')) this.status = undefined;
      this.dataStatus.watch(this.accountId, this.resolveFetcher());
    }
  }

  /** Mono says the data changed: check at once instead of at the next poll. */
  protected override onLiveEvent(event: MonoLiveEvent): void {
    if (changesData(event)) this.dataStatus.retry();
  }

  /** Checks again now, after an error or a timeout. */
  retry(): void {
    this.dataStatus.retry();
  }

  override render() {
    const { phase, error, status } = this.dataStatus;
    const waiting = phase === 'checking' || phase === 'waiting';
    const m = localize(this, accountStatusTable);
    const label = phase === 'error' ? userMessage(error, m.checkFailed, nearestLang(this)) : status ? m[status] : this.accountId ? m.UNKNOWN : m.noAccount;
    return html`<div part="base" class=${phase === 'error' ? 'error' : waiting && status !== 'AVAILABLE' ? 'waiting' : ''} role="status">
      <span part="indicator" aria-hidden="true"></span>
      <span part="label">${label}</span>
      ${phase === 'error' ? html`<button part="retry" class="retry" @click=${this.retry}>${m.retry}</button>` : nothing}
    </div>`;
  }
}
