import type { DataStatus } from './types.js';

const KNOWN: ReadonlySet<string> = new Set(['AVAILABLE', 'PARTIAL', 'PROCESSING', 'UNAVAILABLE', 'FAILED']);

/**
 * Mono's guide names AVAILABLE | PROCESSING | FAILED; its docs since
 * September 2025 add PARTIAL and UNAVAILABLE, sometimes in lower case.
 * Anything else is UNKNOWN, which callers treat as "poll again".
 */
export function normaliseDataStatus(value: unknown): DataStatus {
  const upper = typeof value === 'string' ? value.trim().toUpperCase() : '';
  return KNOWN.has(upper) ? (upper as DataStatus) : 'UNKNOWN';
}

/** Data can be read: AVAILABLE, or PARTIAL (which a screen should say). */
export const isReadable = (status: DataStatus): boolean => status === 'AVAILABLE' || status === 'PARTIAL';

/** No amount of waiting will change it. */
export const isFinalStatus = (status: DataStatus): boolean => status === 'FAILED';

/** PROCESSING, UNAVAILABLE and UNKNOWN: ask again later. */
export const shouldPoll = (status: DataStatus): boolean => !isReadable(status) && !isFinalStatus(status);
