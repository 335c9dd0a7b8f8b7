import type { MonoBus } from '../bus/types.js';
import type { SessionContext, SessionOptions } from '../sessions/options.js';
import { RequestError } from '../validate.js';
import type { AccountContext, AccountListOptions } from './accounts-options.js';
import type { ExchangeOptions } from './exchange.js';
import { hostedLinkRoute } from './hosted-link.js';
import { hostedStatusRoute } from './hosted-link-status.js';
import { redirectPolicy, type RedirectPolicy } from './hosted-redirect.js';
import { hostedStore, type HostedStore } from './hosted-store.js';

/** The proxy options of DESIGN.md "Hosted link" (merged into `MonoProxyOptions`). */
export interface HostedLinkOptions {
  /**
   * Where `POST {basePath}/link/hosted` may send the user back, besides the
   * request's own origin: origins (`https://app.example.com`: any path
   * there) or URL prefixes (`https://app.example.com/bank/`: that path and
   * below, matched at a `/`). http(s) only; checked when the proxy is created.
   */
  allowedRedirects?: readonly string[];
  /**
   * Take the request's origin (for the redirect check and the cookie's
   * `Secure`) from the first `X-Forwarded-Proto` and `X-Forwarded-Host`.
   * Only behind a reverse proxy that sets both and drops the client's own.
   * Default false: the request's URL (the Host header under `toNodeHandler`).
   */
  trustProxy?: boolean;
  /** How long a hosted link session lives: its ref, cookie and result. Default 3 600 000 ms (1 h). */
  hostedLinkTtlMs?: number;
}

export interface HostedContext extends Pick<SessionContext, 'authorized' | 'call' | 'answer' | 'maxBodyBytes'>, Pick<AccountContext, 'accountPath' | 'privacy'> {
  bus: MonoBus;
  /** The proxy's path prefix: the cookie's Path. */
  basePath: string;
}

export type HostedOptions = HostedLinkOptions & SessionOptions & ExchangeOptions & Pick<AccountListOptions, 'listAccounts'>;

/** What the two hosted routes share. */
export interface HostedDeps {
  options: HostedOptions;
  context: HostedContext;
  policy: RedirectPolicy;
  store: HostedStore;
  ttlMs: number;
}

type Route = (request: Request) => Promise<Response>;

/**
 * `POST {basePath}/link/hosted` and `GET {basePath}/link/hosted/:ref`, for
 * the proxy's router: `route(parts, method)`, or `undefined` when the path
 * is not theirs.
 */
export function hostedRoutes(options: HostedOptions, context: HostedContext) {
  const ttlMs = options.hostedLinkTtlMs ?? 3_600_000;
  if (!Number.isFinite(ttlMs) || ttlMs < 1000) throw new TypeError('createMonoProxy: hostedLinkTtlMs must be at least 1000.');
  const deps: HostedDeps = { options, context, policy: redirectPolicy(options.allowedRedirects, options.trustProxy), store: hostedStore(context.bus), ttlMs };
  const start = hostedLinkRoute(deps);
  const status = hostedStatusRoute(deps);
  const only = (method: string, allowed: string, route: Route) => {
    if (method !== allowed) throw new RequestError(405, 'METHOD_NOT_ALLOWED', `Use ${allowed}.`, { allow: allowed });
    return route;
  };
  return (parts: string[], method: string): Route | undefined => {
    if (parts[0] !== 'link' || parts[1] !== 'hosted') return undefined;
    if (parts.length === 2) return only(method, 'POST', start);
    if (parts.length === 3) return only(method, 'GET', (request) => status(request, parts[2]!));
    return undefined;
  };
}
