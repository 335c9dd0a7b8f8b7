/**
 * Mono's keys are `test_pk_…`/`live_pk_…` (public) and `test_sk_…`/`live_sk_…`
 * (secret). Anything carrying an `sk` segment is treated as secret.
 */
const SECRET_KEY = /(^|[_-])sk([_-]|$)/i;

/** Why a key may not be used in the page, as a `mono-error` code; `undefined` when it may. */
export type PublicKeyProblem = 'MISSING_PUBLIC_KEY' | 'SECRET_KEY_REFUSED';

/**
 * The key check alone, without the explanations (`checkPublicKey` adds
 * them): small enough for the link button's entry, which must refuse a key
 * before it loads anything.
 */
export function publicKeyProblem(key: string | undefined | null): PublicKeyProblem | undefined {
  const trimmed = key?.trim();
  if (!trimmed) return 'MISSING_PUBLIC_KEY';
  return SECRET_KEY.test(trimmed) ? 'SECRET_KEY_REFUSED' : undefined;
}
