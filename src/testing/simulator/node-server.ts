import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createMonoApiSimulator, type MonoApiSimulator, type SimulatorOptions } from './simulator.js';

export interface StartedSimulator extends MonoApiSimulator {
  /** Base URL, e.g. `http://127.0.0.1:53122`: pass it to `createMonoProxy({ apiBase })`. */
  readonly url: string;
  close(): Promise<void>;
}

async function toRequest(message: IncomingMessage, origin: string): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of message) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(message.headers)) {
    if (typeof value === 'string') headers.set(name, value);
  }
  const hasBody = message.method !== 'GET' && message.method !== 'HEAD';
  return new Request(new URL(message.url ?? '/', origin), {
    method: message.method,
    headers,
    body: hasBody ? Buffer.concat(chunks) : undefined,
  });
}

/** The Mono API simulator behind a real HTTP server on loopback (a free port unless `port` is given). */
export async function startMonoSimulator(options: SimulatorOptions & { port?: number } = {}): Promise<StartedSimulator> {
  const simulator = createMonoApiSimulator(options);
  let origin = '';
  const server = createServer((message, response) => {
    toRequest(message, origin)
      .then((request) => simulator.handle(request))
      .then(async (answer) => {
        response.statusCode = answer.status;
        answer.headers.forEach((value, name) => response.setHeader(name, value));
        response.end(Buffer.from(await answer.arrayBuffer()));
      })
      .catch(() => {
        response.statusCode = 500;
        response.end();
      });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    ...simulator,
    url: origin,
    close: () =>
      new Promise<void>((resolve, reject) => {
        simulator.stopWebhooks();
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
