/*
 * Mono's hosted link, simulated: `POST /v2/accounts/initiate` (scope `auth`
 * or `reauth`) answers a `mono_url` to a page the simulator serves
 * (hosted-page.ts); the user picks a bank and logs in there, is sent back
 * to `redirect_url`, and the webhooks follow. Shapes from Mono's docs:
 * the request and answer of "Initiate Account Linking" and "Account
 * Reauthorisation" (docs.mono.co/api/bank-data/authorisation/…), and the
 * webhooks of the "Connect Link Integration Guide"
 * (docs.mono.co/docs/financial-data/connect-link), where account_connected
 * and account_updated carry `meta.ref`. Mono documents nothing it appends
 * to `redirect_url`, so the simulator appends nothing: the page comes back
 * to exactly the URL it was given.
 */
import { isObject } from '../../core/fetcher/read-fields.js';
import { SANDBOX_INSTITUTIONS } from '../sandbox/sandbox-institutions.js';
import type { SimulatedAccount } from './data.js';
import { hostedPageHtml, type HostedStep } from './hosted-page.js';
import type { SimulatedCustomer } from './sessions.js';
import { reauthorizedPayload, updatedPayload, type WebhookSender } from './webhooks.js';

export interface SimulatedHostedSession {
  /** The id in `mono_url`. */
  id: string;
  scope: 'auth' | 'reauth';
  /** `meta.ref`, as the initiate call gave it. */
  ref?: string;
  redirectUrl?: string;
  customerId?: string;
  /** The account re-authorised, or the one linked. */
  accountId?: string;
  /** `pending` until the user finishes on the page. */
  status: 'pending' | 'linked' | 'failed' | 'cancelled';
  /** The `mono_url` answered. */
  url: string;
}

/** The simulator's hosted link side (part of `MonoApiSimulator`). */
export interface SimulatedHostedLinks {
  /**
   * Where the hosted pages are served, e.g. `http://127.0.0.1:5173/api/demo/hosted`
   * (each `mono_url` is `<base>/<session id>`, and that URL must reach
   * `handle()`). Default: `<the initiate request's origin>/hosted`, which
   * `startMonoSimulator` serves itself.
   */
  setHostedPages(baseUrl: string | undefined): void;
  /** Every hosted session initiated, oldest first. */
  readonly hostedSessions: readonly SimulatedHostedSession[];
}

type Reply = (body: unknown, status?: number, headers?: Record<string, string>) => Response;
export type LinkedAccount = { account: SimulatedAccount; readyInMs: number; finalStatus: string };

export interface HostedTools {
  reply: Reply;
  hex: (length: number) => string;
  now: () => number;
  webhooks: WebhookSender;
  customers: readonly SimulatedCustomer[];
  /** A new account at the bank picked (a `sandbox-…` institution id). */
  link(institutionId: string): LinkedAccount;
  /** An existing account, re-authorised; `undefined` when there is none. */
  reauthorise(accountId: string): LinkedAccount | undefined;
  hasAccount(accountId: string): boolean;
}

const PAGE = /\/hosted\/([A-Za-z0-9]{8,64})$/;
const HTML_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; base-uri 'none'",
};

