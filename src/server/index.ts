// mono-connect-elements/server: the backend half. Runs on Node 20+ and any
// runtime with fetch/Request/Response; never bundle it for the browser.
export { createMonoProxy } from './proxy.js';
export type { Authorize, MonoProxyHandler, MonoProxyOptions } from './proxy.js';
export { toNodeHandler } from './node-adapter.js';
export type { NodeHandlerOptions } from './node-adapter.js';
export { verifyWebhook, webhookAccountId, WebhookError } from './webhook.js';
export type { MonoWebhookAccount, MonoWebhookEvent, MonoWebhookEventName } from './webhook.js';
