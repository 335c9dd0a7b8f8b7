import { RequestError } from '../validate.js';

/*
 * Where the hosted link may send the user back. Mono sends the browser to
 * `redirect_url` after the link; a proxy that let the page name any URL
 * would be an open redirect with Mono's name on it. So the URL must be on
 * the request's own origin, or on an origin or path prefix the host listed
 * in `allowedRedirects`. The checks run on the raw text first (nothing a
 * lenient parser would "fix") and then on the parsed URL.
 */

interface AllowedRedirect {
  origin: string;
  /** `/` for a whole origin; else the path prefix, matched at a segment boundary. */
  path: string;
}

export interface RedirectPolicy {
  allowed: readonly AllowedRedirect[];
  trustProxy: boolean;
}

/** An absolute http(s) URL, written out plainly: no spaces or control characters, no backslashes. */
const PLAIN_HTTP_URL = /^https?:\/\/[^\\\s\x00-\x1f\x7f]+$/i;
const HOST = /^(?:[A-Za-z0-9_.-]{1,253}|\[[0-9A-Fa-f:.]{2,45}\])(?::\d{1,5})?$/;

function parsePlain(raw: string): URL | undefined {
  if (raw.length > 2048 || !PLAIN_HTTP_URL.test(raw)) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  // `https://good@evil`: the part before @ is a user name, the host is evil.
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.username || url.password) return undefined;
  return url;
}

/** Checks the `allowedRedirects` option once, when the proxy is created. */
export function redirectPolicy(allowedRedirects: readonly string[] | undefined, trustProxy: boolean | undefined): RedirectPolicy {
  if (allowedRedirects !== undefined && !Array.isArray(allowedRedirects)) throw new TypeError('createMonoProxy: allowedRedirects must be an array of URLs.');
  const allowed = (allowedRedirects ?? []).map((entry) => {
    const url = typeof entry === 'string' ? parsePlain(entry) : undefined;
    if (!url || url.search || url.hash) {
      throw new TypeError(`createMonoProxy: allowedRedirects entry ${JSON.stringify(entry)} is not an http(s) origin or URL prefix (no query, no fragment, no user name).`);
    }
    return { origin: url.origin, path: url.pathname };
  });
  return { allowed, trustProxy: trustProxy === true };
}

const first = (value: string | null): string | undefined => value?.split(',')[0]?.trim() || undefined;

/**
 * The scheme and host the browser used for this request: the request's own
 * URL (from the Host header under `toNodeHandler`), or with `trustProxy` the
 * first `X-Forwarded-Proto` and `X-Forwarded-Host`, which only a proxy that
 * overwrites them may be trusted with.
 */
export function requestOrigin(request: Request, trustProxy: boolean): { protocol: string; host: string } {
  const url = new URL(request.url);
  let protocol = url.protocol;
  let host = url.host;
  if (trustProxy) {
    const proto = first(request.headers.get('x-forwarded-proto'))?.toLowerCase();
    if (proto === 'http' || proto === 'https') protocol = `${proto}:`;
    const forwarded = first(request.headers.get('x-forwarded-host'));
    if (forwarded && HOST.test(forwarded)) {
      try {
        host = new URL(`${protocol}//${forwarded}`).host;
      } catch {
        // An unusable header leaves the request's own host.
      }
    }
  }
  return { protocol, host };
}

function onOwnOrigin(url: URL, own: { protocol: string; host: string }): boolean {
  if (url.host !== own.host) return false;
  // A TLS-terminating front may hand the proxy plain http: https on the same host is an upgrade, never the reverse.
  return url.protocol === own.protocol || (own.protocol === 'http:' && url.protocol === 'https:');
}

function inAllowList(url: URL, allowed: readonly AllowedRedirect[]): boolean {
  return allowed.some(({ origin, path }) => {
    if (url.origin !== origin) return false;
    if (path === '/') return true;
    const prefix = path.endsWith('/') ? path : `${path}/`;
    return url.pathname === path || url.pathname.startsWith(prefix);
  });
}

const refused = () =>
  new RequestError(
    400,
    'INVALID_REDIRECT_URL',
    'redirectUrl must be an absolute http(s) URL on this site\'s own origin or in the proxy\'s allowedRedirects option.',
  );

/** `redirectUrl` from the page, checked; throws a 400 `RequestError` for anything else. */
export function checkRedirectUrl(raw: unknown, request: Request, policy: RedirectPolicy): URL {
  const url = typeof raw === 'string' ? parsePlain(raw) : undefined;
  if (!url) throw refused();
  if (!onOwnOrigin(url, requestOrigin(request, policy.trustProxy)) && !inAllowList(url, policy.allowed)) throw refused();
  return url;
}

/** `url` with `mono_ref=<ref>` in its query, the rest of it exactly as it was. */
export function withRef(url: URL, ref: string): string {
  const next = new URL(url.href);
  if (next.searchParams.has('mono_ref')) {
    next.searchParams.set('mono_ref', ref);
    return next.href;
  }
  next.search = next.search ? `${next.search}&mono_ref=${ref}` : `?mono_ref=${ref}`;
  return next.href;
}
