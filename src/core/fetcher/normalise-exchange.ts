import { invalid, isObject, object, pick, stringish } from './read-fields.js';

/**
 * The account id from a code exchange, in any shape a backend may answer with:
 * `{ id }` (the proxy, Mono v1), `{ _id }` (older Mono bodies),
 * `{ data: { id } }` and `{ status, message, data: { id } }` (Mono v2).
 * Mono's ids are usually 24-hex but that is not promised, so any non-empty
 * string (or number) is accepted.
 */
export function normaliseExchange(body: unknown): { accountId: string } {
  const root = object(body, 'response');
  const source = isObject(root['data']) ? root['data'] : root;
  const value = pick(source, 'id', '_id');
  const path = source === root ? 'id' : 'data.id';
  if (value === undefined || value === null) throw invalid(path, 'a non-empty account id', value);
  const accountId = stringish(value, path).trim();
  if (!accountId) throw invalid(path, 'a non-empty account id', value);
  return { accountId };
}