export function createHostedLinks(tools: HostedTools) {
  const { reply, hex, now, webhooks } = tools;
  const failed = (status: number, message: string) => reply({ status: 'failed', message, data: null }, status);
  const sessions: SimulatedHostedSession[] = [];
  let pagesBase: string | undefined;

  function initiate(body: unknown, origin: string): Response {
    if (!isObject(body)) return failed(400, 'The body must be an object.');
    const { scope, account, redirect_url: redirectUrl } = body;
    if (scope !== 'auth' && scope !== 'reauth') return failed(400, 'scope must be "auth" or "reauth".');
    const meta = body['meta'] === undefined ? {} : body['meta'];
    if (!isObject(meta) || (meta['ref'] !== undefined && typeof meta['ref'] !== 'string')) return failed(400, 'meta must be an object with a string ref.');
    if (redirectUrl !== undefined) {
      let valid = false;
      try {
        valid = typeof redirectUrl === 'string' && /^https?:$/.test(new URL(redirectUrl).protocol);
      } catch {
        valid = false;
      }
      if (!valid) return failed(400, 'redirect_url must be a valid URL.');
    }
    let customerId: string | undefined;
    if (scope === 'reauth') {
      if (typeof account !== 'string' || !account) return failed(400, 'account is required to reauthorise.');
      if (!tools.hasAccount(account)) return failed(404, 'Account not found.');
    } else {
      const customer = body['customer'];
      if (isObject(customer) && typeof customer['id'] === 'string') {
        customerId = customer['id'];
        if (!tools.customers.some((known) => known.id === customerId)) return failed(400, 'No such customer.');
      } else if (isObject(customer) && typeof customer['name'] === 'string' && typeof customer['email'] === 'string') {
        customerId = hex(24);
      } else {
        return failed(400, 'customer is required: { name, email } or { id }.');
      }
    }
    const id = hex(14).toUpperCase();
    const session: SimulatedHostedSession = {
      id,
      scope,
      status: 'pending',
      url: `${pagesBase ?? `${origin}/hosted`}/${id}`,
      ...(typeof meta['ref'] === 'string' ? { ref: meta['ref'] } : {}),
      ...(typeof redirectUrl === 'string' ? { redirectUrl } : {}),
      ...(customerId ? { customerId } : {}),
      ...(scope === 'reauth' ? { accountId: account as string } : {}),
    };
    sessions.push(session);
    return reply({
      status: 'successful',
      message: 'Request was successfully completed',
      timestamp: new Date(now()).toISOString(),
      data: {
        mono_url: session.url,
        customer: customerId ?? null,
        meta,
        scope,
        redirect_url: redirectUrl ?? null,
        created_at: new Date(now()).toISOString(),
      },
    });
  }

  const withRef = (payload: { event: string; data: Record<string, unknown> }, ref: string | undefined) =>
    ref ? { ...payload, data: { ...payload.data, meta: { ...(payload.data['meta'] as object), ref } } } : payload;
  const eventId = () => hex(32);

  /** What Mono sends after the page: account_connected (or account_reauthorized), then account_updated once the data is ready. */
  function announce(session: SimulatedHostedSession, linked: LinkedAccount): void {
    const { account } = linked;
    const first =
      session.scope === 'reauth'
        ? { event_id: eventId(), ...reauthorizedPayload(account.id) }
        : {
            event: 'mono.events.account_connected',
            event_id: eventId(),
            data: { id: account.id, customer: session.customerId, meta: { data_status: 'PROCESSING', auth_method: account.authMethod, ref: session.ref } },
          };
    void webhooks.send(first, account.id);
    const updated = { event_id: eventId(), ...withRef(updatedPayload(account, linked.finalStatus), session.ref) };
    webhooks.later(Math.max(0, linked.readyInMs), () => void webhooks.send(updated, account.id));
  }

  function back(session: SimulatedHostedSession): Response {
    if (!session.redirectUrl) return html(hostedPageHtml({ step: 'gone' }, { reauthorising: false, institutions: [] }), 200);
    return new Response(null, { status: 303, headers: { location: session.redirectUrl, 'cache-control': 'no-store' } });
  }

  const html = (text: string, status: number) => new Response(text, { status, headers: HTML_HEADERS });

  /** The hosted page (`GET` shows it, `POST` is a step), or `undefined` when `url` is not one. */
  async function handlePage(request: Request, url: URL): Promise<Response | undefined> {
    const match = PAGE.exec(url.pathname);
    if (!match || (request.method !== 'GET' && request.method !== 'POST')) return undefined;
    const session = sessions.find((item) => item.id === match[1]);
    const reauthorising = session?.scope === 'reauth';
    const render = (view: HostedStep, status = 200) => html(hostedPageHtml(view, { reauthorising, institutions: SANDBOX_INSTITUTIONS }), status);
    if (!session || session.status !== 'pending') return render({ step: 'gone' }, 404);
    const reauthBank = () => SANDBOX_INSTITUTIONS[0]!;
    if (request.method === 'GET') return render(reauthorising ? { step: 'login', institution: reauthBank() } : { step: 'banks' });

    let form: URLSearchParams;
    try {
      form = new URLSearchParams((await request.text()).slice(0, 4096));
    } catch {
      form = new URLSearchParams();
    }
    const action = form.get('action');
    const institution = SANDBOX_INSTITUTIONS.find((bank) => bank.id === form.get('institution')) ?? (reauthorising ? reauthBank() : undefined);
    if (action === 'cancel') {
      session.status = 'cancelled';
      return back(session);
    }
    if (!institution) return render({ step: 'banks' }, 400);
    if (action === 'bank') return render({ step: 'login', institution });
    if (action !== 'login') return render({ step: 'banks' }, 400);
    const password = form.get('password') ?? '';
    if (password === 'wrong') return render({ step: 'login', institution, error: 'Incorrect username or password.' });
    if (password === 'fail') {
      session.status = 'failed';
      // Named in Mono's webhook docs as an example event; its payload is not documented, so it carries only what the proxy matches on.
      const refused = { event: 'mono.events.account_connected.failed', event_id: eventId(), data: { customer: session.customerId, meta: { ref: session.ref } } };
      void webhooks.send(refused, '');
      return back(session);
    }
    const linked = session.scope === 'reauth' ? tools.reauthorise(session.accountId!) : tools.link(institution.id);
    if (!linked) return render({ step: 'gone' }, 404);
    session.status = 'linked';
    session.accountId = linked.account.id;
    announce(session, linked);
    return back(session);
  }

  const api: SimulatedHostedLinks = {
    setHostedPages: (baseUrl) => void (pagesBase = baseUrl?.replace(/\/+$/, '')),
    hostedSessions: sessions,
  };
  return { initiate, handlePage, api };
}
