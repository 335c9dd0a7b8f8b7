import { createHttpFetcher } from '../../../src/core/fetcher/http-fetcher.js';
import type { MonoFetcher } from '../../../src/core/fetcher/types.js';
import type { WidgetConfig } from '../../../src/core/widget/types.js';
import { createMonoProxy, type MonoProxyOptions } from '../../../src/server/proxy.js';
import { createMonoApiSimulator, type MonoApiSimulator, type SandboxDriver } from '../../../src/testing/index.js';

export const BVN = '22110033445';
/** The host's prices: the only place an amount comes from. */
export const ORDERS: Record<string, number> = { o1: 150000 };

/** Everything that crossed between page and backend, as text. */
export interface Wire {
  requests: string[];
  responses: string[];
}

let sequence = 0;

/**
 * The real HTTP fetcher → the real proxy (customer and payment decided on
 * the "server") → the Mono API simulator, in the page, with every request
 * and answer between page and backend recorded.
 */
export function sessionBackend(options: Partial<MonoProxyOptions> = {}): { fetcher: MonoFetcher; simulator: MonoApiSimulator; wire: Wire } {
  const simulator = createMonoApiSimulator({ processingMs: 0 });
  let saved: string | undefined;
  const proxy = createMonoProxy({
    secretKey: simulator.secretKey,
    apiBase: 'https://api.simulator.invalid',
    fetch: (request) => simulator.handle(request),
    authorize: () => true,
    customer: () => (saved ? { id: saved } : { name: 'Ada Obi', email: 'ada@example.com', identity: { type: 'bvn', number: BVN } }),
    onCustomer: (id) => void (saved = id),
    payment: (_request, body) => {
      const orderId = (body as { orderId?: unknown }).orderId;
      if (typeof orderId !== 'string' || !(orderId in ORDERS)) return null;
      return { amount: ORDERS[orderId]!, description: `Order ${orderId}`, reference: `ref${orderId}x${Date.now()}${++sequence}` };
    },
    ...options,
  });
  const wire: Wire = { requests: [], responses: [] };
  const fetcher = createHttpFetcher({
    endpoint: 'https://app.invalid/api/mono',
    fetch: async (request) => {
      wire.requests.push(`${request.method} ${request.url} ${await request.clone().text()}`);
      const response = await proxy(request);
      wire.responses.push(await response.clone().text());
      return response;
    },
  });
  return { fetcher, simulator, wire };
}

/** The sandbox driver, keeping every setup it was asked to open. */
export function recordConfigs(driver: SandboxDriver): { driver: SandboxDriver; configs: WidgetConfig[] } {
  const configs: WidgetConfig[] = [];
  const open = driver.open.bind(driver);
  driver.open = (config, callbacks, signal) => {
    configs.push(structuredClone(config));
    return open(config, callbacks, signal);
  };
  return { driver, configs };
}
