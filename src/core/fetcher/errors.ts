/**
 * A failed request to the host backend, or a response that does not have the
 * shape Mono's API promises. `status` is the HTTP status (0 when no response
 * arrived); `retryAfter` is in seconds, when the server said.
 */
export class MonoFetchError extends Error {
  override readonly name = 'MonoFetchError';

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly retryAfter?: number,
  ) {
    super(message);
  }

  /** 429 and 5xx, and a request that never got an answer, may succeed when tried again. */
  get retryable(): boolean {
    return this.status === 0 || this.status === 429 || this.status >= 500;
  }
}

export const isAbortError = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
