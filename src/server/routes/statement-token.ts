import { MONO_JOB_ID } from './statement-job.js';

/*
 * A statement job belongs to the account it was asked for. Mono's job route
 * (`/accounts/:id/statement/jobs/:job`) names the account, but every account
 * of an app shares one secret key, and nothing in Mono's docs says it refuses
 * a job asked for through another account's path. So the browser never holds
 * Mono's bare job id: it holds `<mono id>.<tag>`, where the tag is an HMAC of
 * the account id and the job id under a key derived from the secret key. A
 * user who is authorised for account B and polls account A's job through B's
 * path presents a tag that does not match B, and is refused before Mono is
 * asked. Stateless, so it holds across any number of proxy instances without
 * a shared store, and survives restarts.
 */

const TOKEN = /^([A-Za-z0-9_-]{1,64})\.([A-Za-z0-9_-]{22})$/;
const encoder = new TextEncoder();

function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Equal strings in time that does not depend on where they differ. */
function sameText(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return difference === 0;
}

export interface StatementTokens {
  /** The job id the browser gets for Mono's `jobId` on `accountId`. */
  issue(accountId: string, jobId: string): Promise<string>;
  /** Mono's job id inside `token`, when the token was issued for `accountId`; else `undefined`. */
  open(accountId: string, token: string): Promise<string | undefined>;
}

/** Whether `value` has the shape of a job id this proxy issues (checked before anything else). */
export const isStatementToken = (value: string): boolean => TOKEN.test(value);

export function statementTokens(secretKey: string): StatementTokens {
  let key: Promise<CryptoKey> | undefined;
  // The secret key is never used directly: the HMAC key is derived from it for this one purpose.
  const hmacKey = () =>
    (key ??= crypto.subtle
      .importKey('raw', encoder.encode(secretKey), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign'])
      .then((root) => crypto.subtle.sign('HMAC', root, encoder.encode('mono-connect-elements/statement-job/v1')))
      .then((derived) => crypto.subtle.importKey('raw', derived, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign'])));

  async function tag(accountId: string, jobId: string): Promise<string> {
    const mac = await crypto.subtle.sign('HMAC', await hmacKey(), encoder.encode(`${accountId}\n${jobId}`));
    return base64url(new Uint8Array(mac).slice(0, 16));
  }

  return {
    async issue(accountId, jobId) {
      if (!MONO_JOB_ID.test(jobId)) throw new TypeError('Not a Mono job id.');
      return `${jobId}.${await tag(accountId, jobId)}`;
    },
    async open(accountId, token) {
      const match = TOKEN.exec(token);
      if (!match) return undefined;
      const [, jobId, given] = match;
      return sameText(given!, await tag(accountId, jobId!)) ? jobId : undefined;
    },
  };
}
