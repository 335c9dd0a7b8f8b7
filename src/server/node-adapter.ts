import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { normaliseBasePath, type MonoProxyHandler } from './proxy.js';

export interface NodeHandlerOptions {
  /** Requests outside this prefix go to `next()` (Express/Connect) or get a 404. Default `/api/mono`. */
  basePath?: string;
}

type Next = (error?: unknown) => void;

/** Express keeps the full path in `originalUrl` when a router is mounted under a prefix. */
function fullUrl(request: IncomingMessage): string {
  const path = (request as IncomingMessage & { originalUrl?: string }).originalUrl ?? request.url ?? '/';
  return `http://${request.headers.host ?? 'localhost'}${path}`;
}

function bodyOf(request: IncomingMessage): BodyInit | undefined {
  if (request.method === 'GET' || request.method === 'HEAD') return undefined;
  // A body parser (express.json()) may have read the stream already.
  const parsed = (request as IncomingMessage & { body?: unknown }).body;
  if (parsed !== undefined && request.readableEnded) return typeof parsed === 'string' ? parsed : JSON.stringify(parsed);
  return Readable.toWeb(request) as ReadableStream<Uint8Array>;
}

/**
 * Runs a fetch-API handler in node:http, Express or Connect:
 * `http.createServer(toNodeHandler(proxy))` or `app.use(toNodeHandler(proxy))`.
 */
export function toNodeHandler(handler: MonoProxyHandler, options: NodeHandlerOptions = {}) {
  const basePath = normaliseBasePath(options.basePath);
  return (request: IncomingMessage, response: ServerResponse, next?: Next): void => {
    const url = fullUrl(request);
    const path = new URL(url).pathname;
    if (path !== basePath && !path.startsWith(`${basePath}/`)) {
      if (next) return next();
    }
    const controller = new AbortController();
    response.on('close', () => controller.abort());
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers)) {
      if (Array.isArray(value)) for (const item of value) headers.append(name, item);
      else if (value !== undefined) headers.set(name, value);
    }
    const body = bodyOf(request);
    const init: RequestInit & { duplex?: 'half' } = { method: request.method, headers, body, signal: controller.signal };
    if (body instanceof ReadableStream) init.duplex = 'half';
    handler(new Request(url, init))
      .then(async (answer) => {
        response.statusCode = answer.status;
        answer.headers.forEach((value, name) => response.setHeader(name, value));
        response.end(Buffer.from(await answer.arrayBuffer()));
      })
      .catch((error: unknown) => {
        if (next) return next(error);
        response.statusCode = 500;
        response.setHeader('content-type', 'application/json');
        response.end(JSON.stringify({ error: { code: 'PROXY_ERROR', message: 'The Mono proxy failed.' } }));
      });
  };
}
