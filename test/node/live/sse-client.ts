/** One parsed Server-Sent Event, or a comment line (`comment` set). */
export interface SseMessage {
  id?: string;
  event?: string;
  data?: string;
  comment?: string;
}

export interface SseConnection {
  response: Response;
  /** The next message, waiting at most `timeoutMs`; rejects on timeout or end of stream. */
  next(timeoutMs?: number): Promise<SseMessage>;
  /** The next event (comments skipped). */
  nextEvent(timeoutMs?: number): Promise<SseMessage>;
  /** Resolves when the server ends the stream. */
  ended: Promise<void>;
  close(): void;
}

/** A small SSE reader over fetch for the tests: each message is parsed as the EventSource spec does. */
export async function openSse(url: string, headers: Record<string, string> = {}): Promise<SseConnection> {
  const controller = new AbortController();
  const response = await fetch(url, { headers: { accept: 'text/event-stream', ...headers }, signal: controller.signal });
  const queue: SseMessage[] = [];
  const waiting: ((message: SseMessage | undefined) => void)[] = [];
  let done = false;
  let endStream!: () => void;
  const ended = new Promise<void>((resolve) => (endStream = resolve));
  const push = (message: SseMessage | undefined) => {
    const waiter = waiting.shift();
    if (waiter) waiter(message);
    else if (message) queue.push(message);
  };
  (async () => {
    if (!response.body) return;
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      const reader = response.body.getReader();
      for (;;) {
        const { done: finished, value: chunk } = await reader.read();
        if (finished) break;
        buffer += decoder.decode(chunk, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const message: SseMessage = {};
          for (const line of block.split('\n')) {
            const colon = line.indexOf(':');
            const field = colon < 0 ? line : line.slice(0, colon);
            const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
            if (field === '') message.comment = value;
            else if (field === 'id' || field === 'event') message[field] = value;
            else if (field === 'data') message.data = message.data === undefined ? value : `${message.data}\n${value}`;
          }
          push(message);
        }
      }
    } catch {
      // Aborted by close().
    }
    done = true;
    endStream();
    while (waiting.length) waiting.shift()!(undefined);
  })();
  const next = (timeoutMs = 5000) =>
    new Promise<SseMessage>((resolve, reject) => {
      const queued = queue.shift();
      if (queued) return resolve(queued);
      if (done) return reject(new Error('The stream ended.'));
      const timer = setTimeout(() => {
        waiting.splice(waiting.indexOf(waiter), 1);
        reject(new Error(`No SSE message within ${timeoutMs} ms.`));
      }, timeoutMs);
      const waiter = (message: SseMessage | undefined) => {
        clearTimeout(timer);
        if (message) resolve(message);
        else reject(new Error('The stream ended.'));
      };
      waiting.push(waiter);
    });
  const nextEvent = async (timeoutMs = 5000) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const message = await next(Math.max(1, deadline - Date.now()));
      if (message.event) return message;
    }
  };
  return { response, next, nextEvent, ended, close: () => controller.abort() };
}
