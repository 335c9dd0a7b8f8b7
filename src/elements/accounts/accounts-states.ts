import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { MonoFetcher } from '../../core/fetcher/types.js';
import { matchInstitution } from './account-format.js';
import type { AccountListModel } from './account-list.js';
import { accountName, accountRowTemplate, unreadableRowTemplate } from './account-row.js';
import type { AccountsMessages } from './accounts.messages.js';
import type { RefreshController } from './refresh-state.js';

/*
 * What the list shows in each state: each looks different, and each says
 * in words what is going on.
 */

/** The host's "add account" button: in the empty state, and below the list. */
export const addSlotTemplate = () => html`<div part="add" class="add"><slot name="add"></slot></div>`;

export const loadingTemplate = (text: AccountsMessages) =>
  html`<div part="skeleton" class="skeleton" aria-busy="true">
    <p class="visually-hidden">${text.loading}</p>
    ${[0, 1].map(() => html`<div class="placeholder" aria-hidden="true"><span></span><span></span><span></span></div>`)}
  </div>`;

/** `retry` is left out when trying again cannot help (a fetcher without `listAccounts`). */
export const errorTemplate = (text: AccountsMessages, retry: (() => void) | undefined) =>
  html`<div part="error" class="message" role="alert">
    <p>${text.loadFailed}</p>
    ${retry ? html`<button part="retry" type="button" class="action retry" @click=${retry}>${text.retry}</button>` : nothing}
  </div>`;

/** Its title takes focus when the last account is disconnected (tabindex -1: not a tab stop). */
export const emptyTemplate = (text: AccountsMessages) =>
  html`<div part="empty" class="message">
      <p class="empty-title" tabindex="-1">${text.emptyTitle}</p>
      <p>${text.emptyText}</p>
    </div>
    ${addSlotTemplate()}`;

/** What the `ready` state needs from the element. */
export interface ListView {
  text: AccountsMessages;
  locale: string;
  now: number;
  selected?: string;
  refreshes: RefreshController;
  publicKey?: string;
  fetcher?: MonoFetcher;
  select(accountId: string): void;
  disconnect(accountId: string, label: string, trigger: HTMLElement): void;
  reconnected(accountId: string): void;
}

/** `ready`: the accounts (keyed, so focus stays on its row), then the ones that could not be read, then the add slot. */
export function listTemplate(list: AccountListModel, view: ListView) {
  const { text, refreshes } = view;
  return html`<ul part="list" class="list" role="list" aria-label=${text.listLabel}>
      ${repeat(
        list.accounts,
        (account) => account.id,
        (account, index) => {
          const institution = matchInstitution(list.institutions, account.institution?.name);
          const label = accountName(account, text);
          return accountRowTemplate(account, {
            text,
            locale: view.locale,
            now: view.now,
            index,
            selected: account.id === view.selected,
            institution,
            logoBroken: !!institution?.icon && list.brokenLogos.has(institution.icon),
            refresh: refreshes.phase(account.id),
            secondsLeft: refreshes.secondsLeft(account.id),
            needsReconnect: account.dataStatus === 'FAILED' || list.reauth.has(account.id),
            reauthRequired: list.reauth.has(account.id),
            notice: list.notices.get(account.id),
            publicKey: view.publicKey,
            fetcher: view.fetcher,
            onSelect: () => view.select(account.id),
            onRefresh: () => void refreshes.refresh(account.id),
            onDisconnect: (trigger) => view.disconnect(account.id, label, trigger),
            onReconnected: () => view.reconnected(account.id),
            onLogoError: () => list.logoFailed(institution!.icon!),
          });
        },
      )}
      ${repeat(
        list.unreadable,
        (item, index) => item.id || `unreadable-${index}`,
        (item) => unreadableRowTemplate(item, text, (trigger) => view.disconnect(item.id, text.unreadableLabel, trigger)),
      )}
    </ul>
    ${addSlotTemplate()}`;
}
