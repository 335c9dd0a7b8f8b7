import type { MonoErrorInfo } from '../../events/mono-error.js';
import type { MonoPaidDetail } from '../../events/mono-paid.js';
import { toErrorInfo } from '../error-info.js';
import type { MonoFetcher } from '../fetcher/types.js';
import { fetcherFor, peekLinkSession, takeLinkSession, wantsLinkSession, type SessionHost } from './server-session.js';
import type { WidgetConfig } from './types.js';

/*
 * The steps around the widget that the backend decides (DESIGN.md
 * "Server-started sessions"): before it opens, the link session or the
 * payment; after a payment's success, its verification.
 */

export interface PaymentHost extends SessionHost {
  payment?: Record<string, unknown>;
}

export type Prepared = { config: WidgetConfig; paymentReference?: string; error?: undefined } | { error: MonoErrorInfo };

const status = (error: unknown): unknown => (typeof error === 'object' && error !== null ? (error as { status?: unknown }).status : undefined);

async function startPayment(host: PaymentHost, config: WidgetConfig, signal: AbortSignal): Promise<Prepared> {
  const fetcher = fetcherFor(host);
  if (!fetcher.createPayment || !fetcher.verifyPayment) {
    return { error: { code: 'PAYMENTS_UNSUPPORTED', message: 'This fetcher cannot start or verify payments: it needs createPayment() and verifyPayment().' } };
  }
  try {
    const { id, reference } = await fetcher.createPayment(host.payment ?? {}, { signal });
    // Mono's widget takes the initiated payment's id in `data.payment_id` (as Mono's mobile SDKs pass it).
    return { config: { ...config, data: { ...config.data, payment_id: id } }, paymentReference: reference };
  } catch (error) {
    if (status(error) === 404) {
      return { error: { code: 'PAYMENTS_ROUTE_MISSING', message: 'The backend has no payments route: give createMonoProxy a payment() option.', status: 404 } };
    }
    return { error: toErrorInfo(error, 'PAYMENT_NOT_STARTED') };
  }
}

/**
 * The widget's setup with what the backend decided: a payment's id, or the
 * customer id of the link session (which replaces any customer the page
 * set, so no identity from the page reaches the widget). An error is for
 * `mono-error` phase `session`: no widget opens.
 */
export async function prepareSession(host: PaymentHost, config: WidgetConfig, signal: AbortSignal): Promise<Prepared> {
  if (config.scope === 'payments') return startPayment(host, config, signal);
  if (!wantsLinkSession(host)) return { config };
  try {
    return { config: withCustomer(config, (await takeLinkSession(host)).customerId) };
  } catch (error) {
    return { error: toErrorInfo(error, 'SESSION_FAILED') };
  }
}

const withCustomer = (config: WidgetConfig, customerId: string | undefined): WidgetConfig =>
  customerId ? { ...config, data: { ...config.data, customer: { id: customerId } } } : config;

/**
 * On intent: the setup a click would open with, as far as it is known
 * without taking anything single-use (the prefetched link session is read,
 * not taken). Undefined when only the click can tell: a payment is started
 * by the click, and a failed session opens nothing.
 */
export async function intentConfig(host: PaymentHost, config: WidgetConfig): Promise<WidgetConfig | undefined> {
  if (config.scope === 'payments') return undefined;
  if (!wantsLinkSession(host)) return config;
  const session = peekLinkSession(host);
  if (!session) return undefined;
  try {
    return withCustomer(config, (await session).customerId);
  } catch {
    return undefined;
  }
}

const UNPAID: Readonly<Record<string, string>> = {
  pending: 'Mono has not confirmed this payment yet. Give no value until your backend sees it succeed (Mono\'s webhook tells it).',
  failed: 'The payment failed.',
  abandoned: 'The payment was not completed.',
};

/** `mono-paid` detail for a verified successful payment; else the error for phase `payment`. */
export async function verifyPayment(fetcher: MonoFetcher, reference: string): Promise<{ paid: MonoPaidDetail } | { error: MonoErrorInfo }> {
  try {
    const verified = await fetcher.verifyPayment!(reference);
    if (verified.status === 'successful') return { paid: { ...verified } };
    const code = `PAYMENT_${verified.status.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}`;
    return { error: { code, message: UNPAID[verified.status] ?? `Mono reports the payment as "${verified.status}".` } };
  } catch (error) {
    return { error: toErrorInfo(error, 'PAYMENT_NOT_VERIFIED') };
  }
}
