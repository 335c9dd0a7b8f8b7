/**
 * Waits `ms`, or rejects with the signal's reason as soon as it aborts (at
 * once when it already has). The one wait the library has: retry back-off
 * and data-status polling both use it, so a superseded or disconnected
 * caller never leaves a timer or an abort listener behind.
 */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
