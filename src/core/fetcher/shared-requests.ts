/**
 * Identical GETs in flight share one request: three elements asking for the
 * same account at once cost one round trip. Each caller keeps its own
 * AbortSignal; the shared request is aborted only when every caller has left.
 */
export class SharedRequests {
  private readonly inFlight = new Map<string, { promise: Promise<unknown>; controller: AbortController; waiting: number }>();

  run<T>(key: string, start: (signal: AbortSignal) => Promise<T>, signal?: AbortSignal): Promise<T> {
    signal?.throwIfAborted();
    let entry = this.inFlight.get(key);
    if (!entry) {
      const controller = new AbortController();
      const created: { promise: Promise<unknown>; controller: AbortController; waiting: number } = { promise: Promise.resolve(), controller, waiting: 0 };
      created.promise = start(controller.signal).finally(() => {
        if (this.inFlight.get(key) === created) this.inFlight.delete(key);
      });
      // Nobody may be listening any more when it settles.
      created.promise.catch(() => {});
      this.inFlight.set(key, created);
      entry = created;
    }
    const shared = entry;
    shared.waiting++;
    return new Promise<T>((resolve, reject) => {
      let done = false;
      const leave = () => {
        if (done) return;
        done = true;
        signal?.removeEventListener('abort', onAbort);
        shared.waiting--;
      };
      const onAbort = () => {
        leave();
        reject(signal!.reason);
        if (shared.waiting === 0) {
          if (this.inFlight.get(key) === shared) this.inFlight.delete(key);
          shared.controller.abort(signal!.reason);
        }
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      (shared.promise as Promise<T>).then(
        (value) => {
          if (done) return;
          leave();
          resolve(value);
        },
        (error: unknown) => {
          if (done) return;
          leave();
          reject(error);
        },
      );
    });
  }
}
