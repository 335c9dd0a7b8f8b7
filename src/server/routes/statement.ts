import { fail } from '../responses.js';
import { RequestError, readJsonBody } from '../validate.js';
import type { AccountContext } from './accounts-options.js';
import { readStatementJob, type MonoStatementJob } from './statement-job.js';
import { isStatementToken, statementTokens } from './statement-token.js';

/** What the statement routes read from the proxy's options. */
export interface StatementRouteOptions {
  secretKey: string;
  apiBase?: string;
  maxBodyBytes?: number;
}

/** `apiBase`'s origin; a malformed one trusts nothing extra (every call to it fails anyway). */
function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return '';
  }
}

/** Mono builds statements for the last 1 to 12 months, named `last1months` … `last12months`. */
const PERIOD = /^last([1-9]|1[0-2])months$/;

function checkPeriod(body: unknown): string {
  const period = typeof body === 'object' && body !== null ? (body as { period?: unknown }).period : undefined;
  if (typeof period !== 'string' || !PERIOD.test(period)) {
    throw new RequestError(400, 'INVALID_PERIOD', 'The body must be { "period": "last1months" … "last12months" }.');
  }
  return period;
}

/** Refused before anything else: only a job id this proxy issued can name a job. */
export function checkStatementJobId(value: string): string {
  if (!isStatementToken(value)) throw new RequestError(400, 'INVALID_JOB_ID', 'The statement job id is not valid.');
  return value;
}

/**
 * `POST {basePath}/accounts/:id/statement` `{ period }` starts Mono's PDF
 * statement job (`GET …/statement?period=…&output=pdf`); `GET
 * {basePath}/accounts/:id/statement/jobs/:jobId` polls it. Both answer
 * `{ jobId, status: 'processing' | 'finished' | 'failed', url? }`, where
 * `jobId` is bound to the account (statement-token.ts) and `url` is set only
 * once the PDF is built. Nothing else of Mono's answer is passed on.
 */
export function statementRoutes(options: StatementRouteOptions, context: AccountContext) {
  const tokens = statementTokens(options.secretKey);
  const apiOrigin = originOf(options.apiBase ?? 'https://api.withmono.com');
  const maxBodyBytes = options.maxBodyBytes ?? 4096;
  const unusable = () => fail(502, 'UPSTREAM_INVALID_RESPONSE', 'Mono\'s answer about the statement could not be used.');

  async function reply(accountId: string, job: MonoStatementJob): Promise<Response> {
    const jobId = await tokens.issue(accountId, job.id);
    return context.answer({ jobId, status: job.status, ...(job.url ? { url: job.url } : {}) });
  }

  async function request(request: Request, accountId: string): Promise<Response> {
    await context.authorized(request, accountId);
    const period = checkPeriod(await readJsonBody(request, maxBodyBytes));
    const body = await context.call(request.signal, 'GET', `${context.accountPath(accountId)}/statement?period=${period}&output=pdf`);
    const job = readStatementJob(body, [apiOrigin, new URL(request.url).origin]);
    return job ? reply(accountId, job) : unusable();
  }

  async function poll(request: Request, accountId: string, token: string): Promise<Response> {
    await context.authorized(request, accountId);
    const jobId = await tokens.open(accountId, token);
    // Another account's job, or a made-up one: the same answer, so neither is told apart.
    if (!jobId) return fail(404, 'STATEMENT_JOB_NOT_FOUND', 'There is no such statement job for this account.');
    const body = await context.call(request.signal, 'GET', `${context.accountPath(accountId)}/statement/jobs/${jobId}`);
    const job = readStatementJob(body, [apiOrigin, new URL(request.url).origin]);
    // Mono answering about some other job is as unusable as no answer.
    return job && job.id === jobId ? reply(accountId, job) : unusable();
  }

  return { request, poll };
}
