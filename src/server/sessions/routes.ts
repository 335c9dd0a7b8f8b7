import { RequestError } from '../validate.js';
import { linkRoute } from './link.js';
import type { SessionContext, SessionOptions } from './options.js';
import { createPaymentRoute, verifyPaymentRoute } from './payments.js';

type Route = (request: Request) => Promise<Response>;

/**
 * The `/link` and `/payments` routes (DESIGN.md "Server-started sessions"),
 * for the proxy's router: `route(parts, method)`, or `undefined` when the
 * path is not theirs. The payment routes exist only with a `payment` option.
 */
export function sessionRoutes(options: SessionOptions, context: SessionContext) {
  const link = linkRoute(options, context);
  const create = options.payment ? createPaymentRoute(options.payment, options, context) : undefined;
  const verify = verifyPaymentRoute(context);
  const only = (method: string, allowed: string, route: Route) => {
    if (method !== allowed) throw new RequestError(405, 'METHOD_NOT_ALLOWED', `Use ${allowed}.`, { allow: allowed });
    return route;
  };
  return (parts: string[], method: string): Route | undefined => {
    if (parts.length === 1 && parts[0] === 'link') return only(method, 'POST', link);
    if (!create || parts[0] !== 'payments') return undefined;
    if (parts.length === 1) return only(method, 'POST', create);
    if (parts.length === 2) return only(method, 'GET', (request) => verify(request, parts[1]!));
    return undefined;
  };
}
