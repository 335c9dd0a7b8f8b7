import { createMemoryBus } from '../bus/memory.js';
import type { MonoBus } from '../bus/types.js';
import { RequestError } from '../validate.js';
import type { MonoWebhookEvent } from '../webhook.js';
import { eventsRoute } from './events.js';
import { webhookRoute } from './webhooks.js';

/** The proxy options of DESIGN.md "Live state" (merged into `MonoProxyOptions`). */
export interface LiveOptions {
  /** Mono's webhook secret (dashboard → Webhooks). Enables `POST {basePath}/webhooks`; without it that route is 404. */
  webhookSecret?: string;
  /** Called once per webhook delivery Mono makes (retries of the same event are skipped), after the answer is decided; not awaited. */
  onWebhook?: (event: MonoWebhookEvent) => void | Promise<void>;
  /** Carries live events between instances. Default: one `createMemoryBus()` per proxy (one process). */
  bus?: MonoBus;
  /** Interval of the comment heartbeat on `GET {basePath}/events`. Default 15 000 ms. */
  heartbeatMs?: number;
  /** How long a webhook delivery is remembered for de-duplication. Default 24 h (Mono retries for less). */
  webhookDedupeMs?: number;
}

type Route = (request: Request) => Promise<Response>;

/** The `/webhooks` and `/events` routes, for the proxy's router: `route(parts, method)` or `undefined` when the path is not theirs. */
export function liveRoutes(options: LiveOptions, authorized: (request: Request, accountId: string) => Promise<void>) {
  const bus = options.bus ?? createMemoryBus();
  const webhooks: Route | undefined = options.webhookSecret
    ? webhookRoute({ secret: options.webhookSecret, bus, onWebhook: options.onWebhook, dedupeMs: options.webhookDedupeMs ?? 24 * 3600_000 })
    : undefined;
  const events = eventsRoute({ bus, authorized, heartbeatMs: options.heartbeatMs ?? 15_000 });
  return (parts: string[], method: string): Route | undefined => {
    if (parts.length !== 1) return undefined;
    const only = (allowed: string, route: Route) => {
      if (method !== allowed) throw new RequestError(405, 'METHOD_NOT_ALLOWED', `Use ${allowed}.`, { allow: allowed });
      return route;
    };
    if (parts[0] === 'webhooks' && webhooks) return only('POST', webhooks);
    if (parts[0] === 'events') return only('GET', events);
    return undefined;
  };
}
