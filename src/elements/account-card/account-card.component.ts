import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { changesData } from '../../core/live/changes-data.js';
import type { MonoLiveEvent } from '../../core/live/live-event.js';
import { MonoDataElement } from '../shared/data-element.js';
import { toErrorInfo } from '../../core/error-info.js';
import { isAbortError } from '../../core/fetcher/errors.js';
import type { Account } from '../../core/fetcher/types.js';
import { formatMoney } from '../../core/format/money.js';
import { humanise, maskAccountNumber } from '../../core/format/text.js';
import { userMessage } from '../../core/format/user-message.js';
import { tokens } from '../shared/shared-styles.js';
import { accountCardStyles } from './account-card.styles.js';
import { localize } from '../../core/i18n/localize.js';
import { nearestLang } from '../../core/i18n/nearest-lang.js';
import { formatLocale } from '../../core/i18n/format-locale.js';
import { accountCardTable, type accountCardMessages } from './account-card.messages.js';

/**
 * A linked account at a glance: bank, account name, masked number, type and
 * balance (minor units, formatted with `Intl` in `locale`, else in the
 * language around it: see README, Languages). Shows what Mono
 * sent: a missing bank, name or number is left out, a missing balance reads
 * "Balance unavailable", and fields sent in a form it cannot read are named
 * in `mono-error` (code `ACCOUNT_FIELDS_UNREADABLE`) and the console.
 *
 * @summary Shows a linked account.
 * @tagname mono-account-card
 *
 * @csspart base - The card.
 * @csspart institution - The bank's name.
 * @csspart name - The account holder's name.
 * @csspart details - Account type and masked number.
 * @csspart balance - The balance.
 * @csspart status - The note shown when the data status is not AVAILABLE.
 * @csspart retry - The retry button, after an error.
 *
 * @cssprop --mono-surface - Background.
 * @cssprop --mono-text - Text colour.
 * @cssprop --mono-muted - Secondary text.
 * @cssprop --mono-border - Border colour.
 * @cssprop --mono-warning - The status note.
 * @cssprop --mono-radius - Corner radius.
 * @cssprop --mono-font-family - Font.
 *
 * @fires mono-error - `{ error, phase: 'fetch' }` The account could not be loaded, or some of its fields could not be read.
 */
export class MonoAccountCard extends MonoDataElement {
  static override styles = [tokens, accountCardStyles];

  /** Locale for the balance. Unset: the language around the element, in Nigeria (`en-NG` with no `lang`, `fr-NG` for `fr`). */
  @property() locale?: string;

  private readonly accountTask = new Task(this, {
    task: async ([accountId, fetcher], { signal }) => (accountId ? fetcher.getAccount(accountId, { signal }) : undefined),
    args: () => [this.accountId, this.resolveFetcher()] as const,
    onComplete: (account) => {
      if (account?.unreadable) this.reportUnreadable(account.unreadable);
    },
    onError: (error) => {
      if (!isAbortError(error)) this.emit('mono-error', { error: toErrorInfo(error, 'FETCH_FAILED'), phase: 'fetch' });
    },
  });

  /** Mono says the account changed (data ready, re-authorised, synced): read it again. */
  protected override onLiveEvent(event: MonoLiveEvent): void {
    if (changesData(event)) this.retry();
  }

  /** Loads the account again. */
  retry(): void {
    void this.accountTask.run();
  }

  /** Fields the card goes without: developers hear which (paths, never values); users see what is left. */
  private reportUnreadable(fields: string[]): void {
    const message = `Some account fields could not be read and are not shown: ${fields.join('; ')}.`;
    console.warn(`<mono-account-card> ${message}`);
    this.emit('mono-error', { error: { code: 'ACCOUNT_FIELDS_UNREADABLE', message }, phase: 'fetch' });
  }

  private cardTemplate(account: Account, m: typeof accountCardMessages) {
    const note = account.dataStatus === 'AVAILABLE' ? undefined : m[account.dataStatus];
    const bank = account.institution?.name;
    const details = [
      account.type ? humanise(account.type) : undefined,
      account.lastFour ? html`<span aria-label=${m.endingIn(account.lastFour)}>${maskAccountNumber(account.lastFour)}</span>` : undefined,
    ].filter((part) => part !== undefined);
    // Whatever Mono sent is shown; a missing field is left out, or named
    // when leaving it out would mislead (a balance is never just absent).
    return html`<article part="base" aria-label=${bank ? m.bankAccount(bank) : m.anyBankAccount}>
      ${bank ? html`<p part="institution">${bank}</p>` : nothing}
      ${account.name ? html`<p part="name">${account.name}</p>` : nothing}
      ${details.length ? html`<p part="details">${details.map((part, index) => (index ? html` · ${part}` : part))}</p>` : nothing}
      <p part="balance">
        ${account.balance === undefined
          ? html`<span class="unavailable">${m.balanceUnavailable}</span>`
          : html`<span class="visually-hidden">${m.balance} </span>${formatMoney(account.balance, account.currency, this.locale ?? formatLocale(this))}`}
      </p>
      ${note ? html`<p part="status">${note}</p>` : nothing}
    </article>`;
  }

  override render() {
    const m = localize(this, accountCardTable);
    if (this.accountTask.status === TaskStatus.ERROR) {
      const error = toErrorInfo(this.accountTask.error, 'FETCH_FAILED');
      return html`<div part="base" class="error" role="alert">
        <p>${userMessage(error, m.loadFailed, nearestLang(this))}</p>
        <button part="retry" class="retry" @click=${this.retry}>${m.retry}</button>
      </div>`;
    }
    const account = this.accountTask.value;
    if (this.accountTask.status !== TaskStatus.COMPLETE || !account) {
      return html`<div part="base" class="skeleton" aria-busy="true" aria-label=${m.loading}>
        <span style="width:40%"></span><span style="width:70%"></span><span style="width:55%"></span><span style="width:45%;height:1.5rem"></span>
      </div>`;
    }
    return this.cardTemplate(account, m);
  }
}
