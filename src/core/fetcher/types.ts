/**
 * The data types every element and fetcher speaks. Mono's v1 and v2 API
 * shapes are normalised to these by the fetcher, so elements never see
 * snake_case or `_id`, and a field that may be missing says so in its type.
 */

import type { MonoLiveEvent } from '../live/live-event.js';
import type { SessionFetcher } from './session-types.js';

/**
 * Normalised data status. Mono's guide names AVAILABLE | PROCESSING | FAILED;
 * its newer docs add PARTIAL and UNAVAILABLE, sometimes in lower case.
 */
export type DataStatus = 'AVAILABLE' | 'PARTIAL' | 'PROCESSING' | 'UNAVAILABLE' | 'FAILED' | 'UNKNOWN';

/** The bank, as far as Mono said. Every field may be missing. */
export interface Institution {
  name?: string;
  bankCode?: string;
  /** e.g. `PERSONAL_BANKING`. */
  type?: string;
}

/**
 * A linked account, holding only what DESIGN.md "What the browser may see"
 * lists: never a BVN, identity, phone, email, address or customer record.
 * Mono omits fields while an account is PROCESSING (and some banks never
 * send some), so everything but `id`, `currency` and `dataStatus` is
 * optional: a screen shows what it has.
 */
export interface Account {
  id: string;
  /** The account holder's name. */
  name?: string;
  /** The last 4 digits of the account number: all that is shown, and all the proxy sends by default. */
  lastFour?: string;
  /**
   * The full account number, only when the backend sent more than the last
   * 4 digits (the proxy does so only with `exposeAccountNumber: true`).
   */
  accountNumber?: string;
  /** Account type as the bank names it, e.g. `SAVINGS ACCOUNT`. */
  type?: string;
  /** ISO 4217 code as Mono sent it (upper case); `NGN` when Mono omits it. May be a code Intl does not know. */
  currency: string;
  /** Balance in minor units (kobo for NGN). */
  balance?: number;
  institution?: Institution;
  dataStatus: DataStatus;
  /** What Mono could fetch from the bank, e.g. `['balance', 'transactions']` (lower case). */
  retrievedData?: string[];
  /** When Mono last updated the account (ISO 8601, as Mono sent it). */
  updatedAt?: string;
  /** How the customer logged in, e.g. `internet_banking`. */
  authMethod?: string;
  /**
   * Fields Mono sent in a form the elements cannot use, left out of this
   * object. Developer detail naming each field (`data.account.balance should
   * be a number, got string`), never a value; not for users' eyes.
   */
  unreadable?: string[];
}

export type TransactionType = 'debit' | 'credit';

export interface Transaction {
  id: string;
  /** Minor units, always positive; the sign is in `type`. */
  amount: number;
  type: TransactionType;
  /** As the bank wrote it; empty when the bank sent none. */
  narration: string;
  /** ISO 8601 date-time. */
  date: string;
  /** ISO 4217 code; absent when Mono omits it (elements then use their `currency` fallback). */
  currency?: string;
  /** Balance after the transaction, minor units, when Mono sends it. */
  balance?: number;
  category?: string;
}

export interface TransactionQuery {
  /** 1-based page number. */
  page?: number;
  type?: TransactionType;
  /** ISO dates (YYYY-MM-DD). */
  start?: string;
  end?: string;
  narration?: string;
  limit?: number;
}

/** A row of a page that could not be shown. */
export interface SkippedTransaction {
  /** Its position in the page the backend sent, 0-based. */
  index: number;
  /**
   * Developer detail naming the fields (`data[3].amount should be a number,
   * got string`), never their values; not for users' eyes.
   */
  reason: string;
}

export interface TransactionPage {
  /** The rows that could be read, in order. */
  transactions: Transaction[];
  page: number;
  /** Total number of transactions across all pages, when known. */
  total: number;
  /** Rows per page as the server applied it, when it can be told. */
  perPage?: number;
  hasPrevious: boolean;
  hasNext: boolean;
  /** Rows the backend sent that could not be read, when there were any. */
  skipped?: SkippedTransaction[];
}

/**
 * A bank the user can link, from `GET {endpoint}/institutions`. Only `id` and
 * `name` are sure; a bank without an icon is shown by its initial.
 */
export interface InstitutionOption {
  /** Mono's institution id: what the widget's `selectedInstitution` takes. */
  id: string;
  name: string;
  /** URL of the bank's logo. */
  icon?: string;
  /** The bank's brand colour (CSS colour), used behind its initial. */
  color?: string;
  /** How a customer can log in, lower case, e.g. `['internet_banking', 'mobile_banking']`. */
  authMethods: string[];
  /** e.g. `PERSONAL_BANKING`. */
  type?: string;
}

/** An account `GET {endpoint}/accounts` listed but could not read: the others are still shown. */
export interface UnreadableAccount {
  id: string;
  /** Machine code from the backend, e.g. `ACCOUNT_NOT_FOUND`. */
  code: string;
  /** Developer detail; not for users' eyes. */
  message: string;
}

/** The signed-in user's linked accounts, from `GET {endpoint}/accounts`. */
export interface AccountList {
  accounts: Account[];
  /** Accounts the backend listed but could not read, in the order it listed them. */
  unreadable: UnreadableAccount[];
}

/** The answer to `POST {endpoint}/accounts/:id/refresh`. */
export interface RefreshResult {
  /** `processing`: Mono is still fetching; the account's data status follows through live events or polling. */
  status: 'finished' | 'processing';
  /** Mono's job id, when it gave one. */
  jobId?: string;
  /** When the refresh was asked for (ISO 8601). */
  updatedAt?: string;
}

