import type { SimulatedAccount } from './data.js';
import { SIMULATION_TODAY } from './data.js';
import { buildPdf, statementLines } from './statement-pdf.js';

/**
 * How the next statement jobs end: `built` after `statementMs`, `failed`
 * (Mono's `FAILED`), or `slow`: still BUILDING until the outcome is switched
 * back, then done at the next poll.
 */
export type StatementOutcome = 'built' | 'failed' | 'slow';

export interface SimulatedStatements {
  /** The outcome of statement jobs from now on (and of `slow` ones still building). Default `built`. */
  setStatementOutcome(outcome: StatementOutcome): void;
  /**
   * Where browsers fetch the built PDFs, e.g. `http://localhost:5173/simulator/statements`
   * on a dev server that forwards `GET …/:job.pdf` to the simulator's
   * `/statements/:job.pdf`. Default: the simulator's own origin + `/statements`.
   */
  setStatementFiles(baseUrl: string | undefined): void;
}

export interface StatementContext {
  reply(body: unknown, status?: number): Response;
  failed(status: number, message: string): Response;
  now(): number;
  /** A job id like Mono's: 20 letters and digits. */
  jobId(): string;
  account(accountId: string): SimulatedAccount | undefined;
  dataStatus(accountId: string): string | undefined;
  /** How long a job is BUILDING. */
  statementMs: number;
  /** When the generated histories end: a statement runs up to this day. Default `SIMULATION_TODAY`. */
  today?: number;
}

interface Job {
  id: string;
  accountId: string;
  period: string;
  months: number;
  createdAt: number;
  outcome: StatementOutcome;
  pdf?: Uint8Array<ArrayBuffer>;
}

const PERIOD = /^last([1-9]|1[0-2])months$/;

/**
 * Mono's PDF statements: `GET /accounts/:id/statement?period=…&output=pdf`
 * starts a job, `GET /accounts/:id/statement/jobs/:job` polls it (v1 flat,
 * v2 in Mono's envelope; see test/fixtures/mono/statement-pdf.ts), and the
 * built file is at `GET /statements/:job.pdf` on the simulator's own origin,
 * without the key, as Mono's `path` is a plain link. Like Mono (as far as its
 * docs say), a job is found by its id whatever account the path names:
 * keeping jobs to their account is the proxy's work.
 */
export function createStatementJobs(context: StatementContext) {
  const jobs = new Map<string, Job>();
  let outcome: StatementOutcome = 'built';
  let filesBase: string | undefined;

  function status(job: Job): 'BUILDING' | 'BUILT' | 'FAILED' {
    if (context.now() - job.createdAt < context.statementMs) return 'BUILDING';
    const end = job.outcome === 'slow' ? outcome : job.outcome;
    if (end === 'slow') return 'BUILDING';
    job.outcome = end;
    return end === 'failed' ? 'FAILED' : 'BUILT';
  }

  function pdf(job: Job): Uint8Array<ArrayBuffer> {
    if (job.pdf) return job.pdf;
    const account = context.account(job.accountId);
    const to = new Date(context.today ?? SIMULATION_TODAY);
    const from = new Date(Date.UTC(to.getUTCFullYear(), to.getUTCMonth() - job.months, to.getUTCDate()));
    const rows = (account?.transactions ?? []).filter((row) => Date.parse(row.date) >= from.getTime() && Date.parse(row.date) <= to.getTime());
    const lines = account ? statementLines(account, rows, from, to, job.period) : ['This account was unlinked.'];
    return (job.pdf = buildPdf(lines, `Statement ${job.period}`));
  }

  function answer(job: Job, origin: string, v2: boolean): Response {
    const current = status(job);
    const body = { id: job.id, status: current, path: current === 'FAILED' ? null : `${filesBase ?? `${origin}/statements`}/${job.id}.pdf` };
    if (!v2) return context.reply(body);
    return context.reply({ status: 'successful', message: 'Request was successfully completed', timestamp: new Date(context.now()).toISOString(), data: body });
  }

  function start(url: URL, accountId: string, v2: boolean): Response {
    if (!context.account(accountId)) return context.failed(404, 'Account not found.');
    const period = url.searchParams.get('period') ?? '';
    const match = PERIOD.exec(period);
    if (!match) return context.failed(400, 'period must be one of last1months … last12months.');
    if (url.searchParams.get('output') !== 'pdf') return context.failed(400, 'The simulator builds statements as PDF only (output=pdf).');
    const failedData = context.dataStatus(accountId) === 'FAILED';
    const job: Job = { id: context.jobId(), accountId, period, months: Number(match[1]), createdAt: context.now(), outcome: failedData ? 'failed' : outcome };
    jobs.set(job.id, job);
    return answer(job, url.origin, v2);
  }

  function download(jobId: string): Response {
    const job = jobs.get(jobId);
    if (!job || status(job) !== 'BUILT') return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain' } });
    return new Response(pdf(job), {
      headers: {
        'content-type': 'application/pdf',
        'content-disposition': `attachment; filename="statement-${job.period}.pdf"`,
        'cache-control': 'private, max-age=3600',
      },
    });
  }

  /** The PDF link (no key needed): answered before the key check. */
  function handleDownload(request: Request, url: URL): Response | undefined {
    const match = /^\/statements\/([A-Za-z0-9]{1,64})\.pdf$/.exec(url.pathname);
    if (!match || (request.method !== 'GET' && request.method !== 'HEAD')) return undefined;
    return download(match[1]!);
  }

  /** The answer for `parts` (path without `/v2`), or `undefined` when the route is not one of these. */
  function handle(request: Request, url: URL, parts: string[], v2: boolean): Response | undefined {
    if (request.method !== 'GET' || parts[0] !== 'accounts' || parts[2] !== 'statement') return undefined;
    const accountId = parts[1]!;
    if (parts.length === 3) return start(url, accountId, v2);
    if (parts.length !== 5 || parts[3] !== 'jobs') return undefined;
    const job = jobs.get(parts[4]!);
    if (!job) return context.failed(404, 'Statement job not found.');
    return answer(job, url.origin, v2);
  }

  const api: SimulatedStatements = {
    setStatementOutcome: (next) => void (outcome = next),
    setStatementFiles: (baseUrl) => void (filesBase = baseUrl?.replace(/\/+$/, '')),
  };
  return { handle, handleDownload, api };
}
