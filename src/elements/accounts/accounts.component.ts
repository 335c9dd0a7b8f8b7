import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { MonoDataElement } from '../shared/data-element.js';
import { tokens } from '../shared/shared-styles.js';
import { toErrorInfo } from '../../core/error-info.js';
import { MonoFetchError, isAbortError } from '../../core/fetcher/errors.js';
import type { Account, AccountList, InstitutionOption, MonoFetcher, UnreadableAccount } from '../../core/fetcher/types.js';
import { changesData } from '../../core/live/changes-data.js';
import type { MonoLiveEvent } from '../../core/live/live-event.js';
import type { MonoLinkedDetail } from '../../events/mono-linked.js';
import { needsReauth } from '../reauth-prompt/needs-reauth.js';
import { matchInstitution, duration } from './account-format.js';
import { accountName, accountRowTemplate, unreadableRowTemplate } from './account-row.js';
import { AccountsLiveController } from './accounts-live.js';
import { accountsText, type AccountsMessages } from './accounts.messages.js';
import { accountsStyles } from './accounts.styles.js';
import { DisconnectDialog, type DisconnectTarget } from './confirm-dialog.js';
import { RefreshController } from './refresh-state.js';

export type AccountsState = 'loading' | 'ready' | 'empty' | 'error';

/**
 * The signed-in user's linked bank accounts (`GET {endpoint}/accounts`
 * through the fetcher's `listAccounts()`): bank, account name, masked
 * number, balance, data status and when it was updated. Each account can be
 * chosen (`mono-account-select`), refreshed (Mono's real-time data, billed
 * per call: the button waits out the backend's cool-down, showing the time
 * left), reconnected when the bank wants the user to sign in again, and
 * disconnected after a confirm dialog. An account unlinked elsewhere on the
 * page (or by a live `account_unlinked` event) leaves the list; a newly
 * linked one (`mono-linked`) joins it. Needs `<mono-link-button>` for
 * Reconnect (its entry defines it).
 *
 * @summary A user's linked accounts, with refresh, reconnect and disconnect.
 * @tagname mono-accounts
 *
 * @slot add - Your "add account" button (e.g. a `<mono-link-button exchange>`), shown in the empty state and below the list.
 *
 * @csspart base - The wrapper around everything.
 * @csspart list - The list of accounts.
 * @csspart account - One account (also `unreadable`, for one the backend could not read).
 * @csspart unreadable - An account the backend listed but could not read.
 * @csspart main - The account's main area, a button that selects it.
 * @csspart logo - The bank's logo, or its initial.
 * @csspart bank - The bank's name.
 * @csspart name - The account holder's name.
 * @csspart number - The masked account number (last 4 digits).
 * @csspart balance - The balance.
 * @csspart status - The data status and when the account was updated.
 * @csspart progress - The progress bar while a refresh runs at the bank.
 * @csspart notice - A sentence about one account (re-authorisation needed, a refresh that failed).
 * @csspart actions - The account's buttons.
 * @csspart refresh - The Refresh button.
 * @csspart cooldown - The time left before Refresh works again.
 * @csspart reconnect - The `<mono-link-button>` that re-authorises the account.
 * @csspart disconnect - The Disconnect button.
 * @csspart dialog - The confirm dialog.
 * @csspart dialog-title - The dialog's question.
 * @csspart dialog-error - Why a disconnect failed, inside the dialog.
 * @csspart confirm - The dialog's Disconnect button.
 * @csspart skeleton - Placeholder rows while loading.
 * @csspart empty - The empty state.
 * @csspart error - The error message and its retry button.
 * @csspart retry - The retry button.
 * @csspart add - The wrapper around the `add` slot.
 * @csspart announcer - The polite live region (visually hidden).
 *
 * @cssprop --mono-accent - Focus ring, the selected account's edge, progress.
 * @cssprop --mono-surface - Background.
 * @cssprop --mono-text - Text colour.
 * @cssprop --mono-muted - Secondary text.
 * @cssprop --mono-border - Borders.
 * @cssprop --mono-credit - Status dot when the data is up to date.
 * @cssprop --mono-debit - Disconnect, and the status dot when the data failed.
 * @cssprop --mono-warning - Notices and the status dot while waiting.
 * @cssprop --mono-skeleton - Placeholders, and behind a bank's initial.
 * @cssprop --mono-radius - Corner radius.
 * @cssprop --mono-font-family - Font.
 *
 * @fires mono-account-select - `{ accountId }` The user chose an account.
 * @fires mono-refreshed - `{ accountId, status, jobId? }` A refresh was answered (`finished` or `processing`), and again with `finished` when a processing one has brought the new data.
 * @fires mono-unlinked - `{ accountId }` The user disconnected an account and the backend unlinked it.
 * @fires mono-error - `{ error, phase: 'fetch' }` The list could not be loaded, an account could not be read, refreshed or disconnected.
 * @fires mono-success - `{ code, data }` From a Reconnect button: the user finished re-authorising.
 * @fires mono-linked - `{ accountId, code }` From a Reconnect button: the backend took the re-authorisation's code.
 */
