import { fail } from '../responses.js';
import { describeCustomer } from '../sessions/customer.js';
import { RequestError } from '../validate.js';
import { findDuplicate } from './duplicate.js';
import type { LinkedInfo } from './exchange.js';
import { REF, bindingsFor, sha256 } from './hosted-cookie.js';
import type { HostedDeps } from './hosted-routes.js';
import { customerKeys, onStore, type HostedSession } from './hosted-store.js';

/** How long one request holds the right to run `onLinked`; if its instance dies meanwhile, a later poll runs it. */
const CLAIM_MS = 2 * 60_000;

/** One answer for every ref this browser may not read: unknown, expired, unbound, someone else's. */
const notFound = () => fail(404, 'HOSTED_LINK_NOT_FOUND', 'There is no hosted link with this ref for this browser.');

/**
 * `GET {basePath}/link/hosted/:ref`: `{ status: 'pending' | 'linked' |
 * 'failed', accountId?, duplicateOf? }` from what Mono's webhooks recorded.
 * Only the browser holding the ref's cookie, signed in as the same user
 * (the same customer; for a re-authorisation, `authorize` on that account),
 * learns anything. The first such request after the link runs `onLinked`;
 * `linked` is answered only once it has succeeded, so a concurrent poll
 * meanwhile hears `pending`.
 */
export function hostedStatusRoute({ options, context, store }: HostedDeps) {
  async function sameUser(request: Request, session: HostedSession): Promise<boolean> {
    if (session.scope === 'reauth') {
      try {
        await context.authorized(request, session.accountId!);
        return true;
      } catch {
        return false;
      }
    }
    const [key] = await customerKeys(await describeCustomer(options, request));
    return key !== undefined && (session.customers ?? []).includes(key);
  }

  async function save(request: Request, ref: string, session: HostedSession, accountId: string): Promise<LinkedInfo | undefined> {
    if (!(await onStore(() => store.claim(ref, CLAIM_MS)))) return undefined;
    // Another instance may have finished between our read and our claim.
    const done = await onStore(() => store.saved(ref));
    if (done) return done;
    const duplicateOf =
      session.scope === 'auth' && options.listAccounts ? await findDuplicate(options.listAccounts, context, request, accountId) : undefined;
    const info: LinkedInfo = duplicateOf ? { duplicateOf } : {};
    try {
      await options.onLinked?.(accountId, request, info);
    } catch {
      await store.release(ref).catch(() => {});
      throw new RequestError(500, 'LINK_NOT_SAVED', 'The account was linked but could not be saved. Try again.');
    }
    // Kept claimed even if this fails: onLinked has run, and must not run again at once.
    await onStore(() => store.markSaved(ref, session, info));
    return info;
  }

  return async (request: Request, ref: string): Promise<Response> => {
    await context.authorized(request, null);
    if (!REF.test(ref)) return notFound();
    const session = await onStore(() => store.session(ref));
    if (!session) return notFound();
    let bound = false;
    for (const binding of bindingsFor(request, ref)) if ((await sha256(binding)) === session.binding) bound = true;
    if (!bound || !(await sameUser(request, session))) return notFound();

    const result = await onStore(() => store.result(ref));
    if (!result) return context.answer({ status: 'pending' });
    if (result.status === 'failed' || !result.accountId) return context.answer({ status: 'failed' });
    const info = (await onStore(() => store.saved(ref))) ?? (await save(request, ref, session, result.accountId));
    if (!info) return context.answer({ status: 'pending' });
    return context.answer({ status: 'linked', accountId: result.accountId, ...info });
  };
}
