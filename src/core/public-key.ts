import type { MonoErrorInfo } from '../events/mono-error.js';

/**
 * Mono's keys are `test_pk_…`/`live_pk_…` (public) and `test_sk_…`/`live_sk_…`
 * (secret). Anything carrying an `sk` segment is treated as secret.
 */
const SECRET_KEY = /(^|[_-])sk([_-]|$)/i;

/**
 * Checks a public key before anything is loaded or requested. A secret key in
 * page markup is already leaked to every visitor; refusing it loudly is the
 * only way the developer finds out before production.
 */
export function checkPublicKey(key: string | undefined | null): MonoErrorInfo | undefined {
  const trimmed = key?.trim() ?? '';
  if (!trimmed) {
    return { code: 'MISSING_PUBLIC_KEY', message: 'No Mono public key: set the public-key attribute, a <mono-provider public-key>, or configure({ publicKey }).' };
  }
  if (SECRET_KEY.test(trimmed)) {
    return {
      code: 'SECRET_KEY_REFUSED',
      message: 'This looks like a Mono secret key (…_sk_…). Secret keys must stay on your server; use the public key (…_pk_…) in the browser, and rotate the secret key if this page was ever served.',
    };
  }
  return undefined;
}
