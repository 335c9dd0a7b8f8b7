import { MonoFetchError } from './errors.js';

/*
 * Field readers for untrusted JSON. A missing or mistyped field is an error
 * that names the field, so a changed API fails loudly in one place instead of
 * putting `undefined` on someone's screen.
 */

export type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A value's kind for a message: never the value itself, which may be personal data. */
export const describe = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

export function invalid(path: string, expected: string, value: unknown, status = 200): MonoFetchError {
  return new MonoFetchError(status, 'INVALID_RESPONSE', `Unexpected response from the backend: ${path} should be ${expected}, got ${describe(value)}.`);
}

export function object(value: unknown, path: string): Json {
  if (!isObject(value)) throw invalid(path, 'an object', value);
  return value;
}

export function string(value: unknown, path: string): string {
  if (typeof value !== 'string') throw invalid(path, 'a string', value);
  return value;
}

export function optionalString(value: unknown, path: string): string | undefined {
  return value === undefined || value === null ? undefined : string(value, path);
}

/** Identifiers and account numbers sometimes arrive as numbers. */
export function stringish(value: unknown, path: string): string {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return string(value, path);
}

export function number(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw invalid(path, 'a number', value);
  return value;
}

export function optionalNumber(value: unknown, path: string): number | undefined {
  return value === undefined || value === null ? undefined : number(value, path);
}

/** First field present among Mono's v2 and v1 spellings. */
export function pick(source: Json, ...names: string[]): unknown {
  for (const name of names) if (source[name] !== undefined) return source[name];
  return undefined;
}
