import { RequestError, checkAccountId } from '../validate.js';
import type { AccountContext, AccountListOptions } from './accounts-options.js';
import { listAccountsRoute, unlinkRoute } from './accounts.js';
import { institutionsRoute } from './institutions.js';
import { refreshRoute } from './refresh.js';
import { checkStatementJobId, statementRoutes, type StatementRouteOptions } from './statement.js';

type Route = (request: Request) => Promise<Response>;

/**
 * The routes of DESIGN.md "After the link", for the proxy's router:
 * `route(parts, method)`, or `undefined` when the path is not theirs (so
 * `GET /accounts/:id` stays with the proxy's account route). `GET /accounts`
 * exists only with a `listAccounts` option. The statement routes are in
 * statement.ts.
 */
export function accountRoutes(options: AccountListOptions & StatementRouteOptions, context: AccountContext) {
  const list = options.listAccounts ? listAccountsRoute(options.listAccounts, context) : undefined;
  const unlink = unlinkRoute(options, context);
  const refresh = refreshRoute(options.refreshCooldownMs ?? 5 * 60_000, context);
  const institutions = institutionsRoute(context);
  const statement = statementRoutes(options, context);
  const only = (method: string, allowed: string, route: Route) => {
    if (method !== allowed) throw new RequestError(405, 'METHOD_NOT_ALLOWED', `Use ${allowed}.`, { allow: allowed });
    return route;
  };
  return (parts: string[], method: string): Route | undefined => {
    if (parts.length === 1 && parts[0] === 'institutions') return only(method, 'GET', institutions);
    if (parts[0] !== 'accounts') return undefined;
    if (parts.length === 1) return list ? only(method, 'GET', list) : undefined;
    if (parts.length === 2 && method === 'DELETE' && parts[1] !== 'auth') {
      const id = checkAccountId(parts[1]!);
      return (request) => unlink(request, id);
    }
    if (parts.length === 3 && parts[2] === 'refresh') {
      const id = checkAccountId(parts[1]!);
      return only(method, 'POST', (request) => refresh(request, id));
    }
    if (parts.length === 3 && parts[2] === 'statement') {
      const id = checkAccountId(parts[1]!);
      return only(method, 'POST', (request) => statement.request(request, id));
    }
    if (parts.length === 5 && parts[2] === 'statement' && parts[3] === 'jobs') {
      const id = checkAccountId(parts[1]!);
      const jobId = checkStatementJobId(parts[4]!);
      return only(method, 'GET', (request) => statement.poll(request, id, jobId));
    }
    return undefined;
  };
}