/** What the code exchange answers with. */
export interface ExchangeResult {
  accountId: string;
  /**
   * An account the user already had at the same bank with the same last 4
   * digits: Mono issues a new id on every re-link (DESIGN.md "After the link").
   */
  duplicateOf?: string;
}

/** A statement period Mono builds: the last 1 to 12 months. */
export type StatementPeriod = `last${1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12}months`;

/** A statement job, from `POST …/statement` and `GET …/statement/jobs/:jobId`. */
export interface StatementJob {
  jobId: string;
  status: 'processing' | 'finished' | 'failed';
  /** Where the finished PDF can be downloaded. */
  url?: string;
}

export interface FetchInit {
  signal?: AbortSignal;
}

/** What `POST {endpoint}/link/hosted` answers (DESIGN.md "Hosted link"). */
export interface HostedLink {
  /** Mono's hosted page (`mono_url`): the window goes there. Always http(s). */
  url: string;
  /** The session's unguessable reference; Mono sends the user back with it as `mono_ref`. */
  ref: string;
}

/** What `GET {endpoint}/link/hosted/:ref` answers: where a hosted session stands. */
export interface HostedLinkStatus {
  /** `pending` until Mono's `account_connected` webhook names the account; `failed` is final. */
  status: 'pending' | 'linked' | 'failed';
  /** The linked account, with `linked`. */
  accountId?: string;
  /** With `linked`: an account the user already had at the same bank with the same last 4 digits (as after an exchange). */
  duplicateOf?: string;
}

/**
 * The seam between elements and the host app's backend. Elements call only
 * this; `createHttpFetcher()` is the default, the testing entry has an
 * in-memory one, and a host may write its own (GraphQL, tRPC, …).
 */
export interface MonoFetcher extends SessionFetcher {
  exchangeCode(code: string, init?: FetchInit): Promise<ExchangeResult>;
  getAccount(accountId: string, init?: FetchInit): Promise<Account>;
  getTransactions(accountId: string, query: TransactionQuery, init?: FetchInit): Promise<TransactionPage>;
  /**
   * The banks a user can link (DESIGN.md "After the link"). Optional, so a
   * host's own fetcher written before it still type-checks; the institution
   * picker shows its error state without it.
   */
  getInstitutions?(init?: FetchInit): Promise<InstitutionOption[]>;
  /**
   * The signed-in user's accounts (`GET {endpoint}/accounts`). This and the
   * next two are optional, so a host's own fetcher written before them still
   * type-checks; `<mono-accounts>` shows its error state without them.
   */
  listAccounts?(init?: FetchInit): Promise<AccountList>;
  /** Unlinks the account at Mono (`DELETE {endpoint}/accounts/:id`). */
  unlinkAccount?(accountId: string, init?: FetchInit): Promise<void>;
  /**
   * Asks Mono for fresh data (`POST {endpoint}/accounts/:id/refresh`). A
   * refresh inside the cool-down rejects with a 429 `MonoFetchError` whose
   * `retryAfter` says how long to wait.
   */
  refreshAccount?(accountId: string, init?: FetchInit): Promise<RefreshResult>;
  /** Starts building a PDF statement (`POST {endpoint}/accounts/:id/statement`). */
  requestStatement?(accountId: string, period: StatementPeriod, init?: FetchInit): Promise<StatementJob>;
  /** Where a statement job stands (`GET {endpoint}/accounts/:id/statement/jobs/:jobId`). */
  getStatementJob?(accountId: string, jobId: string, init?: FetchInit): Promise<StatementJob>;
  /**
   * Live events for these accounts (DESIGN.md "Live state") until
   * `init.signal` aborts. Optional: without it, or while no events arrive,
   * elements poll. Never throws; a stream that cannot be opened is retried.
   */
  subscribe?(accountIds: readonly string[], listener: (event: MonoLiveEvent) => void, init?: FetchInit): void;
  /**
   * Forgets the answers this fetcher keeps (README, Page-wide setup): one
   * account's, or with no argument all of them. Optional: a fetcher without
   * a cache has nothing to forget.
   */
  clearCache?(accountId?: string): void;
  /**
   * Tells `listener` when an answer shown from the cache past its freshness
   * window was read again in the background and had changed, until
   * `init.signal` aborts: elements showing the account read it again (from
   * the cache, with no request). `dataStatus` is there when the account
   * itself was read.
   */
  onRevalidate?(accountIds: readonly string[], listener: (change: { accountId: string; dataStatus?: DataStatus }) => void, init?: FetchInit): void;
  /**
   * Starts a hosted link (`POST {endpoint}/link/hosted` `{ redirectUrl, accountId? }`):
   * Mono's page in the whole window, for webviews and pages whose CSP forbids
   * frames. The backend binds the session to this browser with a cookie, so
   * the request must carry cookies (`createHttpFetcher` sends them). Optional,
   * like the rest: `mode="hosted"` reports `mono-error` phase `session` without it.
   */
  createHostedLink?(input: { redirectUrl: string; accountId?: string }, init?: FetchInit): Promise<HostedLink>;
  /**
   * Where a hosted session stands (`GET {endpoint}/link/hosted/:ref`), asked by
   * the page Mono sent the user back to. A `ref` this browser did not start
   * (no binding cookie) or does not exist rejects with a 404 `MonoFetchError`.
   */
  getHostedLink?(ref: string, init?: FetchInit): Promise<HostedLinkStatus>;
}
