import type { MonoErrorInfo } from '../events/mono-error.js';
import { publicKeyProblem, type PublicKeyProblem } from './public-key-problem.js';

const EXPLANATIONS: Record<PublicKeyProblem, string> = {
  MISSING_PUBLIC_KEY: 'No Mono public key: set the public-key attribute, a <mono-provider public-key>, or configure({ publicKey }).',
  SECRET_KEY_REFUSED:
    'This looks like a Mono secret key (…_sk_…). Secret keys must stay on your server; use the public key (…_pk_…) in the browser, and rotate the secret key if this page was ever served.',
};

/**
 * Checks a public key before anything is loaded or requested. A secret key in
 * page markup is already leaked to every visitor; refusing it loudly is the
 * only way the developer finds out before production.
 */
export function checkPublicKey(key: string | undefined | null): MonoErrorInfo | undefined {
  const code = publicKeyProblem(key);
  return code && { code, message: EXPLANATIONS[code] };
}
