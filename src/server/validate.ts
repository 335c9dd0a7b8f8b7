/*
 * Everything the browser sends is checked here before anything goes to Mono.
 * Failures are `RequestError`s that the proxy turns into 4xx answers.
 */

import { BodyTooLargeError, readCapped } from './read-capped.js';

export class RequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** Mono's ids are usually 24-hex ObjectIds but not always; this admits any plain token, and nothing that could change a path. */
const ACCOUNT_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** Mono's one-time codes are opaque tokens: printable ASCII without spaces. */
const CODE = /^[\x21-\x7e]{1,512}$/;

/** Whether `value` is an id the proxy can put in a path (also used for webhook ids). */
export const isAccountId = (value: unknown): value is string => typeof value === 'string' && ACCOUNT_ID.test(value);

export function checkAccountId(value: string): string {
  if (!isAccountId(value)) throw new RequestError(400, 'INVALID_ACCOUNT_ID', 'The account id is not valid.');
  return value;
}

/**
 * The request's bytes, at most `limit` of them. The stream is read when the
 * runtime has one; Firefox (where the in-page memory fetcher runs this proxy)
 * has no `Request.prototype.body`, so there the body comes from
 * `arrayBuffer()`, with the same limit.
 */
async function requestBytes(request: Request, limit: number): Promise<Uint8Array> {
  const tooLarge = () => new RequestError(413, 'BODY_TOO_LARGE', `The body is over ${limit} bytes.`);
  const stream = (request as { body?: ReadableStream<Uint8Array> | null }).body;
  let bytes: Uint8Array;
  try {
    bytes = stream === undefined ? new Uint8Array(await request.arrayBuffer()) : await readCapped(stream, limit);
  } catch (error) {
    if (error instanceof BodyTooLargeError) throw tooLarge();
    throw new RequestError(400, 'INVALID_BODY', 'The body could not be read.');
  }
  if (bytes.byteLength > limit) throw tooLarge();
  return bytes;
}

/** Reads at most `limit` bytes of the body: a larger one is refused without being read whole. */
export async function readJsonBody(request: Request, limit: number): Promise<unknown> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/json\b/i.test(type)) {
    throw new RequestError(415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the body as application/json.');
  }
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) throw new RequestError(413, 'BODY_TOO_LARGE', `The body is over ${limit} bytes.`);
  const bytes = await requestBytes(request, limit);
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new RequestError(400, 'INVALID_JSON', 'The body is not valid JSON.');
  }
}

export function checkCode(body: unknown): string {
  const code = typeof body === 'object' && body !== null ? (body as { code?: unknown }).code : undefined;
  if (typeof code !== 'string' || !CODE.test(code)) {
    throw new RequestError(400, 'INVALID_CODE', 'The body must be { "code": "<one-time code from the widget>" }.');
  }
  return code;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONO_DATE = /^(\d{2})-(\d{2})-(\d{4})$/;

/**
 * A calendar date that exists. `Date.parse('2021-02-30')` is not NaN in V8
 * (it rolls over to 2 March), so the parts must come back unchanged.
 */
function realDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 1000 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Mono takes DD-MM-YYYY; the browser side speaks ISO dates. Both are accepted. */
function monoDate(value: string, name: string): string {
  const iso = ISO_DATE.exec(value);
  const [day, month, year] = iso ? [iso[3], iso[2], iso[1]] : (MONO_DATE.exec(value)?.slice(1) ?? []);
  if (!day || !month || !year || !realDate(Number(year), Number(month), Number(day))) {
    throw new RequestError(400, 'INVALID_QUERY', `${name} must be a date that exists (YYYY-MM-DD).`);
  }
  return `${day}-${month}-${year}`;
}

function positiveInteger(value: string, name: string, max: number): string {
  if (!/^\d{1,6}$/.test(value) || Number(value) < 1 || Number(value) > max) {
    throw new RequestError(400, 'INVALID_QUERY', `${name} must be a whole number from 1 to ${max}.`);
  }
  return String(Number(value));
}

/**
 * Only these query parameters reach Mono, each checked; anything else the
 * browser adds is dropped.
 */
export function transactionQuery(search: URLSearchParams): URLSearchParams {
  const out = new URLSearchParams();
  for (const [name, value] of search) {
    switch (name) {
      case 'page':
        out.set('page', positiveInteger(value, 'page', 100000));
        break;
      case 'limit':
        out.set('limit', positiveInteger(value, 'limit', 500));
        break;
      case 'type':
        if (value !== 'debit' && value !== 'credit') throw new RequestError(400, 'INVALID_QUERY', 'type must be debit or credit.');
        out.set('type', value);
        break;
      case 'start':
      case 'end':
        out.set(name, monoDate(value, name));
        break;
      case 'narration':
        if (value.length > 100) throw new RequestError(400, 'INVALID_QUERY', 'narration must be at most 100 characters.');
        if (value) out.set('narration', value);
        break;
      case 'paginate':
        if (value !== 'true' && value !== 'false') throw new RequestError(400, 'INVALID_QUERY', 'paginate must be true or false.');
        out.set('paginate', value);
        break;
      default:
      // Not on the allow-list: dropped.
    }
  }
  return out;
}
