import { isObject } from '../../core/fetcher/read-fields.js';
import { monoData } from '../sessions/checks.js';
import { customerIdFor, describeCustomer } from '../sessions/customer.js';
import { RequestError, checkAccountId, readJsonBody } from '../validate.js';
import { bindingCookie, randomToken, sha256 } from './hosted-cookie.js';
import { checkRedirectUrl, requestOrigin, withRef } from './hosted-redirect.js';
import type { HostedDeps } from './hosted-routes.js';
import { customerKeys, onStore } from './hosted-store.js';

function readBody(body: unknown): { redirectUrl: unknown; accountId?: string } {
  if (!isObject(body)) throw new RequestError(400, 'INVALID_BODY', 'The body must be an object: { "redirectUrl": "…", "accountId"?: "…" }.');
  const accountId = body['accountId'];
  if (accountId === undefined || accountId === null) return { redirectUrl: body['redirectUrl'] };
  if (typeof accountId !== 'string') throw new RequestError(400, 'INVALID_ACCOUNT_ID', 'The account id is not valid.');
  return { redirectUrl: body['redirectUrl'], accountId: checkAccountId(accountId) };
}

/** Mono's `mono_url`: an absolute http(s) URL, or Mono's answer is of no use. */
function monoUrl(body: unknown): string {
  const url = monoData(body)?.['mono_url'];
  try {
    if (typeof url === 'string' && /^https?:$/.test(new URL(url).protocol)) return url;
  } catch {
    // Falls through to the 502.
  }
  throw new RequestError(502, 'UPSTREAM_INVALID_RESPONSE', 'Mono did not return a usable mono_url.');
}

/**
 * `POST {basePath}/link/hosted` `{ redirectUrl, accountId? }`: starts Mono's
 * hosted flow (`POST /v2/accounts/initiate`) for the signed-in user's
 * customer, or (with `accountId`, after `authorize(request, accountId)`)
 * to re-authorise that account. Answers `{ url, ref }` and sets the cookie
 * that alone lets this browser read the result.
 */
export function hostedLinkRoute({ options, context, policy, store, ttlMs }: HostedDeps) {
  return async (request: Request): Promise<Response> => {
    const { redirectUrl, accountId } = readBody(await readJsonBody(request, context.maxBodyBytes));
    await context.authorized(request, accountId ?? null);
    const redirect = checkRedirectUrl(redirectUrl, request, policy);

    let customerId: string | undefined;
    let keys: string[] = [];
    if (!accountId) {
      if (!options.customer) throw new RequestError(500, 'CUSTOMER_REQUIRED', 'The hosted link needs the proxy\'s customer option: Mono links an account to a customer.');
      const described = await describeCustomer(options, request);
      if (!described) throw new RequestError(403, 'CUSTOMER_REQUIRED', 'You may not link an account.');
      customerId = await customerIdFor(options, context, request, described);
      keys = await customerKeys(described, customerId);
    }

    const ref = randomToken();
    const binding = randomToken();
    const scope = accountId ? 'reauth' : 'auth';
    const session = { binding: await sha256(binding), scope, expires: Date.now() + ttlMs, ...(accountId ? { accountId } : { customers: keys }) } as const;
    // Recorded before Mono hears of the ref, so its webhook always finds it.
    await onStore(() => store.start(ref, session));

    const redirect_url = withRef(redirect, ref);
    const initiate = accountId
      ? { scope, account: accountId, meta: { ref }, redirect_url }
      : { customer: { id: customerId }, scope, meta: { ref }, redirect_url };
    const url = monoUrl(await context.call(request.signal, 'POST', '/v2/accounts/initiate', initiate));

    const own = requestOrigin(request, policy.trustProxy);
    // The browser reached us over https, or the page it is on (our own host) is https.
    const secure = own.protocol === 'https:' || (redirect.protocol === 'https:' && redirect.host === own.host);
    const response = context.answer({ url, ref });
    response.headers.append('set-cookie', bindingCookie(ref, binding, { path: context.basePath, maxAgeMs: ttlMs, secure }));
    return response;
  };
}
