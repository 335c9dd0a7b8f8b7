import { html, type PropertyValues } from 'lit';
import { formatLocale } from '../../core/i18n/format-locale.js';
import { property, state } from 'lit/decorators.js';
import { MonoDataElement } from '../shared/data-element.js';
import { tokens } from '../shared/shared-styles.js';
import { toErrorInfo } from '../../core/error-info.js';
import { MonoFetchError, isAbortError } from '../../core/fetcher/errors.js';
import type { AccountList, MonoFetcher } from '../../core/fetcher/types.js';
import { changesData } from '../../core/live/changes-data.js';
import type { MonoLiveEvent } from '../../core/live/live-event.js';
import type { MonoLinkedDetail } from '../../events/mono-linked.js';
import { needsReauth } from '../reauth-prompt/needs-reauth.js';
import { duration } from './account-format.js';
import { AccountListModel, unreadableReport } from './account-list.js';
import { accountName } from './account-row.js';
import { emptyTemplate, errorTemplate, listTemplate, loadingTemplate } from './accounts-states.js';
import { AccountsLiveController } from './accounts-live.js';
import { accountsText, type AccountsMessages } from './accounts.messages.js';
import { accountsStyles } from './accounts.styles.js';
import { DisconnectDialog, type DisconnectTarget } from './confirm-dialog.js';
import { RefreshController } from './refresh-state.js';
import { RemovalFocus } from './removal-focus.js';

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

  /** Locale for balances and times. Unset: the language around the element, in Nigeria (`en-NG` with no `lang`). */
  @property() locale?: string;

  /** `locale`, else the language around the element in Nigeria (README, Languages). */
  private get intlLocale(): string {
    return this.locale ?? formatLocale(this);
  }

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

  @state() private announcement = '';
  @state() private canRetry = true;
  @state() private now = Date.now();

  private readonly list = new AccountListModel(this);

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
      answered: (accountId, { status, jobId }) => {
        this.list.setNotice(accountId, undefined);
        const label = this.labelOf(accountId);
        this.announce(status === 'processing' ? this.text.refreshStarted(label) : this.text.refreshDone(label));
        this.emit('mono-refreshed', { accountId, status, ...(jobId ? { jobId } : {}) });
      },
      read: (account, freshAt) => this.list.replace(account, freshAt),
      settled: (accountId, outcome, jobId) => {
        if (outcome === 'failed') return this.refused(accountId, new MonoFetchError(0, 'REFRESH_FAILED', 'Mono could not fetch the account’s data from the bank.'));
        this.announce(this.text.refreshDone(this.labelOf(accountId)));
        this.emit('mono-refreshed', { accountId, status: 'finished', ...(jobId ? { jobId } : {}) });
      },
      refused: (accountId, error) => this.refused(accountId, error),
      coolingDown: (_accountId, seconds) => this.announce(this.text.cooldownDescription(duration(seconds, this.intlLocale))),
    },
  );

  private readonly dialog = new DisconnectDialog(this, (target) => this.unlink(target));
  private readonly removalFocus = new RemovalFocus(this);

  private loadedFrom?: MonoFetcher;
  private loading?: AbortController;
  private clock?: ReturnType<typeof setInterval>;

  constructor() {
    super();
    new AccountsLiveController(this, () => ({ accountIds: this.list.liveIds, fetcher: this.resolveFetcher() }), {
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

  /** `quiet`: the rows stay on screen while it loads (a reload after a link). */
  private async load(fetcher: MonoFetcher, quiet = false, linked?: MonoLinkedDetail): Promise<void> {
    this.loading?.abort();
    const controller = (this.loading = new AbortController());
    this.loadedFrom = fetcher;
    if (!quiet) this.state = 'loading';
    try {
      this.canRetry = !!fetcher.listAccounts;
      if (!fetcher.listAccounts) {
        throw new MonoFetchError(0, 'NO_LIST_ACCOUNTS', "This fetcher has no listAccounts(): use createHttpFetcher() (with the proxy's listAccounts option) or add it to your own fetcher.");
      }
      const list = await fetcher.listAccounts({ signal: controller.signal });
      if (controller.signal.aborted) return;
      this.show(list, linked);
      void this.list.loadLogos(fetcher);
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
    for (const id of this.list.set(list, linked)) this.refreshes.forget(id);
    this.state = this.list.ids.length ? 'ready' : 'empty';
    if (!list.unreadable.length) return;
    const message = unreadableReport(list.unreadable);
    console.warn(`<mono-accounts> ${message}`);
    this.emit('mono-error', { error: { code: 'ACCOUNTS_UNREADABLE', message }, phase: 'fetch' });
  }

  private labelOf(accountId: string): string {
    const account = this.list.find(accountId);
    return account ? accountName(account, this.text) : this.text.unreadableLabel;
  }

  private announce(message: string): void {
    // The same words twice in a row are still a change, so they are read again.
    this.announcement = this.announcement === message ? `${message}\u00a0` : message;
  }

  private async readAccount(accountId: string): Promise<void> {
    try {
      this.list.replace(await this.resolveFetcher().getAccount(accountId));
    } catch {
      // The row keeps what it showed; the next load brings the rest.
    }
  }

  private refused(accountId: string, error: unknown): void {
    if (needsReauth(error)) this.list.setReauth(accountId, true);
    else this.list.setNotice(accountId, this.text.refreshFailed(this.labelOf(accountId)));
    this.emit('mono-error', { error: toErrorInfo(error, 'REFRESH_FAILED'), phase: 'fetch' });
  }

  private onLive(event: MonoLiveEvent): void {
    const { accountId } = event;
    this.refreshes.live(event);
    if (event.type === 'account_unlinked') return this.removeAccount(accountId, this.text.removed(this.labelOf(accountId)), false);
    if (event.type === 'reauthorisation_required') this.list.setReauth(accountId, true);
    if (event.type === 'account_reauthorized') this.reconnected(accountId);
    if (event.type === 'account_updated') this.list.setStatus(accountId, event.dataStatus);
    if (changesData(event) && this.refreshes.phase(accountId) !== 'processing') void this.readAccount(accountId);
  }

  private onLinked(detail: MonoLinkedDetail): void {
    // At once, in this event: before any element subscribes to the new id, so
    // the page's one live stream never asks for an id the backend refuses.
    if (detail.duplicateOf) this.list.replacing(detail.duplicateOf);
    if (this.state !== 'loading') void this.load(this.resolveFetcher(), this.state !== 'error', detail);
  }

  private reconnected(accountId: string): void {
    this.list.setReauth(accountId, false);
    this.list.setNotice(accountId, undefined);
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
  private removeAccount(accountId: string, announcement: string, byUser: boolean): void {
    // Its dialog open (removed elsewhere meanwhile): focus was in the dialog, and goes where the row was.
    const asking = this.dialog.target?.accountId === accountId;
    if (asking) this.dialog.close(false);
    this.removalFocus.removing(this.list.ids.indexOf(accountId), byUser || asking);
    if (this.list.remove(accountId) < 0) return;
    this.refreshes.forget(accountId);
    if (!this.list.ids.length) this.state = 'empty';
    this.announce(announcement);
  }

  private bodyTemplate(text: AccountsMessages) {
    if (this.state === 'loading') return loadingTemplate(text);
    if (this.state === 'error') return errorTemplate(text, this.canRetry ? () => this.retry() : undefined);
    if (this.state === 'empty') return emptyTemplate(text);
    return listTemplate(this.list, {
      text,
      locale: this.intlLocale,
      now: this.now,
      selected: this.selected,
      refreshes: this.refreshes,
      publicKey: this.publicKey,
      fetcher: this.fetcher,
      select: (accountId) => {
        this.selected = accountId;
        this.emit('mono-account-select', { accountId });
      },
      disconnect: (accountId, label, trigger) => void this.dialog.open({ accountId, label, trigger }),
      reconnected: (accountId) => this.reconnected(accountId),
    });
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
