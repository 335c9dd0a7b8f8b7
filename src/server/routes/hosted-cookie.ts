/*
 * The cookie that binds a hosted link's `ref` to the browser that started
 * it (the OAuth `state` pattern): whoever holds only the ref (it travels in
 * the redirect URL, so it may end up in a log or a shared link) cannot read
 * the result. One cookie per ref, so several links in several tabs never
 * overwrite one another: `mono_ref_<ref>=<binding>`, HttpOnly, SameSite=Lax,
 * on the proxy's path only, for the session's lifetime. The store keeps the
 * SHA-256 of the binding, never the binding itself, and needs no secret:
 * every instance can check it.
 */

export const COOKIE_PREFIX = 'mono_ref_';

const base64url = (bytes: Uint8Array): string => btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

/** 128 random bits, base64url: the `ref` Mono carries, and the cookie's value. */
export function randomToken(): string {
  return base64url(crypto.getRandomValues(new Uint8Array(16)));
}

export const REF = /^[A-Za-z0-9_-]{22}$/;

export async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export function bindingCookie(ref: string, binding: string, options: { path: string; maxAgeMs: number; secure: boolean }): string {
  const maxAge = Math.max(1, Math.floor(options.maxAgeMs / 1000));
  return `${COOKIE_PREFIX}${ref}=${binding}; Path=${options.path || '/'}; Max-Age=${maxAge}; HttpOnly; SameSite=Lax${options.secure ? '; Secure' : ''}`;
}

/** Every value the request's Cookie header gives `mono_ref_<ref>` (a browser may send two with one name). */
export function bindingsFor(request: Request, ref: string): string[] {
  const name = `${COOKIE_PREFIX}${ref}`;
  const header = request.headers.get('cookie') ?? '';
  return header
    .split(';')
    .map((pair) => pair.trim())
    .filter((pair) => pair.startsWith(`${name}=`))
    .map((pair) => pair.slice(name.length + 1))
    .filter((value) => REF.test(value));
}
