import type { SimulatedAccount } from './data.js';

/** Where the simulator posts Mono's webhooks: your `POST {endpoint}/webhooks`. */
export interface SimulatorWebhookTarget {
  /** e.g. `http://127.0.0.1:5173/api/mono/webhooks`. */
  url: string;
  /** Sent as `mono-webhook-secret`, as Mono does; give the proxy the same `webhookSecret`. */
  secret: string;
  /** The `fetch` used to post. Default `globalThis.fetch`. */
  fetch?: (request: Request) => Promise<Response>;
}

/** The simulator's webhook side (part of `MonoApiSimulator`). */
export interface SimulatorWebhooks {
  /** Sets (or with `undefined`, clears) where webhooks go. */
  setWebhook(target: SimulatorWebhookTarget | undefined): void;
  /** Every webhook sent, oldest first, with the status the endpoint answered. */
  readonly webhookDeliveries: SimulatedDelivery[];
  /**
   * The bank wants the user again: sends `mono.events.reauthorisation_required`
   * now; the next code exchanged for this account (re-authorisation through
   * the widget) sends `mono.events.account_reauthorized`. Resolves with the
   * endpoint's HTTP status.
   */
  requireReauth(accountId: string): Promise<number>;
  /** Unlinks the account (it is gone from the API) and sends `mono.events.account_unlinked`. */
  unlink(accountId: string): Promise<number>;
  /** Cancels webhooks still scheduled (data-ready, retries). */
  stopWebhooks(): void;
}

/** One webhook the simulator sent, and what the endpoint answered (0: unreachable). */
export interface SimulatedDelivery {
  event: string;
  accountId: string;
  status: number;
}

/*
 * Mono's payload shapes, as test/fixtures/mono/webhook-*.ts record them from
 * Mono's docs: v1 camelCase account with `_id`, BVN and full account number
 * included (the proxy must drop them), `meta.data_status` upper case.
 */

export const connectedPayload = (account: SimulatedAccount) => ({
  event: 'mono.events.account_connected',
  data: { id: account.id, customer: `cus_${account.id.slice(-8)}`, meta: {} },
});

export const updatedPayload = (account: SimulatedAccount, dataStatus: string) => ({
  event: 'mono.events.account_updated',
  data: {
    account: {
      _id: account.id,
      name: account.name,
      accountNumber: account.accountNumber,
      currency: account.currency,
      balance: account.balance,
      type: account.type,
      bvn: account.bvn,
      authMethod: account.authMethod,
      institution: { name: account.bank.name, bankCode: account.bank.bankCode, type: account.bank.type },
    },
    meta: {
      data_status: dataStatus.toUpperCase(),
      auth_method: account.authMethod,
      retrieved_data: dataStatus.toUpperCase() === 'FAILED' ? [] : ['identity', 'balance', 'transactions'],
    },
  },
});

export const reauthRequiredPayload = (accountId: string) => ({ event: 'mono.events.reauthorisation_required', data: { account: { _id: accountId } } });
export const reauthorizedPayload = (accountId: string) => ({ event: 'mono.events.account_reauthorized', data: { account: { _id: accountId } } });
export const unlinkedPayload = (accountId: string) => ({ event: 'mono.events.account_unlinked', data: { account: { id: accountId } } });

const RETRY_DELAYS_MS = [200, 1000];

/**
 * Posts webhooks to a target, retrying a failed delivery twice (Mono retries
 * too, with longer gaps), and records every attempt. Timers are tracked so
 * `stop()` leaves nothing pending.
 */
export class WebhookSender {
  target?: SimulatorWebhookTarget;
  readonly deliveries: SimulatedDelivery[] = [];
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();

  /** Runs `action` after `ms`, unless stopped first; never keeps a Node process alive. */
  later(ms: number, action: () => void): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      action();
    }, ms);
    (timer as { unref?: () => void }).unref?.();
    this.timers.add(timer);
  }

  /** Sends `payload` now; resolves with the final HTTP status (0: unreachable, -1: no target). */
  async send(payload: { event: string; data: unknown }, accountId: string, attempt = 0): Promise<number> {
    const target = this.target;
    if (!target) return -1;
    const post = target.fetch ?? ((request: Request) => globalThis.fetch(request));
    let status = 0;
    try {
      const response = await post(
        new Request(target.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'mono-webhook-secret': target.secret },
          body: JSON.stringify(payload),
        }),
      );
      status = response.status;
      await response.body?.cancel();
    } catch {
      status = 0;
    }
    this.deliveries.push({ event: payload.event, accountId, status });
    const delay = RETRY_DELAYS_MS[attempt];
    if ((status === 0 || status >= 500 || status === 429) && delay !== undefined) {
      return new Promise((resolve) => this.later(delay, () => void this.send(payload, accountId, attempt + 1).then(resolve)));
    }
    return status;
  }

  stop(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }
}

/**
 * What Mono sends after a widget success: a re-authorisation is answered
 * with `account_reauthorized`; a link with `account_connected`, then
 * `account_updated` once the data is ready (`readyInMs` from now).
 */
export function announceLink(sender: WebhookSender, account: SimulatedAccount, link: { reauthorised: boolean; readyInMs: number; finalStatus: string }): void {
  if (!sender.target) return;
  if (link.reauthorised) {
    void sender.send(reauthorizedPayload(account.id), account.id);
    return;
  }
  void sender.send(connectedPayload(account), account.id);
  sender.later(Math.max(0, link.readyInMs), () => void sender.send(updatedPayload(account, link.finalStatus), account.id));
}
