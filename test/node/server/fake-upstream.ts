import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { closeServer, listen } from './harness.js';

export interface SeenRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

export interface FakeUpstream {
  url: string;
  /** Every request received, with its headers and body. */
  seen: SeenRequest[];
  close(): Promise<void>;
}

/** A loopback HTTP server that answers however `answer` says, recording what reached it. */
export async function startFakeUpstream(answer: (request: IncomingMessage, response: ServerResponse) => void): Promise<FakeUpstream> {
  const seen: SeenRequest[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      seen.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers, body: Buffer.concat(chunks).toString() });
      answer(request, response);
    });
  });
  const url = await listen(server);
  return { url, seen, close: () => closeServer(server) };
}
