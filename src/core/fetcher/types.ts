/**
 * The data types every element and fetcher speaks. Mono's v1 and v2 API
 * shapes are normalised to these by the fetcher, so elements never see
 * snake_case, `_id`, or a missing field.
 */

/**
 * Normalised data status. Mono's guide names AVAILABLE | PROCESSING | FAILED;
 * its newer docs add PARTIAL and UNAVAILABLE, sometimes in lower case.
 */
export type DataStatus = 'AVAILABLE' | 'PARTIAL' | 'PROCESSING' | 'UNAVAILABLE' | 'FAILED' | 'UNKNOWN';

export interface Institution {
  id?: string;
  name: string;
  bankCode?: string;
  type?: string;
}

export interface Account {
  id: string;
  name: string;
  /** Full account number as Mono returns it; elements mask it for display. */
  accountNumber: string;
  type: string;
  currency: string;
  /** Balance in minor units (kobo for NGN). */
  balance: number;
  institution: Institution;
  bvn?: string;
  dataStatus: DataStatus;
  authMethod?: string;
}

export type TransactionType = 'debit' | 'credit';

export interface Transaction {
  id: string;
  /** Minor units, always positive; the sign is in `type`. */
  amount: number;
  type: TransactionType;
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

export interface TransactionPage {
  transactions: Transaction[];
  page: number;
  /** Total number of transactions across all pages, when known. */
  total: number;
  /** Rows per page as the server applied it, when it can be told. */
  perPage?: number;
  hasPrevious: boolean;
  hasNext: boolean;
}

export interface FetchInit {
  signal?: AbortSignal;
}

/**
 * The seam between elements and the host app's backend. Elements call only
 * this; `createHttpFetcher()` is the default, the testing entry has an
 * in-memory one, and a host may write its own (GraphQL, tRPC, …).
 */
export interface MonoFetcher {
  exchangeCode(code: string, init?: FetchInit): Promise<{ accountId: string }>;
  getAccount(accountId: string, init?: FetchInit): Promise<Account>;
  getTransactions(accountId: string, query: TransactionQuery, init?: FetchInit): Promise<TransactionPage>;
}
