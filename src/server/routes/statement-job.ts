/*
 * What the proxy tells the browser about a Mono statement job, and nothing
 * more: its status and, once finished, the PDF's address. Mono's layouts
 * (v1 flat `{ id, status, path }`, v2 the same inside `{ status, message,
 * data }`) and status words (`BUILDING`, `BUILT`, `COMPLETE`, `FAILED`) are
 * read here; see test/fixtures/mono/statement-pdf.ts.
 */

export type StatementStatus = 'processing' | 'finished' | 'failed';

export interface MonoStatementJob {
  /** Mono's job id. */
  id: string;
  status: StatementStatus;
  /** The finished PDF, checked by `pdfUrl`. */
  url?: string;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Mono's ids are plain tokens; this is what may go into a Mono path. */
export const MONO_JOB_ID = /^[A-Za-z0-9_-]{1,64}$/;

const FINISHED = new Set(['built', 'complete', 'completed', 'finished', 'successful', 'success', 'done', 'ready']);
const FAILED = new Set(['failed', 'failure', 'error', 'errored', 'cancelled', 'canceled', 'expired']);

/**
 * The PDF's address, when it is one a browser may be sent to: https (Mono's
 * `https://api.withmono.com/statements/….pdf`), or on an origin the proxy
 * already trusts: `apiBase`'s (the simulator on loopback) or the host app's
 * own (a dev server that serves the simulator's files). Never another scheme
 * (`javascript:`, `data:`, `http:` elsewhere), never credentials.
 */
export function pdfUrl(value: unknown, trusted: readonly string[]): string | undefined {
  if (typeof value !== 'string' || value.length > 2048) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  if (url.username || url.password) return undefined;
  if (url.protocol === 'https:') return url.href;
  // Plain http only on a trusted origin (never `data:` and the like, whose origin is the opaque "null").
  if (url.protocol !== 'http:' || !trusted.includes(url.origin)) return undefined;
  return url.href;
}

/**
 * Mono's answer as a job, or `undefined` when it is not one (no id, no
 * status, a finished job without a usable PDF address). A status word Mono
 * has not used before counts as still processing: the browser gives up on
 * its own after a while, which is kinder than failing a job that may finish.
 */
export function readStatementJob(body: unknown, trusted: readonly string[]): MonoStatementJob | undefined {
  if (!isObject(body)) return undefined;
  // v2's envelope has its own `status` ("successful"), which is not the job's.
  const job = 'data' in body ? body['data'] : body;
  if (!isObject(job)) return undefined;
  const id = job['id'] ?? job['jobId'] ?? job['_id'];
  const word = job['status'];
  if (typeof id !== 'string' || !MONO_JOB_ID.test(id) || typeof word !== 'string' || !word.trim()) return undefined;
  const normalised = word.trim().toLowerCase();
  if (FAILED.has(normalised)) return { id, status: 'failed' };
  if (!FINISHED.has(normalised)) return { id, status: 'processing' };
  const url = pdfUrl(job['path'] ?? job['url'], trusted);
  return url ? { id, status: 'finished', url } : undefined;
}