export class MonoAccounts extends MonoDataElement {
  static override styles = [tokens, accountsStyles];

  /** Where the list stands, reflected: `loading`, `ready`, `empty` (no accounts linked) or `error`. */
  @property({ reflect: true }) state: AccountsState = 'loading';

  /** The id of the account shown as chosen (`aria-current`); set when the user chooses one. */
  @property({ reflect: true }) selected?: string;

  /** Locale for balances and times. */
  @property() locale = 'en-NG';

  /** Passed to the Reconnect buttons; by default they find the key as any link button does. */
  @property({ attribute: 'public-key' }) publicKey?: string;

  /** Seconds a refreshed account waits before the next refresh: your proxy's `refreshCooldownMs` / 1000. A 429's `Retry-After` wins. */
  @property({ type: Number, attribute: 'refresh-cooldown' }) refreshCooldown = 300;

  /** First wait (ms) between checks while a refresh runs at the bank; doubles up to `max-poll-interval`. */
  @property({ type: Number, attribute: 'poll-interval' }) pollInterval = 2000;

  /** Longest wait (ms) between checks while a refresh runs. */
  @property({ type: Number, attribute: 'max-poll-interval' }) maxPollInterval = 30000;

  /** How long (ms) to follow a refresh that is still running before no longer showing progress. */
  @property({ type: Number }) timeout = 300000;

  @state() private accounts: Account[] = [];
  @state() private unreadable: UnreadableAccount[] = [];
  @state() private institutions: InstitutionOption[] = [];
  @state() private brokenLogos = new Set<string>();
  /** Accounts the bank wants the user back for (live event, or a refresh refused for it). */
  @state() private reauth = new Set<string>();
  @state() private notices = new Map<string, string>();
  @state() private announcement = '';
  @state() private canRetry = true;
  @state() private now = Date.now();

  private readonly refreshes = new RefreshController(
    this,
    () => ({
      fetcher: this.resolveFetcher(),
      cooldownSeconds: this.refreshCooldown,
      pollIntervalMs: this.pollInterval,
      maxPollIntervalMs: this.maxPollInterval,
      timeoutMs: this.timeout,
    }),
    {
      answered: (accountId, result) => {
        this.setNotice(accountId, undefined);
        this.announce(result.status === 'processing' ? this.text.refreshStarted(this.labelOf(accountId)) : this.text.refreshDone(this.labelOf(accountId)));
        this.emit('mono-refreshed', { accountId, status: result.status, ...(result.jobId ? { jobId: result.jobId } : {}) });
      },
      read: (account, freshAt) => this.replaceAccount(account, freshAt),
      settled: (accountId, outcome, jobId) => {
        if (outcome === 'finished') {
          this.announce(this.text.refreshDone(this.labelOf(accountId)));
          this.emit('mono-refreshed', { accountId, status: 'finished', ...(jobId ? { jobId } : {}) });
        } else {
          this.refused(accountId, new MonoFetchError(0, 'REFRESH_FAILED', 'Mono could not fetch the account’s data from the bank.'));
        }
      },
      refused: (accountId, error) => this.refused(accountId, error),
      coolingDown: (_accountId, seconds) => this.announce(this.text.cooldownDescription(duration(seconds, this.locale))),
    },
  );

  private readonly dialog = new DisconnectDialog(this, (target) => this.unlink(target));


