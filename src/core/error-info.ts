import type { MonoErrorInfo } from '../events/mono-error.js';

/** Any thrown value as the `{ code, message, status? }` every `mono-error` carries. */
export function toErrorInfo(error: unknown, fallbackCode: string): MonoErrorInfo {
  if (typeof error === 'object' && error !== null) {
    const { code, message, status } = error as { code?: unknown; message?: unknown; status?: unknown };
    return {
      code: typeof code === 'string' && code ? code : fallbackCode,
      message: typeof message === 'string' && message ? message : String(error),
      ...(typeof status === 'number' ? { status } : {}),
    };
  }
  return { code: fallbackCode, message: String(error) };
}
