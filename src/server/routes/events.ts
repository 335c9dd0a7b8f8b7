import { livePayload, type MonoLiveEvent } from '../../core/live/live-event.js';
import type { BusEvent, MonoBus } from '../bus/types.js';
import { fail } from '../responses.js';
import { RequestError, checkAccountId } from '../validate.js';

export interface EventsRouteOptions {
  bus: MonoBus;
  /** Checks one account for the signed-in user; throws a 403 `RequestError` when refused. */
  authorized: (request: Request, accountId: string) => Promise<void>;
  /** Comment line sent this often so proxies keep the connection open. */
  heartbeatMs: number;
}

/** More than a page ever shows; a longer list is a mistake or an attack. */
const MAX_ACCOUNTS = 50;
/** Queued bytes a slow client may fall behind by before its stream is closed (it resumes with Last-Event-ID). */
const MAX_BACKLOG_BYTES = 1024 * 1024;

const encoder = new TextEncoder();

/** One SSE frame. JSON has no raw newlines, so `data:` is always one line. */
export function sseFrame(item: BusEvent): string {
  return `id: ${item.id}\nevent: ${item.event.type}\ndata: ${JSON.stringify(livePayload(item.event))}\n\n`;
}

function accountsOf(url: URL): string[] {
  const accounts = [...new Set(url.searchParams.getAll('account'))];
  if (accounts.length === 0) throw new RequestError(400, 'MISSING_ACCOUNT', 'Name at least one account: ?account=ID.');
  if (accounts.length > MAX_ACCOUNTS) throw new RequestError(400, 'TOO_MANY_ACCOUNTS', `At most ${MAX_ACCOUNTS} accounts per stream.`);
  return accounts.map(checkAccountId);
}

/**
 * `GET {basePath}/events?account=ID&account=ID2`: Server-Sent Events for
 * those accounts only. Every account is authorised first (one refusal is a
 * 403 for the whole stream), and each event is matched on its account id
 * before it is written: a stream never carries another account's events.
 * `Last-Event-ID` (or `?lastEventId=`, for a page that reopens its stream
 * with another account list) replays what was missed from the bus's buffer.
 */
export function eventsRoute(options: EventsRouteOptions) {
  return async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    const accounts = accountsOf(url);
    await Promise.all(accounts.map((accountId) => options.authorized(request, accountId)));
    const { bus } = options;
    if (bus.state === 'down') return fail(503, 'BUS_UNAVAILABLE', 'Live events are unavailable; poll meanwhile.', { 'retry-after': '5' });
    const wanted = new Set(accounts);
    const ours = (event: MonoLiveEvent) => wanted.has(event.accountId);
    const lastId = request.headers.get('last-event-id') ?? url.searchParams.get('lastEventId');

    let stop = () => {};
    const stream = new ReadableStream<Uint8Array>(
      {
        start(controller) {
          let open = true;
          const write = (text: string) => {
            if (!open) return;
            controller.enqueue(encoder.encode(text));
            if ((controller.desiredSize ?? 0) < -MAX_BACKLOG_BYTES) stop();
          };
          // Live events that arrive while the replay is read wait here, so none is lost or sent twice.
          let pending: BusEvent[] | undefined = lastId ? [] : undefined;
          const sent = new Set<string>();
          const unsubscribe = bus.subscribe((item) => {
            if (!ours(item.event)) return;
            if (pending) pending.push(item);
            else write(sseFrame(item));
          });
          const offState = bus.onState((state) => {
            if (state === 'down') stop();
          });
          const heartbeat = setInterval(() => write(': heartbeat\n\n'), options.heartbeatMs);
          stop = () => {
            if (!open) return;
            open = false;
            clearInterval(heartbeat);
            unsubscribe();
            offState();
            request.signal.removeEventListener('abort', stop);
            try {
              controller.close();
            } catch {
              // Already cancelled by the reader.
            }
          };
          request.signal.addEventListener('abort', stop, { once: true });
          if (request.signal.aborted) return stop();
          // A comment first, so the headers and the first bytes leave at once.
          write(': connected\nretry: 2000\n\n');
          if (lastId) {
            bus
              .replay(lastId)
              .catch(() => [] as BusEvent[])
              .then((missed) => {
                for (const item of missed) {
                  if (!ours(item.event)) continue;
                  sent.add(item.id);
                  write(sseFrame(item));
                }
                for (const item of pending ?? []) if (!sent.has(item.id)) write(sseFrame(item));
                pending = undefined;
              });
          }
        },
        cancel() {
          stop();
        },
      },
      new ByteLengthQueuingStrategy({ highWaterMark: 64 * 1024 }),
    );
    return new Response(stream, {
      status: 200,
      headers: {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        // nginx buffers responses by default, which would hold events back.
        'x-accel-buffering': 'no',
      },
    });
  };
}
