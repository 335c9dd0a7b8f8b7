import type { MonoErrorInfo } from '../events/mono-error.js';
import { checkPublicKey } from './public-key.js';
import type { PublicKeyProblem } from './public-key-problem.js';

/**
 * The `mono-error` for a refused key, with its explanation. Imported only
 * dynamically, by the link button when it refuses a key: its own chunk in
 * every build, so the explanations never weigh on the button's entry (and
 * a bundle that has public-key.ts statically needs no namespace object).
 */
export const publicKeyError = (key: string | undefined, problem: PublicKeyProblem): MonoErrorInfo =>
  checkPublicKey(key) ?? { code: problem, message: problem };
