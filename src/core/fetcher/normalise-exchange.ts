import { invalid, isObject, object, pick, stringish } from './read-fields.js';
import type { ExchangeResult } from './types.js';

/**
 * The account id from a code exchange, in any shape a backend may answer with:
 * `{ id }` (the proxy, Mono v1), `{ _id }` (older Mono bodies),
 * `{ data: { id } }` and `{ status, message, data: { id } }` (Mono v2).
 * Mono's ids are usually 24-hex but that is not promised, so any non-empty
 * string (or number) is accepted. `duplicateOf` (the proxy's, beside the id)
 * is extra: one that is not a usable id is left out rather than failing a
 * link that has already happened.
 */
export function normaliseExchange(body: unknown): ExchangeResult {
  const root = object(body, 'response');
  const source = isObject(root['data']) ? root['data'] : root;
  const value = pick(source, 'id', '_id');
  const path = source === root ? 'id' : 'data.id';
  if (value === undefined || value === null) throw invalid(path, 'a non-empty account id', value);
  const accountId = stringish(value, path).trim();
  if (!accountId) throw invalid(path, 'a non-empty account id', value);
  const duplicate = source['duplicateOf'];
  const duplicateOf = typeof duplicate === 'string' ? duplicate.trim() : '';
  return duplicateOf && duplicateOf !== accountId ? { accountId, duplicateOf } : { accountId };
}
