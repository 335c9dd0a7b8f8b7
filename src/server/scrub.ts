/*
 * The secret key must never leave in an answer, whatever Mono (or a proxy in
 * between) echoes back: every string and key of every body the proxy sends
 * goes through here. Bodies are small and shallow by then (the allow-list
 * built them), so a plain recursive walk is enough. Most bodies hold no
 * secret at all: those are checked without being copied.
 */

export const REDACTED = '[redacted]';

export function scrubText(text: string, secret: string): string {
  return secret && text.includes(secret) ? text.split(secret).join(REDACTED) : text;
}

/** Plain data only (what JSON.parse and object literals make): anything else takes the copying walk, as before. */
function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Whether `value` is plain data with `secret` in none of its strings and keys: then it can go out as it is. */
function isClean(value: unknown, secret: string): boolean {
  if (typeof value === 'string') return !value.includes(secret);
  // A function could be a toJSON() that JSON.stringify would call.
  if (typeof value === 'function') return false;
  if (typeof value !== 'object' || value === null) return true;
  if (Array.isArray(value)) {
    if (Object.getPrototypeOf(value) !== Array.prototype) return false;
    for (let i = 0; i < value.length; i++) if (!isClean(value[i], secret)) return false;
    return true;
  }
  if (!isPlainObject(value)) return false;
  for (const key of Object.keys(value)) {
    if (key.includes(secret) || !isClean((value as Record<string, unknown>)[key], secret)) return false;
  }
  return true;
}

export function scrubSecret(value: unknown, secret: string): unknown {
  if (!secret || isClean(value, secret)) return value;
  return scrubbed(value, secret);
}

function scrubbed(value: unknown, secret: string): unknown {
  if (typeof value === 'string') return scrubText(value, secret);
  // Dropped, as JSON drops functions: copied, a toJSON() would still run and say what it likes.
  if (typeof value === 'function') return undefined;
  if (Array.isArray(value)) return value.map((item) => scrubbed(item, secret));
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      // defineProperty, so a key named "__proto__" stays a plain field.
      Object.defineProperty(out, scrubText(key, secret), { value: scrubbed(item, secret), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  return value;
}
