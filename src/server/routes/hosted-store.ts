import type { MonoBus } from '../bus/types.js';
import type { NewMonoCustomer } from '../sessions/checks.js';
import { RequestError, isAccountId } from '../validate.js';
import { webhookAccountId, type MonoWebhookEvent } from '../webhook.js';
import { sha256 } from './hosted-cookie.js';

/*
 * A hosted link's records, on the bus's store so any instance can answer
 * the page and any instance can take Mono's webhook. Each record is written
 * by one party only, so none overwrites another's:
 *   session  (the POST route)  who may read the ref, and what it links
 *   result   (the webhook)     linked or failed, and the account
 *   saved    (the status poll) `onLinked` has run
 * plus `reauth:<accountId>` → ref, since Mono's re-authorisation webhook
 * names the account and not always the ref.
 */

export interface HostedSession {
  /** SHA-256 (hex) of the cookie's value. */
  binding: string;
  scope: 'auth' | 'reauth';
  /** The account being re-authorised (scope `reauth`). */
  accountId?: string;
  /** Hashed keys of the customer the link was started for (see `customerKeys`): a poll must come from the same one. */
  customers?: string[];
  /** Epoch ms: every record of this ref expires then. */
  expires: number;
}

export interface HostedResult {
  status: 'linked' | 'failed';
  accountId?: string;
}

export interface HostedSaved {
  duplicateOf?: string;
}

const key = {
  session: (ref: string) => `mono:hosted:session:${ref}`,
  result: (ref: string) => `mono:hosted:result:${ref}`,
  saved: (ref: string) => `mono:hosted:saved:${ref}`,
  reauth: (accountId: string) => `mono:hosted:reauth:${accountId}`,
  claim: (ref: string) => `mono:hosted:onlinked:${ref}`,
};

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function parse(text: string | undefined): Record<string, unknown> | undefined {
  if (text === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return isObject(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

const left = (session: HostedSession) => Math.max(1, session.expires - Date.now());

export function hostedStore(bus: MonoBus) {
  async function session(ref: string): Promise<HostedSession | undefined> {
    const record = parse(await bus.get(key.session(ref)));
    if (!record || typeof record['binding'] !== 'string' || (record['scope'] !== 'auth' && record['scope'] !== 'reauth')) return undefined;
    if (typeof record['expires'] !== 'number' || record['expires'] <= Date.now()) return undefined;
    return record as unknown as HostedSession;
  }

  async function result(ref: string): Promise<HostedResult | undefined> {
    const record = parse(await bus.get(key.result(ref)));
    if (record?.['status'] !== 'linked' && record?.['status'] !== 'failed') return undefined;
    return { status: record['status'], ...(isAccountId(record['accountId']) ? { accountId: record['accountId'] } : {}) };
  }

  return {
    session,
    result,
    async start(ref: string, record: HostedSession): Promise<void> {
      // A 128-bit ref never collides; `onlyIfAbsent` makes sure of it.
      if (!(await bus.put(key.session(ref), JSON.stringify(record), left(record), true))) throw new Error('hosted link ref collision');
      if (record.scope === 'reauth' && record.accountId) await bus.put(key.reauth(record.accountId), ref, left(record));
    },
    async saved(ref: string): Promise<HostedSaved | undefined> {
      const record = parse(await bus.get(key.saved(ref)));
      if (!record) return undefined;
      return isAccountId(record['duplicateOf']) ? { duplicateOf: record['duplicateOf'] } : {};
    },
    async markSaved(ref: string, session: HostedSession, saved: HostedSaved): Promise<void> {
      await bus.put(key.saved(ref), JSON.stringify(saved), left(session));
    },
    /** The right to run `onLinked` for `ref`; held for `ms` unless released. */
    claim: (ref: string, ms: number) => bus.claim(key.claim(ref), ms),
    release: (ref: string) => bus.release(key.claim(ref)),

    /**
     * Records what a webhook says about a hosted link, for a ref this proxy
     * started (any other ref, or none, is ignored). A link's first success
     * stands: later events (account_updated after account_connected, a
     * retry) change nothing, and a failure never replaces a success. A
     * re-authorisation counts only for the account it was started for.
     */
    async record(event: MonoWebhookEvent): Promise<void> {
      const data: Record<string, unknown> = isObject(event?.data) ? event.data : {};
      const meta = isObject(data['meta']) ? data['meta'] : {};
      const accountId = webhookAccountId(event);
      let ref = typeof meta['ref'] === 'string' && meta['ref'].length <= 64 ? meta['ref'] : undefined;
      let status: HostedResult['status'];
      switch (event.event) {
        case 'mono.events.account_connected':
        case 'mono.events.account_updated':
          status = 'linked';
          break;
        case 'mono.events.account_reauthorized':
          status = 'linked';
          if (!ref && accountId) ref = await bus.get(key.reauth(accountId));
          break;
        case 'mono.events.account_connected.failed':
          status = 'failed';
          break;
        default:
          return;
      }
      if (!ref) return;
      const started = await session(ref);
      if (!started) return;
      if (status === 'linked' && !accountId) return;
      if (started.scope === 'reauth' && accountId && accountId !== started.accountId) return;
      const outcome: HostedResult = status === 'linked' ? { status, accountId } : { status };
      const text = JSON.stringify(outcome);
      if (await bus.put(key.result(ref), text, left(started), true)) return;
      if (status === 'linked' && (await result(ref))?.status === 'failed') await bus.put(key.result(ref), text, left(started));
    },
  };
}

export type HostedStore = ReturnType<typeof hostedStore>;

/** Any failure of the shared store (Redis unreachable) is a 503 the page may retry, not a 500. */
export async function onStore<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch {
    throw new RequestError(503, 'BUS_UNAVAILABLE', 'Hosted link sessions are unavailable; try again shortly.', { 'retry-after': '5' });
  }
}

/**
 * Who `customer()` names, as keys a later request can be compared with
 * without calling Mono: the customer id, and for a customer described by
 * name and email (not yet created), the email. Hashed: the store holds no
 * personal data.
 */
export async function customerKeys(customer: { id: string } | NewMonoCustomer | undefined, createdId?: string): Promise<string[]> {
  const keys: string[] = [];
  if (customer && 'id' in customer) keys.push(`id:${customer.id}`);
  else if (customer) keys.push(`email:${customer.email.trim().toLowerCase()}`);
  if (createdId) keys.push(`id:${createdId}`);
  return Promise.all([...new Set(keys)].map(sha256));
}
