// mono-connect-elements/server: the backend half. Runs on Node 20+ and any
// runtime with fetch/Request/Response; never bundle it for the browser.
export { createMonoProxy } from './proxy.js';
export type { Authorize, MonoProxyHandler, MonoProxyOptions } from './proxy.js';
export { toNodeHandler } from './node-adapter.js';
export type { NodeHandlerOptions } from './node-adapter.js';
export { verifyWebhook, webhookAccountId, WebhookError } from './webhook.js';
export type { MonoWebhookAccount, MonoWebhookEvent, MonoWebhookEventName } from './webhook.js';
export { createMemoryBus } from './bus/memory.js';
export type { MemoryBusOptions } from './bus/memory.js';
export type { BusEvent, BusState, MonoBus } from './bus/types.js';
export type { LiveOptions } from './routes/live.js';
export type { SessionOptions } from './sessions/options.js';
export type { CustomerAnswer, NewMonoCustomer, PaymentDecision, VerifiedPayment } from './sessions/checks.js';
export type { MonoLiveEvent, MonoLiveEventType } from '../core/live/live-event.js';
export type { AccountListOptions } from './routes/accounts-options.js';
export type { LinkedInfo } from './routes/exchange.js';
export type { HostedLinkOptions } from './routes/hosted-routes.js';
export type { FailedAccount } from './routes/accounts.js';
export type { InstitutionSummary } from './routes/institutions.js';
export type { RefreshStatus } from './routes/refresh.js';
