import { isAccountId } from './validate.js';

/** Events Mono posts to your webhook URL. */
export type MonoWebhookEventName =
  | 'mono.events.account_connected'
  /** A hosted link that failed (named in Mono's webhook docs as an example; its payload is not documented). */
  | 'mono.events.account_connected.failed'
  | 'mono.events.account_updated'
  | 'mono.events.account_unlinked'
  | 'mono.events.reauthorisation_required'
  | 'mono.events.account_reauthorized'
  | 'mono.events.account_synced'
  | 'mono.accounts.jobs.update'
  | (string & {});

/** The account object in account_updated and the re-authorisation events (v1 spellings). */
export interface MonoWebhookAccount {
  _id?: string;
  id?: string;
  name?: string;
  accountNumber?: string;
  account_number?: string;
  balance?: number;
  currency?: string;
  institution?: { name?: string; bankCode?: string; bank_code?: string; type?: string };
  [field: string]: unknown;
}

export interface MonoWebhookEvent {
  event: MonoWebhookEventName;
  data: {
    /**
     * account_connected: the account's id. mono.accounts.jobs.update: the
     * JOB's id, not the account's. Read the account with `webhookAccountId()`.
     */
    id?: string;
    customer?: string | { id?: string };
    /** An account object, or (mono.accounts.jobs.update) the account's id as a string. */
    account?: MonoWebhookAccount | string;
    /** account_updated: `data_status` says whether the account's data can be read yet. */
    meta?: {
      data_status?: string;
      auth_method?: string;
      retrieved_data?: string[];
      /** The `meta.ref` given to `POST /v2/accounts/initiate` (hosted link), on account_connected and account_updated. */
      ref?: string;
      [field: string]: unknown;
    };
    /** mono.accounts.jobs.update: `processing`, `finished` or `failed`. */
    status?: string;
    [field: string]: unknown;
  };
}

export class WebhookError extends Error {
  override readonly name = 'WebhookError';

  constructor(
    readonly code: 'MISSING_SECRET' | 'INVALID_SECRET' | 'INVALID_BODY' | 'NOT_CONFIGURED',
    message: string,
  ) {
    super(message);
  }

  /** The HTTP status to answer Mono with. */
  get status(): number {
    return this.code === 'INVALID_BODY' ? 400 : this.code === 'NOT_CONFIGURED' ? 500 : 401;
  }
}

const encoder = new TextEncoder();

/**
 * Compares without exiting early, so the time taken says nothing about how
 * much of a guess was right. Pure JS: runs on Node, Deno, Bun and edge runtimes.
 */
function sameSecret(given: string, expected: string): boolean {
  const a = encoder.encode(given);
  const b = encoder.encode(expected);
  let difference = a.length ^ b.length;
  for (let i = 0; i < b.length; i++) difference |= (a[i % Math.max(a.length, 1)] ?? 0) ^ b[i]!;
  return difference === 0;
}

/**
 * Checks Mono's `mono-webhook-secret` header against your webhook secret and
 * returns the parsed event. Throws a `WebhookError` (with `status`) when the
 * secret is missing or wrong, or the body is not an event; answer Mono with
 * that status and do nothing else.
 */
export async function verifyWebhook(request: Request, secret: string): Promise<MonoWebhookEvent> {
  if (typeof secret !== 'string' || !secret) throw new WebhookError('NOT_CONFIGURED', 'verifyWebhook: the webhook secret is not configured.');
  const given = request.headers.get('mono-webhook-secret');
  if (!given) throw new WebhookError('MISSING_SECRET', 'The request has no mono-webhook-secret header.');
  if (!sameSecret(given, secret)) throw new WebhookError('INVALID_SECRET', 'The mono-webhook-secret header does not match.');
  let body: unknown;
  try {
    body = JSON.parse(await request.text());
  } catch {
    throw new WebhookError('INVALID_BODY', 'The webhook body is not JSON.');
  }
  const event = body as Partial<MonoWebhookEvent> | null;
  if (typeof event !== 'object' || event === null || typeof event.event !== 'string' || typeof event.data !== 'object' || event.data === null) {
    throw new WebhookError('INVALID_BODY', 'The webhook body is not a Mono event ({ event, data }).');
  }
  return event as MonoWebhookEvent;
}

/**
 * The account an event is about, in any of Mono's layouts: `data.account._id`
 * or `data.account.id`, `data.account` as a string (mono.accounts.jobs.update),
 * and `data.id` only for mono.events.account_connected — elsewhere `data.id`
 * may be another thing's id (a job's), never taken for the account's.
 * `undefined` when there is none, or it is not an id the proxy could use.
 */
export function webhookAccountId(event: MonoWebhookEvent): string | undefined {
  const data: Partial<MonoWebhookEvent['data']> = typeof event?.data === 'object' && event.data !== null ? event.data : {};
  const account = data.account;
  let id: unknown;
  if (typeof account === 'string') id = account;
  else if (typeof account === 'object' && account !== null) id = account._id ?? account.id;
  else if (event.event === 'mono.events.account_connected') id = data.id;
  return isAccountId(id) ? id : undefined;
}
