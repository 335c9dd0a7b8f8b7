import { MonoFetchError } from './errors.js';
import { isObject } from './read-fields.js';
import type { HostedLink, HostedLinkStatus, MonoFetcher } from './types.js';

/**
 * How the HTTP fetcher sends these (DESIGN.md "Hosted link"). Both carry the
 * cookie that binds the session's `ref` to this browser: starting is a POST
 * retried on 429 only (each one starts a session at Mono), the status a GET
 * (retried and shared).
 */
export interface HostedTransport {
  post(path: string, body: unknown, signal?: AbortSignal): Promise<unknown>;
  get(path: string, signal?: AbortSignal): Promise<unknown>;
  /** Where a relative address in an answer resolves (the backend's own URL). */
  base: string;
}

const STATUSES = new Set(['pending', 'linked', 'failed']);
const text = (value: unknown): value is string => typeof value === 'string' && value.length > 0;
const invalid = (detail: string) => new MonoFetchError(200, 'INVALID_RESPONSE', `The backend's hosted link answer does not have the expected shape: ${detail}.`);

/**
 * The page the whole window is sent to: http(s) only. A `javascript:` or
 * `data:` address from a compromised or confused backend would run in, or
 * replace, the host's page.
 */
function pageAddress(value: unknown, base: string): string | undefined {
  if (!text(value)) return undefined;
  try {
    const url = new URL(value, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** `{ url, ref }` as the proxy sends it. */
export function normaliseHostedLink(body: unknown, base: string): HostedLink {
  if (!isObject(body)) throw invalid('not an object');
  const url = pageAddress(body['url'], base);
  if (!url) throw invalid('url should be an http(s) address');
  if (!text(body['ref'])) throw invalid('ref should be a string');
  return { url, ref: body['ref'] };
}

/** `{ status, accountId? }`; `linked` without an account id is not an answer. */
export function normaliseHostedStatus(body: unknown): HostedLinkStatus {
  if (!isObject(body)) throw invalid('not an object');
  const status = typeof body['status'] === 'string' ? body['status'].toLowerCase() : '';
  if (!STATUSES.has(status)) throw invalid('status should be pending, linked or failed');
  if (status !== 'linked') return { status: status as HostedLinkStatus['status'] };
  if (!text(body['accountId'])) throw invalid('a linked session should name its accountId');
  const linked: HostedLinkStatus = { status: 'linked', accountId: body['accountId'] };
  // Only present when the backend found one, as after an exchange.
  return text(body['duplicateOf']) ? { ...linked, duplicateOf: body['duplicateOf'] } : linked;
}

/** `createHostedLink` and `getHostedLink` over the backend contract. */
export function hostedRequests(transport: HostedTransport): Required<Pick<MonoFetcher, 'createHostedLink' | 'getHostedLink'>> {
  return {
    async createHostedLink(input, init = {}) {
      const { redirectUrl, accountId } = input ?? ({} as { redirectUrl?: unknown; accountId?: unknown });
      if (!text(redirectUrl)) throw new MonoFetchError(0, 'INVALID_REDIRECT', 'A redirect URL is required.');
      const body = accountId ? { redirectUrl, accountId } : { redirectUrl };
      return normaliseHostedLink(await transport.post('/link/hosted', body, init.signal), transport.base);
    },
    async getHostedLink(ref, init = {}) {
      if (!text(ref)) throw new MonoFetchError(0, 'INVALID_REFERENCE', 'A hosted session reference is required.');
      return normaliseHostedStatus(await transport.get(`/link/hosted/${encodeURIComponent(ref)}`, init.signal));
    },
  };
}
