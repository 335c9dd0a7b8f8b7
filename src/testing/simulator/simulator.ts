import { createAccountActions, type SimulatedAccountActions } from './account-actions.js';
import { bankOfInstitution, generateAccount, parseDate, SIMULATION_TODAY, type SimulatedAccount, type SimulatedBank, type SimulatedTransaction } from './data.js';
import { createHostedLinks, type SimulatedHostedLinks } from './hosted-sessions.js';
import { createRandom } from './prng.js';
import { createSessionSimulation, type SimulatedPayments } from './sessions.js';
import { createStatementJobs, type SimulatedStatements } from './statement-jobs.js';
import { announceLink, reauthRequiredPayload, unlinkedPayload, WebhookSender, type SimulatorWebhooks, type SimulatorWebhookTarget } from './webhooks.js';

/** Accounts that exist from the start, one per data status a screen must handle. */
export const SIMULATED_ACCOUNTS = {
  /** AVAILABLE from the start. */
  available: '5f9a0c1b2d3e4f5a6b7c8d01',
  /** PROCESSING, then AVAILABLE once `processingMs` has passed since the simulator started. */
  processing: '5f9a0c1b2d3e4f5a6b7c8d02',
  /** FAILED: Mono could not fetch its data. */
  failed: '5f9a0c1b2d3e4f5a6b7c8d03',
  /** PARTIAL (sent in lower case, as Mono's newer docs show). */
  partial: '5f9a0c1b2d3e4f5a6b7c8d04',
  /** AVAILABLE, with a narration that is an HTML injection attempt. */
  hostile: '5f9a0c1b2d3e4f5a6b7c8d05',
  /** AVAILABLE, with no transactions. */
  empty: '5f9a0c1b2d3e4f5a6b7c8d06',
} as const;

export interface SimulatorOptions {
  /** The `mono-sec-key` the simulator accepts. Default `test_sk_simulator`. */
  secretKey?: string;
  /** Seed for the generated data. Default 1. */
  seed?: number;
  /** How long a newly linked account stays PROCESSING. Default 3000 ms. */
  processingMs?: number;
  /** Transactions per page. Default 20. */
  pageSize?: number;
  /** Clock, for tests of code expiry. Default `Date.now`. */
  now?: () => number;
  /** Where to post Mono's webhooks (on link, when data is ready, on demand). Default: none are sent. */
  webhook?: SimulatorWebhookTarget;
  /** How long a PDF statement job is BUILDING. Default 1500 ms. */
  statementMs?: number;
  /**
   * When generated histories end (epoch ms). Default `SIMULATION_TODAY`, a
   * fixed day, so tests see the same data everywhere; a demo passes today, so
   * "the last 6 months" always has figures.
   */
  historyEndsAt?: number;
}

/** Faults the next requests meet; counts go down as requests consume them (use Infinity to keep one on). */
export interface SimulatorFaults {
  /** Delay before every answer. */
  latencyMs: number;
  /** Next N requests answer 500. */
  serverErrors: number;
  /** Next N requests answer 429 with `Retry-After: retryAfterSeconds`. */
  rateLimits: number;
  retryAfterSeconds: number;
  /** Next N requests answer 200 with a truncated JSON body. */
  malformed: number;
}

export interface SimulatedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
}

type FinalStatus = 'AVAILABLE' | 'FAILED' | 'partial';

interface AccountState {
  account: SimulatedAccount;
  linkedAt: number;
  processingMs: number;
  finalStatus: FinalStatus;
}

interface CodeState {
  accountId: string;
  /** The bank the user picked in the widget, for a new account. */
  bank?: SimulatedBank;
  issuedAt: number;
  used: boolean;
}

const CODE_LIFETIME_MS = 10 * 60_000;

