/*
 * The secret key must never leave in an answer, whatever Mono (or a proxy in
 * between) echoes back: every string and key of every body the proxy sends
 * goes through here. Bodies are small and shallow by then (the allow-list
 * built them), so a plain recursive walk is enough.
 */

export const REDACTED = '[redacted]';

export function scrubText(text: string, secret: string): string {
  return secret && text.includes(secret) ? text.split(secret).join(REDACTED) : text;
}

export function scrubSecret(value: unknown, secret: string): unknown {
  if (typeof value === 'string') return scrubText(value, secret);
  if (Array.isArray(value)) return value.map((item) => scrubSecret(item, secret));
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      // defineProperty, so a key named "__proto__" stays a plain field.
      Object.defineProperty(out, scrubText(key, secret), { value: scrubSecret(item, secret), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  return value;
}
