/*
 * The events a page receives from `GET {endpoint}/events` (DESIGN.md "Live
 * state"). One module for both sides: the server builds them from Mono's
 * webhooks, the browser's fetcher parses them, so the names can never drift.
 */
import type { DataStatus } from '../fetcher/types.js';

export interface AccountUpdatedLive {
  type: 'account_updated';
  accountId: string;
  dataStatus: DataStatus;
  /** What Mono could fetch from the bank, e.g. `['balance', 'transactions']` (lower case). */
  retrievedData: string[];
}

export interface ReauthorisationRequiredLive {
  type: 'reauthorisation_required';
  accountId: string;
}

export interface AccountReauthorizedLive {
  type: 'account_reauthorized';
  accountId: string;
}

export interface AccountUnlinkedLive {
  type: 'account_unlinked';
  accountId: string;
}

export interface JobLive {
  type: 'job';
  accountId: string;
  jobId: string;
  /** Mono's job status, e.g. `processing`, `finished`, `failed`. */
  status: string;
}

/** One live event about one account, as the SSE stream names it (`event:` is `type`). */
export type MonoLiveEvent = AccountUpdatedLive | ReauthorisationRequiredLive | AccountReauthorizedLive | AccountUnlinkedLive | JobLive;

export type MonoLiveEventType = MonoLiveEvent['type'];

export const LIVE_EVENT_TYPES: readonly MonoLiveEventType[] = ['account_updated', 'reauthorisation_required', 'account_reauthorized', 'account_unlinked', 'job'];

/** The SSE `data:` of an event: everything but `type`, which travels as `event:`. */
export function livePayload(event: MonoLiveEvent): Omit<MonoLiveEvent, 'type'> {
  const { type: _type, ...payload } = event;
  return payload;
}