export interface MonoApiSimulator extends SimulatorWebhooks, SimulatedAccountActions, SimulatedStatements, SimulatedHostedLinks {
  readonly secretKey: string;
  /** Faults for the next requests; mutate freely. */
  readonly faults: SimulatorFaults;
  /** Every request received, oldest first. */
  readonly requests: SimulatedRequest[];
  /** Answers one request as Mono's API would (v1 and v2 paths). */
  handle(request: Request): Promise<Response>;
  /**
   * A one-time code, as Mono's widget returns after a link: for `accountId`
   * (re-authorisation, or a preset account), or for a new account that stays
   * PROCESSING for `processingMs` after its exchange. With `institutionId`
   * (`sandbox-gtbank`, as the sandbox widget and `GET /v1/institutions` name
   * banks), the new account is the sandbox user's account at that bank: the
   * same number and history on every link there, under a new id each time,
   * as Mono does on a re-link.
   */
  issueCode(options?: { accountId?: string; institutionId?: string }): string;
  /**
   * An account linked before now, its data AVAILABLE: for demos and tests
   * that start with a user's accounts. `institutionId` as for `issueCode`.
   * Returns its new id.
   */
  linkAccount(options?: { institutionId?: string }): string;
  /** The simulated account behind an id. */
  account(accountId: string): SimulatedAccount | undefined;
  /** The data status Mono would report now. */
  dataStatus(accountId: string): string | undefined;
  /** Customers and one-time payments (`POST /v2/customers`, `/v2/payments/initiate`, `/v2/payments/verify/:reference`). */
  readonly payments: SimulatedPayments;
}

/**
 * Mono's API, simulated in memory with deterministic data: token exchange
 * with single-use codes that expire after 10 minutes, account details whose
 * data status moves from PROCESSING to AVAILABLE, paged and filtered
 * transactions, and switchable faults. A fetch-API handler, so it runs in a
 * browser (the in-memory fetcher) as well as behind node:http (`startMonoSimulator`).
 */
