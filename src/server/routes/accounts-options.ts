import type { MonoBus } from '../bus/types.js';
import type { PrivacyOptions } from '../privacy.js';
import type { CallMono, CallMonoWithHeaders } from '../upstream.js';

/** The proxy options of DESIGN.md "After the link" (merged into `MonoProxyOptions`). */
export interface AccountListOptions {
  /**
   * The Mono account ids the signed-in user has linked (from your own
   * store: the ones `onLinked` saved). Enables `GET {basePath}/accounts`;
   * without it that route is 404. A throw answers 500.
   */
  listAccounts?: (request: Request) => readonly string[] | Promise<readonly string[]>;
  /** Forget the account for the user after Mono unlinked it. A throw answers 500 (Mono has already unlinked it). */
  onUnlinked?: (accountId: string, request: Request) => void | Promise<void>;
  /**
   * Least time between two real-time refreshes of one account (Mono bills
   * each). Default 300 000 ms (5 min). Shared across instances through `bus`.
   */
  refreshCooldownMs?: number;
}

/** What the account routes need from the proxy. */
export interface AccountContext {
  /** `authorize()`, failing closed: throws a 403 `RequestError` when refused. */
  authorized(request: Request, accountId: string | null): Promise<void>;
  call: CallMono;
  callWithHeaders: CallMonoWithHeaders;
  /** A JSON answer with the secret key scrubbed out. */
  answer(body: unknown, status?: number): Response;
  privacy: PrivacyOptions;
  bus: MonoBus;
  /** Mono paths for the configured API version. */
  accountPath(accountId: string): string;
}
