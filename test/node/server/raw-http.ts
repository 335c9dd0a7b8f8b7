import { connect } from 'node:net';

export interface RawAnswer {
  /** 0 when the server closed the connection without an HTTP answer. */
  status: number;
  head: string;
  body: string;
}

/**
 * Writes `text` to a fresh TCP connection, byte for byte (no client library
 * to tidy it up), and reads until the server closes or `timeoutMs` passes.
 */
export function rawRequest(port: number, text: string, timeoutMs = 2000): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no answer within ${timeoutMs} ms to ${JSON.stringify(text.slice(0, 60))}`));
    }, timeoutMs);
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', () => {
      // A reset after the answer is still an answer; the close handler decides.
    });
    socket.on('close', () => {
      clearTimeout(timer);
      const all = Buffer.concat(chunks).toString('latin1');
      const split = all.indexOf('\r\n\r\n');
      const head = split === -1 ? all : all.slice(0, split);
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(head)?.[1] ?? 0);
      resolve({ status, head, body: split === -1 ? '' : all.slice(split + 4) });
    });
    socket.write(text, 'latin1');
  });
}

/** The body of a chunked answer, joined (enough for small JSON answers). */
export function dechunk(answer: RawAnswer): string {
  if (!/transfer-encoding: chunked/i.test(answer.head)) return answer.body;
  let rest = answer.body;
  let out = '';
  for (;;) {
    const line = rest.indexOf('\r\n');
    const size = parseInt(rest.slice(0, line), 16);
    if (!size) return out;
    out += rest.slice(line + 2, line + 2 + size);
    rest = rest.slice(line + 2 + size + 2);
  }
}
