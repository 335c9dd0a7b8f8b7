import {
  ACCOUNT_FIELDS,
  ACCOUNT_META_FIELDS,
  ACCOUNT_NUMBER_FIELDS,
  ENVELOPE_FIELDS,
  INSTITUTION_FIELDS,
  LIST_FIELDS,
  PAGING_FIELDS,
  TRANSACTION_FIELDS,
} from './allow-list.js';
import { isObject, type Json } from '../core/fetcher/read-fields.js';

/*
 * Copies Mono's answers field by field from the allow-list, in the shape
 * they came in (v1 or v2, envelope or not). Nothing is copied by default:
 * an object lands in the answer only where a known shape puts one, and a
 * field only when it is on the list and holds a plain value.
 */

export interface PrivacyOptions {
  /** Send the full account number instead of its last 4 digits. */
  exposeAccountNumber?: boolean;
}

const has = (source: Json, key: string): boolean => Object.prototype.hasOwnProperty.call(source, key);
const isPlain = (value: unknown): boolean =>
  value === null || typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));

function pick(source: Json, fields: readonly string[]): Json {
  const out: Json = {};
  for (const field of fields) {
    if (!has(source, field)) continue;
    const value = source[field];
    if ((LIST_FIELDS as readonly string[]).includes(field)) {
      if (Array.isArray(value)) out[field] = value.filter((item) => typeof item === 'string');
      else if (value === null) out[field] = null;
    } else if (isPlain(value)) {
      out[field] = value;
    }
  }
  return out;
}

/** `value` at `key`, passed through `shape` when it is an object; `null` stays null; anything else is dropped. */
function nested(out: Json, source: Json, key: string, shape: (value: Json) => unknown): void {
  if (!has(source, key)) return;
  const value = source[key];
  if (isObject(value)) out[key] = shape(value);
  else if (value === null) out[key] = null;
}

const lastFour = (value: unknown): unknown =>
  typeof value === 'string' || typeof value === 'number' ? String(value).replace(/\D/g, '').slice(-4) : null;

function account(source: Json, options: PrivacyOptions): Json {
  const out = pick(source, ACCOUNT_FIELDS);
  if (!options.exposeAccountNumber) {
    for (const field of ACCOUNT_NUMBER_FIELDS) if (has(out, field)) out[field] = lastFour(out[field]);
  }
  nested(out, source, 'institution', (institution) => pick(institution, INSTITUTION_FIELDS));
  nested(out, source, 'meta', (meta) => pick(meta, ACCOUNT_META_FIELDS));
  return out;
}

/** An account level: its own flat fields (`data: { id, name, data_status }`) and a nested `account`. */
function accountLevel(source: Json, options: PrivacyOptions): Json {
  const out = account(source, options);
  nested(out, source, 'account', (inner) => account(inner, options));
  return out;
}

/**
 * Account details in any of Mono's layouts: v2 `{ status, data: { account, meta } }`,
 * v1 `{ account, meta }`, flat `{ data: { id, account_number, data_status } }`,
 * `data: null`. Returns `undefined` when the body is not an object at all.
 */
export function allowAccount(body: unknown, options: PrivacyOptions = {}): Json | undefined {
  if (!isObject(body)) return undefined;
  const out = { ...pick(body, ENVELOPE_FIELDS), ...accountLevel(body, options) };
  nested(out, body, 'data', (data) => accountLevel(data, options));
  return out;
}

const paging = (source: Json): Json => pick(source, PAGING_FIELDS);

/** Rows in order; a row that is not an object becomes `null`, so the browser can count what it could not show. */
const rows = (value: unknown[]): unknown[] => value.map((row) => (isObject(row) ? pick(row, TRANSACTION_FIELDS) : null));

function rowsAt(out: Json, source: Json, key: string): void {
  if (!has(source, key)) return;
  const value = source[key];
  if (Array.isArray(value)) out[key] = rows(value);
  else if (value === null) out[key] = null;
}

/** `data: { paging, transactions }` and the other objects Mono puts transactions in. */
function transactionLevel(source: Json): Json {
  const out: Json = {};
  nested(out, source, 'paging', paging);
  nested(out, source, 'meta', paging);
  rowsAt(out, source, 'transactions');
  rowsAt(out, source, 'data');
  return out;
}

/**
 * A page of transactions in any of Mono's layouts: v2 `{ status, data: [...], meta }`,
 * v1 `{ paging, data: [...] }`, `{ data: { paging, transactions } }`, `data: null`,
 * `meta: null`, `paging: null`. Returns `undefined` when the body is not an object.
 */
export function allowTransactions(body: unknown): Json | undefined {
  if (!isObject(body)) return undefined;
  const out = { ...pick(body, ENVELOPE_FIELDS), ...transactionLevel(body) };
  if (isObject(body['data'])) out['data'] = transactionLevel(body['data']);
  return out;
}
