import { simulatedInstitutions } from './institutions.js';
import type { WebhookSender } from './webhooks.js';

/** What a real-time refresh of an account does next: Mono's `x-job-status`. */
export type RefreshOutcome = 'finished' | 'processing' | 'failed';

export interface SimulatedAccountActions {
  /** The outcome of the next real-time refreshes of `accountId` (default `finished`). */
  setRefreshOutcome(accountId: string, outcome: RefreshOutcome): void;
}

export interface AccountActionContext {
  reply(body: unknown, status?: number, headers?: Record<string, string>): Response;
  failed(status: number, message: string): Response;
  hex(length: number): string;
  now(): number;
  webhooks: WebhookSender;
  /** The account's balance in kobo, or `undefined` when there is no such account. */
  balanceOf(accountId: string): { id: string; name: string; accountNumber: string; balance: number; currency: string } | undefined;
  /** Removes the account and sends `mono.events.account_unlinked`. */
  unlink(accountId: string): void;
  /** How long a `processing` job runs before its `mono.accounts.jobs.update` webhook. */
  jobMs: number;
}

const jobPayload = (accountId: string, jobId: string, status: string) => ({
  event: 'mono.accounts.jobs.update',
  data: { account: accountId, id: jobId, name: 'jobs.accounts.sync_balance', status },
});

/**
 * Mono's routes for an account after the link: `POST /v2/accounts/:id/unlink`,
 * `GET /v2/accounts/:id/balance` (with `x-realtime: true`: a job, reported in
 * `x-job-id` / `x-job-status`, finished, processing or failed) and
 * `GET /v1/institutions`.
 */
export function createAccountActions(context: AccountActionContext) {
  const outcomes = new Map<string, RefreshOutcome>();

  function balance(request: Request, accountId: string): Response {
    const account = context.balanceOf(accountId);
    if (!account) return context.failed(404, 'Account not found.');
    const data = { id: account.id, name: account.name, account_number: account.accountNumber, balance: account.balance, currency: account.currency };
    if (request.headers.get('x-realtime') !== 'true') return context.reply({ status: 'successful', data });
    const outcome = outcomes.get(accountId) ?? 'finished';
    const jobId = context.hex(24);
    const headers = { 'x-job-id': jobId, 'x-job-status': outcome, 'x-has-new-data': String(outcome === 'finished') };
    if (outcome === 'processing') {
      // Mono's answer when the bank takes longer than 30 s; the webhook says when it is done.
      context.webhooks.later(context.jobMs, () => void context.webhooks.send(jobPayload(accountId, jobId, 'finished'), accountId));
      return context.reply({ status: 'successful', message: 'Account sync is enqueued, please try again once notified via webhook', data: null }, 200, headers);
    }
    if (outcome === 'failed') void context.webhooks.send(jobPayload(accountId, jobId, 'failed'), accountId);
    return context.reply({ status: 'successful', timestamp: new Date(context.now()).toISOString(), data: outcome === 'failed' ? null : data }, 200, headers);
  }

  /** The answer for `parts` (path without `/v2`), or `undefined` when the route is not one of these. */
  function handle(request: Request, parts: string[]): Response | undefined {
    const method = request.method;
    if (method === 'GET' && parts.join('/') === 'v1/institutions') {
      return context.reply({ status: 'successful', data: simulatedInstitutions() });
    }
    if (parts[0] !== 'accounts' || parts.length !== 3) return undefined;
    const accountId = parts[1]!;
    if (method === 'POST' && parts[2] === 'unlink') {
      if (!context.balanceOf(accountId)) return context.failed(404, 'Account not found.');
      context.unlink(accountId);
      return context.reply({ status: 'successful', message: 'Account unlinked successfully' });
    }
    if (method === 'GET' && parts[2] === 'balance') return balance(request, accountId);
    return undefined;
  }

  const api: SimulatedAccountActions = { setRefreshOutcome: (accountId, outcome) => void outcomes.set(accountId, outcome) };
  return { handle, api };
}
