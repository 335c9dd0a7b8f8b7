/*
 * The address bar's part in a hosted link (DESIGN.md "Hosted link"): Mono
 * sends the user back to the page with `mono_ref=<ref>` in its query, and
 * that parameter is all a fresh page load needs (with the cookie that binds
 * the ref to this browser) to finish the link.
 */

export const REF_PARAM = 'mono_ref';

const isRef = (pair: string): boolean => {
  const name = pair.split('=', 1)[0]!;
  try {
    return decodeURIComponent(name.replace(/\+/g, ' ')) === REF_PARAM;
  } catch {
    return false;
  }
};

/** The `mono_ref` in `href`'s query, if any (the first one). */
export function refIn(href: string): string | undefined {
  return new URL(href).searchParams.get(REF_PARAM) || undefined;
}

/**
 * `href` without any `mono_ref`. The other parameters stay exactly as they
 * were written (not re-encoded: `a=b%20c` stays `a=b%20c`), and so does the hash.
 */
export function withoutRef(href: string): string {
  const url = new URL(href);
  const kept = url.search.slice(1).split('&').filter((pair) => pair && !isRef(pair));
  url.search = kept.length ? `?${kept.join('&')}` : '';
  return url.href;
}

/** Takes `mono_ref` out of the address bar, without a reload or a history entry. */
export function cleanAddressBar(): void {
  const clean = withoutRef(location.href);
  if (clean !== location.href) history.replaceState(history.state, '', clean);
}
