import { html, nothing } from 'lit';
import type { Account, InstitutionOption, MonoFetcher, UnreadableAccount } from '../../core/fetcher/types.js';
import { formatMoney } from '../../core/format/money.js';
import { clock, duration, timeAgo } from './account-format.js';
import type { AccountsMessages } from './accounts.messages.js';
import type { RefreshPhase } from './refresh-state.js';

/** What one row needs from the list: its state, and what its controls do. */
export interface RowContext {
  text: AccountsMessages;
  locale: string;
  now: number;
  index: number;
  selected: boolean;
  institution?: InstitutionOption;
  logoBroken: boolean;
  refresh: RefreshPhase;
  secondsLeft: number;
  /** Offer Reconnect: the data FAILED, or the bank wants the user back. */
  needsReconnect: boolean;
  /** The bank wants the user back (said in words; FAILED is said by the status). */
  reauthRequired: boolean;
  /** A sentence for this row alone, e.g. why its refresh failed. */
  notice?: string;
  publicKey?: string;
  fetcher?: MonoFetcher;
  onSelect(): void;
  onRefresh(): void;
  onDisconnect(trigger: HTMLElement): void;
  onReconnected(): void;
  onLogoError(): void;
}

/** How a row's controls name the account for a screen reader: "GTBank ending 1234". */
export const accountName = (account: Account, text: AccountsMessages): string => text.accountLabel(account.institution?.name, account.lastFour);

function logoTemplate(bank: string | undefined, institution: InstitutionOption | undefined, broken: boolean, onError: () => void) {
  const icon = institution?.icon;
  if (icon && !broken) return html`<img part="logo" class="logo" src=${icon} alt="" width="40" height="40" loading="lazy" @error=${onError} />`;
  // A colour from the backend, and only a colour: anything else (a url()) is not applied.
  const color = institution?.color && globalThis.CSS?.supports('color', institution.color) ? `border-color: ${institution.color}` : '';
  return html`<span part="logo" class="logo initial" style=${color} aria-hidden="true">${(bank ?? '?').charAt(0).toUpperCase()}</span>`;
}

/** The extra words that tell one row's "Refresh" from the next row's, for screen readers only. */
const which = (label: string) => html`<span class="visually-hidden"> ${label}</span>`;

function refreshTemplate(context: RowContext, label: string) {
  const { text, refresh, secondsLeft, index } = context;
  const cooling = refresh === 'cooling';
  const busy = refresh === 'sending' || refresh === 'processing';
  // aria-disabled, not disabled: the button keeps focus after a click, and stays findable with its time left.
  return html`<button
      part="refresh"
      type="button"
      class="action"
      aria-disabled=${cooling || busy ? 'true' : 'false'}
      aria-describedby=${cooling ? `cooldown-${index}` : nothing}
      @click=${context.onRefresh}
    >
      ${busy ? text.refreshing : text.refresh}${which(label)}
    </button>
    ${cooling
      ? html`<span part="cooldown" class="cooldown" id="cooldown-${index}"
          ><span aria-hidden="true">${text.cooldown(clock(secondsLeft))}</span
          ><span class="visually-hidden">${text.cooldownDescription(duration(secondsLeft, context.locale))}</span></span
        >`
      : nothing}`;
}

/** One linked account: its main area selects it; its actions reconnect, refresh or disconnect it. */
export function accountRowTemplate(account: Account, context: RowContext) {
  const { text, locale } = context;
  const bank = account.institution?.name;
  const label = accountName(account, text);
  const updated = account.updatedAt ? timeAgo(account.updatedAt, locale, context.now) : undefined;
  return html`<li part="account" class="account" data-status=${account.dataStatus} ?data-selected=${context.selected}>
    <button part="main" type="button" class="main" aria-current=${context.selected ? 'true' : 'false'} @click=${context.onSelect}>
      ${logoTemplate(bank, context.institution, context.logoBroken, context.onLogoError)}
      <span class="summary">
        <span part="bank" class="bank">${bank ?? text.accountLabel(undefined, undefined)}</span>
        ${account.name ? html`<span part="name" class="name">${account.name}</span>` : nothing}
        ${account.lastFour
          ? html`<span part="number" class="number"
              ><span aria-hidden="true">•••• ${account.lastFour}</span><span class="visually-hidden">${text.endingIn(account.lastFour)}</span></span
            >`
          : nothing}
      </span>
      <span part="balance" class="balance">
        ${account.balance === undefined
          ? html`<span class="unavailable">${text.balanceUnavailable}</span>`
          : html`<span class="visually-hidden">${text.balance}: </span>${formatMoney(account.balance, account.currency, locale)}`}
      </span>
    </button>
    <p part="status" class="status">
      <span class="dot" aria-hidden="true"></span><span>${text.status(account.dataStatus)}</span>
      ${updated ? html`<span aria-hidden="true"> · </span><time datetime=${account.updatedAt!}>${text.updated(updated)}</time>` : nothing}
    </p>
    ${context.refresh === 'processing' ? html`<progress part="progress" aria-label=${text.refreshStarted(label)}></progress>` : nothing}
    ${context.reauthRequired ? html`<p part="notice" class="notice">${text.reauthNeeded}</p>` : nothing}
    ${context.notice ? html`<p part="notice" class="notice" role="alert">${context.notice}</p>` : nothing}
    <div part="actions" class="actions">
      ${context.needsReconnect
        ? html`<mono-link-button
            part="reconnect"
            class="reconnect"
            account-id=${account.id}
            public-key=${context.publicKey ?? nothing}
            .fetcher=${context.fetcher}
            exchange
            @mono-success=${context.onReconnected}
            >${text.reconnect}${which(label)}</mono-link-button
          >`
        : refreshTemplate(context, label)}
      <button
        part="disconnect"
        type="button"
        class="action danger"
        @click=${(event: Event) => context.onDisconnect(event.currentTarget as HTMLElement)}
      >
        ${text.disconnect}${which(label)}
      </button>
    </div>
  </li>`;
}

/** An account the backend listed but could not read: said so, and still removable. */
export function unreadableRowTemplate(item: UnreadableAccount, text: AccountsMessages, onDisconnect: (trigger: HTMLElement) => void) {
  return html`<li part="account unreadable" class="account unreadable">
    <div class="main static">
      <span part="logo" class="logo initial" aria-hidden="true">?</span>
      <span class="summary"><span part="bank" class="bank">${text.unreadableLabel}</span><span class="name">${text.unreadable}</span></span>
    </div>
    ${item.id
      ? html`<div part="actions" class="actions">
          <button part="disconnect" type="button" class="action danger" @click=${(event: Event) => onDisconnect(event.currentTarget as HTMLElement)}>
            ${text.disconnect}${which(text.unreadableLabel)}
          </button>
        </div>`
      : nothing}
  </li>`;
}
