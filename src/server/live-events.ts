import { normaliseDataStatus } from '../core/fetcher/data-status.js';
import type { MonoLiveEvent } from '../core/live/live-event.js';
import { isAccountId } from './validate.js';
import { webhookAccountId, type MonoWebhookEvent } from './webhook.js';

const text = (value: unknown): string | undefined => (typeof value === 'string' && value ? value : undefined);

/**
 * The page's event for a Mono webhook, carrying only what DESIGN.md lists
 * (an account id, a data status, what was retrieved, a job's id and status):
 * Mono's payloads also hold a BVN and the full account number, which stay on
 * the server. `undefined` for events the page has no use for
 * (account_connected, account_synced, anything new) or without an account id.
 */
export function liveEventFrom(webhook: MonoWebhookEvent): MonoLiveEvent | undefined {
  const accountId = webhookAccountId(webhook);
  if (!accountId) return undefined;
  const data = webhook.data;
  switch (webhook.event) {
    case 'mono.events.account_updated': {
      const retrieved = Array.isArray(data.meta?.retrieved_data) ? data.meta.retrieved_data : [];
      return {
        type: 'account_updated',
        accountId,
        dataStatus: normaliseDataStatus(data.meta?.data_status),
        retrievedData: retrieved.filter((item): item is string => typeof item === 'string').map((item) => item.toLowerCase()),
      };
    }
    case 'mono.events.reauthorisation_required':
      return { type: 'reauthorisation_required', accountId };
    case 'mono.events.account_reauthorized':
      return { type: 'account_reauthorized', accountId };
    case 'mono.events.account_unlinked':
      return { type: 'account_unlinked', accountId };
    case 'mono.accounts.jobs.update': {
      // data.id is the job's id here (webhook.ts); it must look like an id to be passed on.
      const jobId = isAccountId(data.id) ? data.id : undefined;
      const status = text(data.status)?.toLowerCase();
      return jobId && status ? { type: 'job', accountId, jobId, status } : undefined;
    }
    default:
      return undefined;
  }
}

/**
 * The key a webhook delivery is recognised by when Mono sends it again: its
 * `event_id` (or `id`) when it carries one, else a SHA-256 of the parsed
 * body re-serialised, since a retry repeats the same event.
 */
export async function deliveryKey(body: unknown): Promise<string> {
  const record = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const data = typeof record['data'] === 'object' && record['data'] !== null ? (record['data'] as Record<string, unknown>) : {};
  const declared = text(record['event_id']) ?? text(data['event_id']) ?? text(record['id']);
  if (declared) return `id:${declared.slice(0, 200)}`;
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(JSON.stringify(body)));
  return `sha256:${Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}
