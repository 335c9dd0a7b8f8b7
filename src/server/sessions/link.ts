import { RequestError, checkAccountId, readJsonBody } from '../validate.js';
import { resolveCustomer } from './customer.js';
import type { SessionContext, SessionOptions } from './options.js';

function accountIdOf(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new RequestError(400, 'INVALID_BODY', 'The body must be an object: {} or { "accountId": "…" }.');
  const accountId = (body as { accountId?: unknown }).accountId;
  if (accountId === undefined || accountId === null) return undefined;
  if (typeof accountId !== 'string') throw new RequestError(400, 'INVALID_ACCOUNT_ID', 'The account id is not valid.');
  return checkAccountId(accountId);
}

/**
 * `POST {basePath}/link` `{ accountId? }`: what the widget may be opened
 * with. Re-authorising an account needs `authorize(request, accountId)`
 * and nothing else: refused, it is 403 before anything reaches Mono. A new
 * link needs `authorize(request, null)`, then the customer (`customer()`,
 * created at Mono when new). Answers `{ customerId? }` and nothing more.
 */
export function linkRoute(options: SessionOptions, context: SessionContext) {
  return async (request: Request): Promise<Response> => {
    const accountId = accountIdOf(await readJsonBody(request, context.maxBodyBytes));
    await context.authorized(request, accountId ?? null);
    if (accountId) return context.answer({});
    const customerId = await resolveCustomer(options, context, request);
    return context.answer(customerId ? { customerId } : {});
  };
}
