import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { isStreamed, pipeStreamed } from './node-stream.js';
import { normaliseBasePath, type MonoProxyHandler } from './proxy.js';
import { jsonTextOf } from './responses.js';

export interface NodeHandlerOptions {
  /** Requests outside this prefix go to `next()` (Express/Connect) or get a 404. Default `/api/mono`. */
  basePath?: string;
}

type Next = (error?: unknown) => void;

/*
 * The Node side of the proxy faces raw HTTP: whatever bytes a client sends
 * must end in an HTTP answer, never in an exception that takes the process
 * down. `new URL()` throws on a bad Host header or an absolute-form target
 * glued to one, and `new Request()` throws on CONNECT, TRACE and TRACK; all
 * of that is checked here before the fetch-API handler is called.
 */

/** `new Request()` refuses these methods outright (the Fetch standard forbids them). */
const FORBIDDEN_METHODS = new Set(['CONNECT', 'TRACE', 'TRACK']);

/** A Host header that is a host name, IPv4 or [IPv6] address, with an optional port: nothing that could move the URL's authority. */
const HOST = /^(?:[A-Za-z0-9_.-]{1,253}|\[[0-9A-Fa-f:.]{2,45}\])(?::\d{1,5})?$/;

function errorBody(code: string, message: string): string {
  return JSON.stringify({ error: { code, message } });
}

function send(response: ServerResponse, status: number, code: string, message: string, headers: Record<string, string> = {}): void {
  if (response.headersSent) {
    response.destroy();
    return;
  }
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  response.end(errorBody(code, message));
}

/** Express keeps the full path in `originalUrl` when a router is mounted under a prefix. */
function target(request: IncomingMessage): string {
  return (request as IncomingMessage & { originalUrl?: string }).originalUrl ?? request.url ?? '/';
}

/** The path alone, for the basePath check, whatever the target looks like; `undefined` if it cannot be read. */
function pathOf(raw: string): string | undefined {
  try {
    // Concatenated, not resolved: `//x` is a path here, not a host.
    return raw.startsWith('/') ? new URL(`http://localhost${raw}`).pathname : new URL(raw).pathname;
  } catch {
    return undefined;
  }
}

function bodyOf(request: IncomingMessage, headers: Headers): BodyInit | undefined {
  if (request.method === 'GET' || request.method === 'HEAD') return undefined;
  // A body parser (express.json(), express.text(), express.raw()) may have read the stream already.
  const parsed = (request as IncomingMessage & { body?: unknown }).body;
  const consumed = request.readableEnded || (request as IncomingMessage & { _body?: unknown })._body === true;
  if (parsed !== undefined && consumed) {
    // The parsed body is re-encoded: the client's length and encoding no longer describe it.
    headers.delete('content-length');
    headers.delete('transfer-encoding');
    headers.delete('content-encoding');
    if (typeof parsed === 'string') return parsed;
    if (parsed instanceof Uint8Array) return new Uint8Array(parsed);
    return JSON.stringify(parsed) ?? '';
  }
  if (request.readableEnded) return undefined;
  return Readable.toWeb(request) as ReadableStream<Uint8Array>;
}

/** The fetch-API request for `request`, or the reason there cannot be one (answered with that status). */
function toRequest(request: IncomingMessage, signal: AbortSignal): Request | { status: number; code: string; message: string; allow?: string } {
  const method = (request.method ?? 'GET').toUpperCase();
  if (FORBIDDEN_METHODS.has(method)) return { status: 405, code: 'METHOD_NOT_ALLOWED', message: 'Use GET or POST.', allow: 'GET, POST' };
  const raw = target(request);
  // Only origin-form targets (`/path?query`): an absolute-form target (`GET http://evil/`) names a host the proxy does not serve.
  if (!raw.startsWith('/')) return { status: 400, code: 'INVALID_TARGET', message: 'The request target must be a path.' };
  const host = request.headers.host ?? 'localhost';
  let url: URL | undefined;
  try {
    if (HOST.test(host)) url = new URL(`http://${host}${raw}`);
  } catch {
    // A port over 65535, an IPv6 literal that is not one: left undefined.
  }
  if (!url) return { status: 400, code: 'INVALID_HOST', message: 'The Host header is not valid.' };
  try {
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers)) {
      if (Array.isArray(value)) for (const item of value) headers.append(name, item);
      else if (value !== undefined) headers.set(name, value);
    }
    const body = bodyOf(request, headers);
    const init: RequestInit & { duplex?: 'half' } = { method: request.method, headers, body, signal };
    if (body instanceof ReadableStream) init.duplex = 'half';
    return new Request(url, init);
  } catch {
    return { status: 400, code: 'INVALID_REQUEST', message: 'The request could not be read.' };
  }
}

/**
 * Runs a fetch-API handler in node:http, Express or Connect:
 * `http.createServer(toNodeHandler(proxy))` or `app.use(toNodeHandler(proxy))`.
 * Every request gets an answer: a request that cannot become a fetch-API
 * `Request` (bad Host, absolute-form target, CONNECT/TRACE/TRACK) is 400 or
 * 405 with the proxy's JSON error shape, and a handler that throws is a 500.
 */
export function toNodeHandler(handler: MonoProxyHandler, options: NodeHandlerOptions = {}) {
  const basePath = normaliseBasePath(options.basePath);
  return (request: IncomingMessage, response: ServerResponse, next?: Next): void => {
    try {
      const path = pathOf(target(request));
      const inside = path !== undefined && (path === basePath || path.startsWith(`${basePath}/`));
      if (!inside && next) return next();
      const controller = new AbortController();
      // The signal says the client went away: a connection that closes before
      // the answer is out. Aborting after every answer would also cost each
      // request a DOMException and a run of abort listeners for nothing.
      response.once('close', () => {
        if (!response.writableFinished) controller.abort();
      });
      const fetchRequest = toRequest(request, controller.signal);
      if (!(fetchRequest instanceof Request)) {
        // Unread bodies are drained, so the connection stays usable for the next request.
        request.resume();
        const { status, code, message, allow } = fetchRequest;
        return send(response, status, code, message, allow ? { allow } : {});
      }
      Promise.resolve()
        .then(() => handler(fetchRequest))
        .then(async (answer) => {
          const headers: Record<string, string | string[]> = {};
          answer.headers.forEach((value, name) => {
            headers[name] = value;
          });
          const cookies = answer.headers.getSetCookie();
          if (cookies.length > 0) headers['set-cookie'] = cookies;
          if (isStreamed(answer)) return pipeStreamed(answer, response, headers);
          // The proxy's own JSON answers are written as the text they were made from.
          const text = jsonTextOf(answer);
          const body = text ?? Buffer.from(await answer.arrayBuffer());
          response.writeHead(answer.status, headers);
          response.end(body);
        })
        .catch((error: unknown) => {
          if (next && !response.headersSent) return next(error);
          send(response, 500, 'PROXY_ERROR', 'The Mono proxy failed.');
        });
    } catch {
      send(response, 500, 'PROXY_ERROR', 'The Mono proxy failed.');
    }
  };
}
