/*
 * One reader for every body the proxy takes in: the browser's request and
 * Mono's answer. It counts bytes as they arrive (after decompression, since
 * `fetch` hands over decoded bytes) and stops at the limit, so nothing the
 * other side sends can make the proxy hold more than `limit` bytes.
 */

export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`The body is over ${limit} bytes.`);
  }
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

const abortReason = (signal: AbortSignal): unknown => signal.reason ?? new DOMException('The read was aborted.', 'AbortError');

/**
 * Reads `stream` whole, or throws `BodyTooLargeError` as soon as it passes
 * `limit` bytes (the rest is cancelled, never read). When `signal` aborts,
 * the read stops at once with the signal's reason, even if the source is
 * stalled and never answers the cancel: a timeout covers the body too.
 */
export async function readCapped(stream: ReadableStream<Uint8Array> | null, limit: number, signal?: AbortSignal): Promise<Uint8Array> {
  if (!stream) return new Uint8Array(0);
  if (signal?.aborted) {
    stream.cancel().catch(() => {});
    throw abortReason(signal);
  }
  const reader = stream.getReader();
  // Cancelling settles a pending read() at once (done: true), whatever the source does.
  const stop = () => reader.cancel().catch(() => {});
  signal?.addEventListener('abort', stop, { once: true });
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (signal?.aborted) throw abortReason(signal);
      if (done) break;
      if (!(value instanceof Uint8Array)) throw new TypeError('A body chunk is not bytes.');
      size += value.byteLength;
      if (size > limit) {
        stop();
        throw new BodyTooLargeError(limit);
      }
      chunks.push(value);
    }
  } finally {
    signal?.removeEventListener('abort', stop);
  }
  return concat(chunks, size);
}
