import { BodyTooLargeError, readCapped } from './read-capped.js';
import { fail } from './responses.js';
import { scrubText } from './scrub.js';

/*
 * The one way the proxy talks to Mono. Whatever Mono (or anything between)
 * does — redirect, stall, flood, lie about its encoding — becomes one of the
 * proxy's own answers: the request never follows a redirect, the timeout
 * covers the body as well as the headers, and at most `maxBytes` of the
 * decoded body are ever held.
 */

export interface UpstreamOptions {
  apiBase: string;
  secretKey: string;
  send: (request: Request) => Promise<Response>;
  timeoutMs: number;
  /** Largest decoded body read from Mono. */
  maxBytes: number;
}

/** A failure that already is the answer for the browser. */
export class UpstreamError extends Error {
  constructor(readonly response: Response) {
    super('upstream');
  }
}

export type CallMono = (signal: AbortSignal, method: 'GET' | 'POST', path: string, body?: unknown) => Promise<unknown>;

/** `CallMono` with extra request headers, resolving with Mono's response headers too (real-time data reports its job there). */
export type CallMonoWithHeaders = (
  signal: AbortSignal,
  method: 'GET' | 'POST',
  path: string,
  init?: { body?: unknown; headers?: Record<string, string> },
) => Promise<{ body: unknown; headers: Headers }>;

/** Settles with `promise`, or rejects as soon as `signal` aborts (for a `fetch` that ignores its signal). */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const stop = () => reject(signal.reason);
    signal.addEventListener('abort', stop, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', stop));
  });
}

const invalid = (message: string) => new UpstreamError(fail(502, 'UPSTREAM_INVALID_RESPONSE', message));

export function createUpstream(options: UpstreamOptions): { call: CallMono; callWithHeaders: CallMonoWithHeaders } {
  const { apiBase, secretKey, send, timeoutMs, maxBytes } = options;

  async function callWithHeaders(
    clientSignal: AbortSignal,
    method: 'GET' | 'POST',
    path: string,
    init: { body?: unknown; headers?: Record<string, string> } = {},
  ): Promise<{ body: unknown; headers: Headers }> {
    const { body } = init;
    // One controller for the client going away and for the timeout, whose
    // timer is cleared when the call ends: AbortSignal.timeout() would keep a
    // timer per call alive for the whole timeoutMs, and AbortSignal.any()
    // adds a signal per call on top.
    const controller = new AbortController();
    let expired = false;
    const onClientAbort = () => controller.abort(clientSignal.reason);
    const timer = setTimeout(() => {
      expired = true;
      controller.abort(new DOMException(`Mono did not answer within ${timeoutMs} ms.`, 'TimeoutError'));
    }, timeoutMs);
    if (clientSignal.aborted) onClientAbort();
    else clientSignal.addEventListener('abort', onClientAbort, { once: true });
    try {
      return await exchange(controller.signal, () => expired, method, path, init.headers, body);
    } finally {
      clearTimeout(timer);
      clientSignal.removeEventListener('abort', onClientAbort);
    }
  }

  async function exchange(
    signal: AbortSignal,
    expired: () => boolean,
    method: 'GET' | 'POST',
    path: string,
    extraHeaders: Record<string, string> | undefined,
    body: unknown,
  ): Promise<{ body: unknown; headers: Headers }> {
    const timedOut = () => new UpstreamError(fail(504, 'UPSTREAM_TIMEOUT', `Mono did not answer within ${timeoutMs} ms.`));
    // The key is set last, so no extra header can replace it.
    const headers = new Headers({ ...extraHeaders, accept: 'application/json', 'mono-sec-key': secretKey });
    if (body !== undefined) headers.set('content-type', 'application/json');

    let response: Response;
    try {
      const request = new Request(`${apiBase}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal,
        // A redirect would carry mono-sec-key and the code to another origin.
        redirect: 'manual',
      });
      response = await untilAborted(send(request), signal);
    } catch {
      if (expired()) throw timedOut();
      throw new UpstreamError(fail(502, 'UPSTREAM_UNREACHABLE', 'Mono could not be reached.'));
    }

    const redirect = response.type === 'opaqueredirect' || response.redirected || (response.status >= 300 && response.status < 400);
    if (redirect || response.status < 200 || response.status > 599) {
      response.body?.cancel().catch(() => {});
      throw invalid(redirect ? 'Mono answered with a redirect; the proxy does not follow redirects.' : 'Mono gave no usable answer.');
    }

    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(await readCapped(response.body, maxBytes, signal));
    } catch (error) {
      if (expired()) throw timedOut();
      if (error instanceof BodyTooLargeError) {
        throw new UpstreamError(fail(502, 'UPSTREAM_TOO_LARGE', `Mono's answer was over ${maxBytes} bytes.`));
      }
      // A body that breaks mid-way, or claims an encoding it does not have.
      throw invalid('Mono\'s answer could not be read.');
    }

    let parsed: unknown;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = undefined;
    }
    if (response.ok) {
      if (parsed === undefined) throw invalid('Mono answered with something that is not JSON.');
      return { body: parsed, headers: response.headers };
    }
    const message = typeof parsed === 'object' && parsed !== null ? (parsed as { message?: unknown }).message : undefined;
    throw new UpstreamError(upstreamFailure(response, typeof message === 'string' ? scrubText(message, secretKey).slice(0, 300) : undefined, path));
  }

  const call: CallMono = async (signal, method, path, body) => (await callWithHeaders(signal, method, path, { body })).body;
  return { call, callWithHeaders };
}

/** Mono's error statuses, as the browser should see them. `path` tells the code exchange apart. */
function upstreamFailure(response: Response, monoMessage: string | undefined, path: string): Response {
  const isExchange = /\/auth$/.test(path);
  const retryAfter = response.headers.get('retry-after');
  const pass: Record<string, string> = retryAfter && /^[\w ,:-]{1,64}$/.test(retryAfter) ? { 'retry-after': retryAfter } : {};
  const status = response.status;
  if (status === 401 || status === 403) {
    return fail(502, 'UPSTREAM_AUTH_FAILED', 'Mono refused the server\'s credentials. Check the secret key configured on the server.');
  }
  if (status === 429) return fail(429, 'RATE_LIMITED', monoMessage ?? 'Too many requests to Mono. Try again shortly.', pass);
  if (status >= 500) return fail(502, 'UPSTREAM_ERROR', `Mono failed (${status}). Try again shortly.`, pass);
  if (isExchange) return fail(400, 'INVALID_CODE', monoMessage ?? 'Mono did not accept the code: it may be used or expired.');
  if (status === 404) return fail(404, 'ACCOUNT_NOT_FOUND', monoMessage ?? 'Mono has no such account.');
  return fail(400, 'MONO_REJECTED', monoMessage ?? `Mono rejected the request (${status}).`);
}
