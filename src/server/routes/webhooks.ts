import type { MonoBus } from '../bus/types.js';
import { deliveryKey, liveEventFrom } from '../live-events.js';
import { fail, json } from '../responses.js';
import { verifyWebhook, WebhookError, type MonoWebhookEvent } from '../webhook.js';
import { hostedStore } from './hosted-store.js';

export interface WebhookRouteOptions {
  secret: string;
  bus: MonoBus;
  onWebhook?: (event: MonoWebhookEvent) => void | Promise<void>;
  /** How long a delivery is remembered, so a retry is not published again. */
  dedupeMs: number;
}

/** Mono's webhook bodies are a few kB; anything far larger is not Mono. */
const MAX_WEBHOOK_BYTES = 256 * 1024;

/**
 * `POST {basePath}/webhooks`: authenticated by the secret alone (Mono has no
 * user session). A delivery seen before is answered 200 and nothing else,
 * so Mono stops retrying and pages see each event once. `onWebhook` runs
 * after the answer is decided and is not awaited: Mono times out slow
 * endpoints and retries them, so long work belongs in the host's own queue.
 */
export function webhookRoute(options: WebhookRouteOptions) {
  const hosted = hostedStore(options.bus);
  return async (request: Request): Promise<Response> => {
    const declared = Number(request.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > MAX_WEBHOOK_BYTES) return fail(413, 'BODY_TOO_LARGE', 'The webhook body is too large.');
    let event: MonoWebhookEvent;
    try {
      event = await verifyWebhook(request, options.secret);
    } catch (error) {
      if (error instanceof WebhookError) return fail(error.status, error.code, error.message);
      throw error;
    }
    const key = `mono:webhook:${await deliveryKey(event)}`;
    let claimed = false;
    try {
      claimed = await options.bus.claim(key, options.dedupeMs);
      if (!claimed) return json({ received: true, duplicate: true });
      // A hosted link's result (matched on meta.ref) before the live event, so a page woken by it finds the result.
      await hosted.record(event);
      const live = liveEventFrom(event);
      if (live) await options.bus.publish(live);
    } catch {
      // The bus is down (Redis unreachable): a 503 makes Mono retry later,
      // (recording a hosted result twice is harmless: the first one stands),
      // and the released key lets that retry through.
      if (claimed) await options.bus.release(key).catch(() => {});
      return fail(503, 'BUS_UNAVAILABLE', 'Live events are unavailable; try again later.', { 'retry-after': '5' });
    }
    if (options.onWebhook) {
      Promise.resolve()
        .then(() => options.onWebhook!(event))
        .catch((error: unknown) => console.error('mono-connect-elements: onWebhook threw.', error));
    }
    return json({ received: true });
  };
}
