// core/ is framework-free, so the server may share its parsers (never the other way round).
import { normaliseExchange } from '../../core/fetcher/normalise-exchange.js';
import { fail } from '../responses.js';
import { checkCode, isAccountId, readJsonBody } from '../validate.js';
import type { AccountContext, AccountListOptions } from './accounts-options.js';
import { findDuplicate } from './duplicate.js';

/** What the proxy learnt about a new link, for `onLinked`'s third argument. */
export interface LinkedInfo {
  /**
   * An account the user already had at the same bank with the same last 4
   * digits (found only with `listAccounts`): Mono issues a new id on every
   * re-link, so this is the id to replace.
   */
  duplicateOf?: string;
}

export interface ExchangeOptions extends Pick<AccountListOptions, 'listAccounts'> {
  /**
   * Save the new account for the signed-in user (Mono's step 3). Runs for a
   * re-link too, with `info.duplicateOf`: you decide whether to replace the
   * old id. A throw fails the exchange with 500.
   */
  onLinked?: (accountId: string, request: Request, info: LinkedInfo) => void | Promise<void>;
}

export interface ExchangeContext extends Pick<AccountContext, 'authorized' | 'call' | 'answer' | 'privacy' | 'accountPath'> {
  /** Mono's code exchange path for the configured API version. */
  authPath: string;
  maxBodyBytes: number;
}

/**
 * The account id in Mono's exchange answer, in any layout Mono documents
 * (`{ id }`, `{ status, message, data: { id } }`, `_id`): the browser's own
 * parser, so the two sides can never disagree. `undefined` when there is none.
 */
function exchangedId(body: unknown): string | undefined {
  try {
    return normaliseExchange(body).accountId;
  } catch {
    return undefined;
  }
}

/**
 * `POST {basePath}/accounts/auth` `{ code }`: exchanges the code with Mono,
 * looks for an account the user already had (`listAccounts` given), calls
 * `onLinked`, answers `{ id, duplicateOf? }`.
 */
export function exchangeRoute(options: ExchangeOptions, context: ExchangeContext) {
  return async (request: Request): Promise<Response> => {
    await context.authorized(request, null);
    const code = checkCode(await readJsonBody(request, context.maxBodyBytes));
    const id = exchangedId(await context.call(request.signal, 'POST', context.authPath, { code }));
    // An id the account routes would refuse is of no use to the browser, and must not be saved.
    if (!isAccountId(id)) return fail(502, 'UPSTREAM_INVALID_RESPONSE', 'Mono did not return a usable account id.');
    // Before onLinked, so the host's list is the one from before this link.
    const duplicateOf = options.listAccounts ? await findDuplicate(options.listAccounts, context, request, id) : undefined;
    const info: LinkedInfo = duplicateOf ? { duplicateOf } : {};
    if (options.onLinked) {
      try {
        await options.onLinked(id, request, info);
      } catch {
        return fail(500, 'LINK_NOT_SAVED', 'The account was linked but could not be saved. Try linking again.');
      }
    }
    return context.answer({ id, ...info });
  };
}