export function createMonoApiSimulator(options: SimulatorOptions = {}): MonoApiSimulator {
  const secretKey = options.secretKey ?? 'test_sk_simulator';
  const seed = options.seed ?? 1;
  const processingMs = options.processingMs ?? 3000;
  const pageSize = options.pageSize ?? 20;
  const now = options.now ?? Date.now;
  const historyEndsAt = options.historyEndsAt ?? SIMULATION_TODAY;
  const generate = (id: string, extra: Omit<Parameters<typeof generateAccount>[1], 'seed' | 'today'> = {}) =>
    generateAccount(id, { seed, today: historyEndsAt, ...extra });
  const random = createRandom(seed * 7919);
  const hex = (length: number) => Array.from({ length }, () => Math.floor(random() * 16).toString(16)).join('');

  const accounts = new Map<string, AccountState>();
  const codes = new Map<string, CodeState>();
  const faults: SimulatorFaults = { latencyMs: 0, serverErrors: 0, rateLimits: 0, retryAfterSeconds: 1, malformed: 0 };
  const requests: SimulatedRequest[] = [];
  const webhooks = new WebhookSender();
  webhooks.target = options.webhook;
  const awaitingReauth = new Set<string>();

  const add = (id: string, finalStatus: FinalStatus, wait: number, extra: { transactions?: number; hostileNarration?: boolean } = {}) =>
    accounts.set(id, { account: generate(id, extra), linkedAt: now(), processingMs: wait, finalStatus });
  add(SIMULATED_ACCOUNTS.available, 'AVAILABLE', 0);
  add(SIMULATED_ACCOUNTS.processing, 'AVAILABLE', processingMs);
  add(SIMULATED_ACCOUNTS.failed, 'FAILED', 0);
  add(SIMULATED_ACCOUNTS.partial, 'partial', 0);
  add(SIMULATED_ACCOUNTS.hostile, 'AVAILABLE', 0, { hostileNarration: true });
  add(SIMULATED_ACCOUNTS.empty, 'AVAILABLE', 0, { transactions: 0 });

  const dataStatus = (id: string): string | undefined => {
    const state = accounts.get(id);
    if (!state) return undefined;
    return now() - state.linkedAt < state.processingMs ? 'PROCESSING' : state.finalStatus;
  };

  const reply = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
  const failed = (status: number, message: string) => reply({ status: 'failed', message, data: null }, status);
  const sessions = createSessionSimulation({ reply, hex, now });
  const unlink = (accountId: string) => {
    accounts.delete(accountId);
    awaitingReauth.delete(accountId);
    return webhooks.send(unlinkedPayload(accountId), accountId);
  };
  const statements = createStatementJobs({
    reply,
    failed,
    now,
    jobId: () => Array.from({ length: 20 }, () => 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'[Math.floor(random() * 62)]).join(''),
    account: (id) => accounts.get(id)?.account,
    dataStatus,
    statementMs: options.statementMs ?? 1500,
    today: historyEndsAt,
  });
  const hosted = createHostedLinks({
    reply,
    hex,
    now,
    webhooks,
    customers: sessions.payments.customers,
    hasAccount: (id) => accounts.has(id),
    link(institutionId) {
      const id = hex(24);
      accounts.set(id, { account: generateAccount(id, { seed, bank: bankOfInstitution(institutionId) }), linkedAt: now(), processingMs, finalStatus: 'AVAILABLE' });
      return { account: accounts.get(id)!.account, readyInMs: processingMs, finalStatus: 'AVAILABLE' };
    },
    reauthorise(id) {
      const state = accounts.get(id);
      awaitingReauth.delete(id);
      return state && { account: state.account, readyInMs: Math.max(0, state.linkedAt + state.processingMs - now()), finalStatus: state.finalStatus };
    },
  });
  const actions = createAccountActions({ reply, failed, hex, now, webhooks, jobMs: processingMs, balanceOf: (id) => accounts.get(id)?.account, unlink });

  function exchange(body: unknown, v2: boolean): Response {
    const code = typeof body === 'object' && body !== null ? (body as { code?: unknown }).code : undefined;
    const state = typeof code === 'string' ? codes.get(code) : undefined;
    if (!state) return failed(400, 'Invalid code: it was not issued by Mono.');
    if (state.used) return failed(400, 'This code has already been used.');
    if (now() - state.issuedAt > CODE_LIFETIME_MS) return failed(400, 'This code has expired: codes are valid for 10 minutes.');
    state.used = true;
    if (!accounts.has(state.accountId)) {
      accounts.set(state.accountId, { account: generate(state.accountId, { bank: state.bank }), linkedAt: now(), processingMs, finalStatus: 'AVAILABLE' });
    }
    const linked = accounts.get(state.accountId)!;
    announceLink(webhooks, linked.account, {
      reauthorised: awaitingReauth.delete(state.accountId),
      readyInMs: linked.linkedAt + linked.processingMs - now(),
      finalStatus: linked.finalStatus,
    });
    return v2
      ? reply({ status: 'successful', message: 'Request completed successfully', timestamp: new Date(now()).toISOString(), data: { id: state.accountId } })
      : reply({ id: state.accountId });
  }

  function details(id: string, v2: boolean): Response {
    const state = accounts.get(id);
    if (!state) return failed(404, 'Account not found.');
    const { account } = state;
    const meta = { data_status: dataStatus(id), auth_method: account.authMethod };
    if (!v2) {
      return reply({
        meta,
        account: {
          _id: account.id,
          institution: { name: account.bank.name, bankCode: account.bank.bankCode, type: account.bank.type },
          name: account.name,
          accountNumber: account.accountNumber,
          type: account.type,
          balance: account.balance,
          currency: account.currency,
          bvn: account.bvn,
        },
      });
    }
    return reply({
      status: 'successful',
      message: 'Request was succesfully completed',
      timestamp: new Date(now()).toISOString(),
      data: {
        account: {
          id: account.id,
          name: account.name,
          currency: account.currency,
          type: account.type,
          account_number: account.accountNumber,
          balance: account.balance,
          bvn: account.bvn,
          institution: { name: account.bank.name, bank_code: account.bank.bankCode, type: account.bank.type },
        },
        customer: { id: `cus_${account.id.slice(-8)}` },
        meta,
      },
    });
  }

  function transactions(id: string, url: URL, v2: boolean): Response {
    const state = accounts.get(id);
    if (!state) return failed(404, 'Account not found.');
    const status = dataStatus(id)!;
    // An account whose data is not ready returns empty payloads, as Mono's does.
    const readable = status === 'AVAILABLE' || status === 'partial';
    const query = url.searchParams;
    const type = query.get('type');
    const narration = query.get('narration')?.toLowerCase();
    const start = query.get('start') ? parseDate(query.get('start')!) : undefined;
    const end = query.get('end') ? parseDate(query.get('end')!) : undefined;
    const rows = readable
      ? state.account.transactions.filter((row: SimulatedTransaction) => {
          const time = Date.parse(row.date);
          return (
            (!type || row.type === type) &&
            (!narration || row.narration.toLowerCase().includes(narration)) &&
            (start === undefined || time >= start) &&
            (end === undefined || time < end + 86_400_000)
          );
        })
      : [];
    const all = query.get('paginate') === 'false';
    const limit = all ? Math.max(rows.length, 1) : Math.min(Number(query.get('limit')) || pageSize, 500);
    const page = Math.max(1, Math.floor(Number(query.get('page')) || 1));
    const slice = rows.slice((page - 1) * limit, page * limit);
    const pages = Math.max(1, Math.ceil(rows.length / limit));
    const pageUrl = (n: number) => {
      const next = new URL(url);
      next.searchParams.set('page', String(n));
      return next.href;
    };
    const paging = {
      total: rows.length,
      page,
      previous: page > 1 ? pageUrl(page - 1) : null,
      next: page < pages ? pageUrl(page + 1) : null,
    };
    if (!v2) return reply({ paging, data: slice.map(({ id: _id, ...row }) => ({ _id, ...row })) });
    return reply({ status: 'successful', message: 'Transaction retrieved successfully', timestamp: new Date(now()).toISOString(), data: slice, meta: paging });
  }

  async function handle(request: Request): Promise<Response> {
    const url = new URL(request.url);
    requests.push({ method: request.method, path: url.pathname, query: Object.fromEntries(url.searchParams) });
    if (faults.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, faults.latencyMs));
    if (faults.serverErrors > 0) {
      faults.serverErrors--;
      return failed(500, 'Internal server error (simulated).');
    }
    if (faults.rateLimits > 0) {
      faults.rateLimits--;
      return reply({ status: 'failed', message: 'Too many requests (simulated).' }, 429, { 'retry-after': String(faults.retryAfterSeconds) });
    }
    if (faults.malformed > 0) {
      faults.malformed--;
      return new Response('{"status":"successful","data":{"acc', { status: 200, headers: { 'content-type': 'application/json' } });
    }
    const statementFile = statements.handleDownload(request, url);
    if (statementFile) return statementFile;
    // The hosted link page is the user's, not the API's: no key.
    const hostedPage = await hosted.handlePage(request, url);
    if (hostedPage) return hostedPage;
    if (request.headers.get('mono-sec-key') !== secretKey) return failed(401, 'Unauthorized: the mono-sec-key header is missing or wrong.');

    const v2 = url.pathname.startsWith('/v2/');
    const parts = url.pathname.replace(/^\/v2/, '').split('/').filter(Boolean);
    if (request.method === 'POST' && ((v2 && parts.join('/') === 'accounts/auth') || (!v2 && parts.join('/') === 'account/auth'))) {
      let body: unknown;
      try {
        body = await request.json();
      } catch {
        return failed(400, 'The body is not JSON.');
      }
      return exchange(body, v2);
    }
    if (request.method === 'POST' && v2 && parts.join('/') === 'accounts/initiate') {
      return hosted.initiate(await request.json().catch(() => undefined), url.origin);
    }
    if (request.method === 'GET' && parts[0] === 'accounts' && parts.length === 2) return details(parts[1]!, v2);
    if (request.method === 'GET' && parts[0] === 'accounts' && parts.length === 3 && parts[2] === 'transactions') {
      return transactions(parts[1]!, url, v2);
    }
    const action = actions.handle(request, parts) ?? statements.handle(request, url, parts, v2);
    if (action) return action;
    const session = await sessions.handle(request, parts, v2);
    if (session) return session;
    return failed(404, 'Not found.');
  }

  return {
    secretKey,
    faults,
    requests,
    handle,
    issueCode({ accountId, institutionId } = {}) {
      const code = `code_${hex(24)}`;
      codes.set(code, { accountId: accountId ?? hex(24), bank: accountId ? undefined : bankOfInstitution(institutionId), issuedAt: now(), used: false });
      return code;
    },
    linkAccount({ institutionId } = {}) {
      const id = hex(24);
      accounts.set(id, { account: generate(id, { bank: bankOfInstitution(institutionId) }), linkedAt: now(), processingMs: 0, finalStatus: 'AVAILABLE' });
      return id;
    },
    account: (accountId) => accounts.get(accountId)?.account,
    dataStatus,
    setWebhook: (target) => void (webhooks.target = target),
    webhookDeliveries: webhooks.deliveries,
    requireReauth(accountId) {
      awaitingReauth.add(accountId);
      return webhooks.send(reauthRequiredPayload(accountId), accountId);
    },
    unlink,
    ...actions.api,
    ...statements.api,
    stopWebhooks: () => webhooks.stop(),
    payments: sessions.payments,
    ...hosted.api,
  };
}
