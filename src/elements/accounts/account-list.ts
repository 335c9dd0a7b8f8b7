import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Account, AccountList, DataStatus, InstitutionOption, MonoFetcher, UnreadableAccount } from '../../core/fetcher/types.js';
import type { MonoLinkedDetail } from '../../events/mono-linked.js';

/**
 * The list after a link: a re-link of an account already listed (Mono gives
 * a new id on every link; `mono-linked` names the old one in `duplicateOf`)
 * takes the old one's place, so the user sees one row per real account.
 */
export function withRelink(accounts: Account[], linked: MonoLinkedDetail | undefined): Account[] {
  const fresh = linked?.duplicateOf ? accounts.find((account) => account.id === linked.accountId) : undefined;
  if (!fresh || !accounts.some((account) => account.id === linked!.duplicateOf)) return accounts;
  return accounts.filter((account) => account !== fresh).map((account) => (account.id === linked!.duplicateOf ? fresh : account));
}

/** For developers (console and `mono-error`): which accounts the backend could not read, and why; never shown to users. */
export const unreadableReport = (unreadable: readonly UnreadableAccount[]): string =>
  `The backend could not read ${unreadable.length} account(s): ${unreadable.map((item) => `${item.id || '(no id)'} ${item.code}: ${item.message}`).join('; ')}`;

/**
 * What the list shows and knows about each account: the accounts (then the
 * ones that could not be read, in that order on screen), which ones the
 * bank wants the user back for, a sentence for a row, and logos that failed
 * to load. Every change re-renders the host.
 */
export class AccountListModel implements ReactiveController {
  accounts: Account[] = [];
  unreadable: UnreadableAccount[] = [];
  /** Accounts the bank wants the user back for (a live event, or a refresh refused for it). */
  readonly reauth = new Set<string>();
  readonly notices = new Map<string, string>();
  readonly brokenLogos = new Set<string>();
  /** The banks `getInstitutions()` lists, for their logos. */
  institutions: readonly InstitutionOption[] = [];
  private institutionsFrom?: MonoFetcher;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /**
   * Ids a re-link has just replaced (`mono-linked` names them in
   * `duplicateOf`): the backend no longer lets this user read them, so they
   * leave the live subscription at once, while their row waits for the new list.
   */
  private readonly replaced = new Set<string>();

  /** The accounts to hear live events for. */
  get liveIds(): string[] {
    return this.accounts.map((account) => account.id).filter((id) => !this.replaced.has(id));
  }

  /** `mono-linked` said `accountId` is replaced by a re-link; the next list settles it. */
  replacing(accountId: string): void {
    this.replaced.add(accountId);
    this.host.requestUpdate();
  }

  /** Every id, in the order the rows show them. */
  get ids(): string[] {
    return [...this.accounts.map((account) => account.id), ...this.unreadable.map((item) => item.id)];
  }

  find(accountId: string): Account | undefined {
    return this.accounts.find((account) => account.id === accountId);
  }

  /** A new list from the backend; returns the ids that are no longer in it. */
  set(list: AccountList, linked?: MonoLinkedDetail): string[] {
    const before = this.ids;
    this.accounts = withRelink(list.accounts, linked);
    this.replaced.clear();
    this.unreadable = list.unreadable;
    const now = new Set(this.ids);
    const gone = before.filter((id) => !now.has(id));
    for (const id of gone) this.forget(id);
    this.host.requestUpdate();
    return gone;
  }

  /** An account read again; `freshAt` is when its data was last asked for, shown when Mono's answer says no later time. */
  replace(account: Account, freshAt?: string): void {
    const updated = freshAt && (!account.updatedAt || Date.parse(account.updatedAt) < Date.parse(freshAt)) ? { ...account, updatedAt: freshAt } : account;
    this.accounts = this.accounts.map((candidate) => (candidate.id === account.id ? updated : candidate));
    this.host.requestUpdate();
  }

  setStatus(accountId: string, dataStatus: DataStatus): void {
    const account = this.find(accountId);
    if (account) this.replace({ ...account, dataStatus });
  }

  /** Takes an account out; returns the row index it had, or -1. */
  remove(accountId: string): number {
    const index = this.ids.indexOf(accountId);
    if (index < 0) return index;
    this.accounts = this.accounts.filter((account) => account.id !== accountId);
    this.unreadable = this.unreadable.filter((item) => item.id !== accountId);
    this.forget(accountId);
    this.host.requestUpdate();
    return index;
  }

  setNotice(accountId: string, notice: string | undefined): void {
    if (notice) this.notices.set(accountId, notice);
    else this.notices.delete(accountId);
    this.host.requestUpdate();
  }

  setReauth(accountId: string, required: boolean): void {
    if (required) this.reauth.add(accountId);
    else this.reauth.delete(accountId);
    this.host.requestUpdate();
  }

  /** Logos, matched by the banks' names; without them (no getInstitutions, or it fails) banks show their initial. */
  async loadLogos(fetcher: MonoFetcher): Promise<void> {
    if (this.institutionsFrom === fetcher || !fetcher.getInstitutions || !this.accounts.some((account) => account.institution?.name)) return;
    this.institutionsFrom = fetcher;
    try {
      this.institutions = await fetcher.getInstitutions();
      this.host.requestUpdate();
    } catch {
      this.institutionsFrom = undefined;
    }
  }

  logoFailed(icon: string): void {
    this.brokenLogos.add(icon);
    this.host.requestUpdate();
  }

  private forget(accountId: string): void {
    this.reauth.delete(accountId);
    this.notices.delete(accountId);
  }
}
