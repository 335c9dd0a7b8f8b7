import { configuredFetcher } from '../default-fetcher.js';
import type { LinkSession } from '../fetcher/session-types.js';
import type { MonoFetcher } from '../fetcher/types.js';
import { requestProvided } from '../request-provided.js';

/*
 * DESIGN.md "Server-started sessions", on the page's side: a link button
 * with `exchange` asks its backend for the widget's session (`POST
 * {endpoint}/link`) on intent, so the click does not wait for it. Lives in
 * the widget runtime, loaded on intent with the rest of the widget code.
 */

/** What a session is asked with: the button's inputs at that moment. */
export interface SessionHost extends HTMLElement {
  scope?: string;
  exchange?: boolean;
  accountId?: string;
  fetcher?: MonoFetcher;
}

/** Own property → nearest provider → `configure()` → `/api/mono`, asked when the user acts. */
export const fetcherFor = (host: SessionHost): MonoFetcher => host.fetcher ?? requestProvided(host)?.fetcher ?? configuredFetcher();

/** Linking with `exchange` talks to the backend, so the backend may start the session. Payments have their own. */
export const wantsLinkSession = (host: SessionHost): boolean => host.exchange === true && (host.scope ?? 'auth') === 'auth';

interface Prefetched {
  fetcher: MonoFetcher;
  accountId: string | undefined;
  session: Promise<LinkSession>;
}

/** One prefetched session per button, used by its next open; a failed one is dropped so the click asks again. */
const prefetched = new WeakMap<SessionHost, Prefetched>();

const isNotFound = (error: unknown): boolean => typeof error === 'object' && error !== null && (error as { status?: unknown }).status === 404;

function ask(fetcher: MonoFetcher, accountId: string | undefined): Promise<LinkSession> {
  // A fetcher without the method, or a backend without the route (404), has no sessions: link as before.
  if (!fetcher.createLinkSession) return Promise.resolve({});
  return fetcher.createLinkSession(accountId ? { accountId } : {}).catch((error: unknown) => {
    if (isNotFound(error)) return {};
    throw error;
  });
}

/** On intent: starts asking for the session, unless one for the same inputs is on its way. */
export function prefetchLinkSession(host: SessionHost): void {
  if (!wantsLinkSession(host)) return;
  const fetcher = fetcherFor(host);
  const current = prefetched.get(host);
  if (current && current.fetcher === fetcher && current.accountId === host.accountId) return;
  const entry: Prefetched = { fetcher, accountId: host.accountId, session: ask(fetcher, host.accountId) };
  prefetched.set(host, entry);
  entry.session.catch(() => {
    // Reported by the click that uses it; a later intent or click asks again.
    if (prefetched.get(host) === entry) prefetched.delete(host);
  });
}

/** The session being prefetched for the current inputs, left for the open that takes it. */
export function peekLinkSession(host: SessionHost): Promise<LinkSession> | undefined {
  const entry = prefetched.get(host);
  return entry && entry.fetcher === fetcherFor(host) && entry.accountId === host.accountId ? entry.session : undefined;
}

/** On open: the prefetched session when it was asked with the current inputs, else a fresh one. Used once. */
export function takeLinkSession(host: SessionHost): Promise<LinkSession> {
  const fetcher = fetcherFor(host);
  const entry = prefetched.get(host);
  prefetched.delete(host);
  if (entry && entry.fetcher === fetcher && entry.accountId === host.accountId) return entry.session;
  return ask(fetcher, host.accountId);
}
