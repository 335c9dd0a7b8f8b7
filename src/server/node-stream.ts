import type { ServerResponse } from 'node:http';

/** Answers the adapter streams as they are produced instead of reading whole: Server-Sent Events never end. */
export const isStreamed = (answer: Response): boolean => answer.body !== null && /^text\/event-stream\b/i.test(answer.headers.get('content-type') ?? '');

/**
 * Copies a streamed answer to `response`, chunk by chunk, waiting for
 * `drain` when the socket is full (the stream's own queue then fills, and
 * the events route closes a client that falls too far behind). A client
 * that goes away cancels the stream, which ends its subscriptions and timers.
 */
export async function pipeStreamed(answer: Response, response: ServerResponse, headers: Record<string, string | string[]>): Promise<void> {
  response.writeHead(answer.status, headers);
  response.flushHeaders();
  const reader = answer.body!.getReader();
  const cancel = () => reader.cancel().catch(() => {});
  response.once('close', cancel);
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done || response.destroyed) break;
      if (!response.write(value)) await new Promise<void>((resolve) => {
        const go = () => {
          response.off('close', go);
          response.off('drain', go);
          resolve();
        };
        response.once('drain', go);
        response.once('close', go);
      });
    }
  } catch {
    // The stream failed or was cancelled: end the response below.
  } finally {
    response.off('close', cancel);
    if (!response.destroyed) response.end();
  }
}