  private loadedFrom?: MonoFetcher;
  private loading?: AbortController;
  private institutionsFrom?: MonoFetcher;
  private clock?: ReturnType<typeof setInterval>;
  /** The row index to move focus to after the row that had it was removed. */
  private focusAfterRemoval?: number;

  constructor() {
    super();
    new AccountsLiveController(this, () => ({ accountIds: this.accounts.map((account) => account.id), fetcher: this.resolveFetcher() }), {
      live: (event) => this.onLive(event),
      unlinkedElsewhere: (accountId) => this.removeAccount(accountId, this.text.removed(this.labelOf(accountId)), false),
      linked: (detail) => this.onLinked(detail),
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // "Updated 5 minutes ago" moves on by itself.
    this.clock = setInterval(() => (this.now = Date.now()), 60_000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.clock);
    // A load cut short is started again on the next connect.
    if (this.loading) {
      this.loading.abort();
      this.loading = undefined;
      this.loadedFrom = undefined;
    }
  }

  private get text(): AccountsMessages {
    return accountsText(this);
  }

  /** Loads the list again (what the error state's button does). */
  retry(): void {
    void this.load(this.resolveFetcher());
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const fetcher = this.resolveFetcher();
    if (fetcher !== this.loadedFrom) void this.load(fetcher);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.focusAfterRemoval === undefined) return;
    const index = this.focusAfterRemoval;
    this.focusAfterRemoval = undefined;
    const rows = [...this.renderRoot.querySelectorAll('li.account')];
    const row = rows[Math.min(index, rows.length - 1)];
    (row?.querySelector<HTMLElement>('button') ?? this.renderRoot.querySelector<HTMLElement>('.empty-title'))?.focus();
  }

  /** `quiet`: the rows stay on screen while it loads (a reload after a link). */
  private async load(fetcher: MonoFetcher, quiet = false, linked?: MonoLinkedDetail): Promise<void> {
    this.loading?.abort();
    const controller = (this.loading = new AbortController());
    this.loadedFrom = fetcher;
    if (!quiet) this.state = 'loading';
    try {
      if (!fetcher.listAccounts) {
        this.canRetry = false;
        throw new MonoFetchError(0, 'NO_LIST_ACCOUNTS', 'This fetcher has no listAccounts(): use createHttpFetcher() (with the proxy\'s listAccounts option) or add it to your own fetcher.');
      }
      const list = await fetcher.listAccounts({ signal: controller.signal });
      if (controller.signal.aborted) return;
      this.canRetry = true;
      this.show(list, linked);
      void this.loadInstitutions(fetcher);
    } catch (error) {
      if (controller.signal.aborted || isAbortError(error)) return;
      const info = toErrorInfo(error, 'ACCOUNTS_FAILED');
      if (info.code === 'NO_LIST_ACCOUNTS') console.error(`<mono-accounts> ${info.message}`);
      if (!quiet || (this.state !== 'ready' && this.state !== 'empty')) this.state = 'error';
      this.emit('mono-error', { error: info, phase: 'fetch' });
    } finally {
      if (this.loading === controller) this.loading = undefined;
    }
  }

  private show(list: AccountList, linked?: MonoLinkedDetail): void {
    let accounts = list.accounts;
    const fresh = linked?.duplicateOf ? accounts.find((account) => account.id === linked.accountId) : undefined;
    // A re-link of an account already listed (Mono gave it a new id): the new one takes the old one's place.
    if (fresh && accounts.some((account) => account.id === linked!.duplicateOf)) {
      accounts = accounts.filter((account) => account !== fresh).map((account) => (account.id === linked!.duplicateOf ? fresh : account));
    }
    const ids = new Set([...accounts.map((account) => account.id), ...list.unreadable.map((item) => item.id)]);
    for (const account of this.accounts) if (!ids.has(account.id)) this.refreshes.forget(account.id);
    this.reauth = new Set([...this.reauth].filter((id) => ids.has(id)));
    this.accounts = accounts;
    this.unreadable = list.unreadable;
    this.state = ids.size ? 'ready' : 'empty';
    if (list.unreadable.length) {
      const message = `The backend could not read ${list.unreadable.length} account(s): ${list.unreadable.map((item) => `${item.id || '(no id)'} ${item.code}: ${item.message}`).join('; ')}`;
      console.warn(`<mono-accounts> ${message}`);
      this.emit('mono-error', { error: { code: 'ACCOUNTS_UNREADABLE', message }, phase: 'fetch' });
    }
  }

  /** Logos, by the banks' names; without them (no getInstitutions, or it fails) banks show their initial. */
  private async loadInstitutions(fetcher: MonoFetcher): Promise<void> {
    if (this.institutionsFrom === fetcher || !fetcher.getInstitutions || !this.accounts.some((account) => account.institution?.name)) return;
    this.institutionsFrom = fetcher;
    try {
      this.institutions = await fetcher.getInstitutions();
    } catch {
      this.institutionsFrom = undefined;
    }
  }

  private labelOf(accountId: string): string {
    const account = this.accounts.find((candidate) => candidate.id === accountId);
    return account ? accountName(account, this.text) : this.text.unreadableLabel;
  }

  private announce(message: string): void {
    // The same words twice in a row are still a change, so they are read again.
    this.announcement = this.announcement === message ? `${message}\u00a0` : message;
  }

  private setNotice(accountId: string, notice: string | undefined): void {
    const notices = new Map(this.notices);
    if (notice) notices.set(accountId, notice);
    else notices.delete(accountId);
    this.notices = notices;
  }

  private replaceAccount(account: Account, freshAt?: string): void {
    // The refresh's own time, when Mono's answer does not say a later one.
    const updated = freshAt && (!account.updatedAt || Date.parse(account.updatedAt) < Date.parse(freshAt)) ? { ...account, updatedAt: freshAt } : account;
    this.accounts = this.accounts.map((candidate) => (candidate.id === account.id ? updated : candidate));
  }

  private async readAccount(accountId: string): Promise<void> {
    try {
      this.replaceAccount(await this.resolveFetcher().getAccount(accountId));
    } catch {
      // The row keeps what it showed; the next load brings the rest.
    }
  }

  private refused(accountId: string, error: unknown): void {
    if (needsReauth(error)) this.reauth = new Set(this.reauth).add(accountId);
    else this.setNotice(accountId, this.text.refreshFailed(this.labelOf(accountId)));
    this.emit('mono-error', { error: toErrorInfo(error, 'REFRESH_FAILED'), phase: 'fetch' });
  }

  private onLive(event: MonoLiveEvent): void {
    const { accountId } = event;
    this.refreshes.live(event);
    if (event.type === 'account_unlinked') return this.removeAccount(accountId, this.text.removed(this.labelOf(accountId)), false);
    if (event.type === 'reauthorisation_required') this.reauth = new Set(this.reauth).add(accountId);
    if (event.type === 'account_reauthorized') this.onReconnected(accountId);
    else if (event.type === 'account_updated') {
      const account = this.accounts.find((candidate) => candidate.id === accountId);
      if (account) this.replaceAccount({ ...account, dataStatus: event.dataStatus });
    }
    if (changesData(event) && this.refreshes.phase(accountId) !== 'processing') void this.readAccount(accountId);
  }

  private onLinked(detail: MonoLinkedDetail): void {
    if (this.state === 'loading') return;
    void this.load(this.resolveFetcher(), this.state !== 'error', detail);
  }

  private onReconnected(accountId: string): void {
    const reauth = new Set(this.reauth);
    reauth.delete(accountId);
    this.reauth = reauth;
    this.setNotice(accountId, undefined);
  }

  private select(accountId: string): void {
    this.selected = accountId;
    this.emit('mono-account-select', { accountId });
  }

  private async unlink(target: DisconnectTarget): Promise<boolean> {
    const fetcher = this.resolveFetcher();
    try {
      if (!fetcher.unlinkAccount) throw new MonoFetchError(0, 'NO_UNLINK', 'This fetcher has no unlinkAccount(): use createHttpFetcher() or add it to your own fetcher.');
      await fetcher.unlinkAccount(target.accountId);
    } catch (error) {
      this.dialog.fail(this.text.disconnectFailed);
      this.emit('mono-error', { error: toErrorInfo(error, 'UNLINK_FAILED'), phase: 'fetch' });
      return false;
    }
    this.dialog.close(false);
    this.removeAccount(target.accountId, this.text.disconnected(target.label), true);
    this.emit('mono-unlinked', { accountId: target.accountId });
    return true;
  }

  /** Takes an account out of the list; focus that was on its row goes to the next row (or the previous, or the empty state). */
  private removeAccount(accountId: string, announcement: string, moveFocus: boolean): void {
    const ids = [...this.accounts.map((account) => account.id), ...this.unreadable.map((item) => item.id)];
    const index = ids.indexOf(accountId);
    if (index < 0) return;
    const row = this.renderRoot.querySelectorAll('li.account')[index];
    const active = this.shadowRoot?.activeElement;
    let focusWasHere = moveFocus || (!!active && !!row?.contains(active));
    if (this.dialog.target?.accountId === accountId) {
      this.dialog.close(false);
      focusWasHere = true;
    }
    this.refreshes.forget(accountId);
    this.onReconnected(accountId);
    this.accounts = this.accounts.filter((account) => account.id !== accountId);
    this.unreadable = this.unreadable.filter((item) => item.id !== accountId);
    if (!this.accounts.length && !this.unreadable.length) this.state = 'empty';
    this.announce(announcement);
    if (focusWasHere) this.focusAfterRemoval = index;
  }

  private openDialog(accountId: string, label: string, trigger: HTMLElement): void {
    void this.dialog.open({ accountId, label, trigger });
  }

  private listTemplate(text: AccountsMessages) {
    return html`<ul part="list" class="list" role="list" aria-label=${text.listLabel}>
        ${repeat(
          this.accounts,
          (account) => account.id,
          (account, index) => {
            const institution = matchInstitution(this.institutions, account.institution?.name);
            const label = accountName(account, text);
            return accountRowTemplate(account, {
              text,
              locale: this.locale,
              now: this.now,
              index,
              selected: account.id === this.selected,
              institution,
              logoBroken: !!institution?.icon && this.brokenLogos.has(institution.icon),
              refresh: this.refreshes.phase(account.id),
              secondsLeft: this.refreshes.secondsLeft(account.id),
              needsReconnect: account.dataStatus === 'FAILED' || this.reauth.has(account.id),
              reauthRequired: this.reauth.has(account.id),
              notice: this.notices.get(account.id),
              publicKey: this.publicKey,
              fetcher: this.fetcher,
              onSelect: () => this.select(account.id),
              onRefresh: () => void this.refreshes.refresh(account.id),
              onDisconnect: (trigger) => this.openDialog(account.id, label, trigger),
              onReconnected: () => this.onReconnected(account.id),
              onLogoError: () => (this.brokenLogos = new Set(this.brokenLogos).add(institution!.icon!)),
            });
          },
        )}
        ${repeat(
          this.unreadable,
          (item, index) => item.id || `unreadable-${index}`,
          (item) => unreadableRowTemplate(item, text, (trigger) => this.openDialog(item.id, text.unreadableLabel, trigger)),
        )}
      </ul>
      <div part="add" class="add"><slot name="add"></slot></div>`;
  }

  private bodyTemplate(text: AccountsMessages) {
    switch (this.state) {
      case 'loading':
        return html`<div part="skeleton" class="skeleton" aria-busy="true">
          <p class="visually-hidden">${text.loading}</p>
          ${[0, 1].map(() => html`<div class="placeholder" aria-hidden="true"><span></span><span></span><span></span></div>`)}
        </div>`;
      case 'error':
        return html`<div part="error" class="message" role="alert">
          <p>${text.loadFailed}</p>
          ${this.canRetry ? html`<button part="retry" type="button" class="action retry" @click=${this.retry}>${text.retry}</button>` : nothing}
        </div>`;
      case 'empty':
        return html`<div part="empty" class="message">
            <p class="empty-title" tabindex="-1">${text.emptyTitle}</p>
            <p>${text.emptyText}</p>
          </div>
          <div part="add" class="add"><slot name="add"></slot></div>`;
      default:
        return this.listTemplate(text);
    }
  }

  override render() {
    const text = this.text;
    return html`<div part="base" class="base">
      ${this.bodyTemplate(text)}
      <div part="announcer" class="visually-hidden" role="status">${this.announcement}</div>
      ${this.dialog.template(text)}
    </div>`;
  }
}
