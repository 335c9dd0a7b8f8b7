import { MonoFetchError } from './errors.js';
import { isObject } from './read-fields.js';
import type { MonoFetcher, StatementJob, StatementPeriod } from './types.js';

/**
 * How the HTTP fetcher sends these: starting a job is a POST retried only on
 * 429 (after a 5xx Mono may already be building one); polling is a GET
 * (retried and shared).
 */
export interface StatementTransport {
  post(path: string, body: unknown, signal?: AbortSignal): Promise<unknown>;
  get(path: string, signal?: AbortSignal): Promise<unknown>;
  /** Where a relative address in an answer resolves (the backend's own URL). */
  base: string;
}

const PERIOD = /^last([1-9]|1[0-2])months$/;
const STATUSES = new Set(['processing', 'finished', 'failed']);

const invalid = (detail: string) => new MonoFetchError(200, 'INVALID_RESPONSE', `The backend's statement answer does not have the expected shape: ${detail}.`);

/**
 * The address of the finished PDF, when a browser may follow it: http(s),
 * a `blob:`, or a `data:application/pdf` (an in-page backend's). Never
 * `javascript:` or anything else that runs in the page when activated.
 */
function pdfAddress(value: unknown, base: string): string | undefined {
  if (typeof value !== 'string' || !value) return undefined;
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return undefined;
  }
  if (url.protocol === 'https:' || url.protocol === 'http:' || url.protocol === 'blob:') return url.href;
  if (url.protocol === 'data:' && /^data:application\/pdf[;,]/i.test(value)) return value;
  return undefined;
}

/** `{ jobId, status, url? }` as the proxy sends it; `expected` is the job asked about, when polling. */
export function normaliseStatementJob(body: unknown, base: string, expected?: string): StatementJob {
  if (!isObject(body)) throw invalid('not an object');
  const { jobId, status } = body;
  if (typeof jobId !== 'string' || !jobId) throw invalid('jobId should be a string');
  if (expected !== undefined && jobId !== expected) throw invalid('jobId is not the job asked about');
  const word = typeof status === 'string' ? status.toLowerCase() : '';
  if (!STATUSES.has(word)) throw invalid('status should be processing, finished or failed');
  const job: StatementJob = { jobId, status: word as StatementJob['status'] };
  if (job.status !== 'finished') return job;
  const url = pdfAddress(body['url'], base);
  if (!url) throw invalid('a finished job should have a url the browser can open');
  return { ...job, url };
}

const accountPath = (accountId: string): string => {
  if (typeof accountId !== 'string' || !accountId) throw new MonoFetchError(0, 'INVALID_ACCOUNT_ID', 'An account id is required.');
  return `/accounts/${encodeURIComponent(accountId)}`;
};

/** `requestStatement` and `getStatementJob` over the backend contract (DESIGN.md "Pictures of the money"). */
export function statementRequests(transport: StatementTransport): Required<Pick<MonoFetcher, 'requestStatement' | 'getStatementJob'>> {
  return {
    async requestStatement(accountId: string, period: StatementPeriod, init = {}) {
      const path = accountPath(accountId);
      if (typeof period !== 'string' || !PERIOD.test(period)) throw new MonoFetchError(0, 'INVALID_PERIOD', 'The period must be last1months … last12months.');
      return normaliseStatementJob(await transport.post(`${path}/statement`, { period }, init.signal), transport.base);
    },
    async getStatementJob(accountId: string, jobId: string, init = {}) {
      const path = accountPath(accountId);
      if (typeof jobId !== 'string' || !jobId) throw new MonoFetchError(0, 'INVALID_JOB_ID', 'A statement job id is required.');
      return normaliseStatementJob(await transport.get(`${path}/statement/jobs/${encodeURIComponent(jobId)}`, init.signal), transport.base, jobId);
    },
  };
}
