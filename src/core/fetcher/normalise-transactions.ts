import { normaliseCurrency } from './currency.js';
import { isValidDate } from './loose-fields.js';
import { describe, invalid, isObject, object, type Json } from './read-fields.js';
import type { SkippedTransaction, Transaction, TransactionPage } from './types.js';

/**
 * One row, or why it cannot be shown. A row needs an id, a type it can sign
 * (debit or credit), an amount and a real date; everything else is optional
 * and left out when it cannot be read (a missing narration is shown as such).
 */
function readRow(value: unknown, path: string): Transaction | string {
  if (!isObject(value)) return `${path} should be an object, got ${describe(value)}`;
  const problems: string[] = [];
  const need = (field: string, expected: string, got: unknown) => problems.push(`${path}.${field} should be ${expected}, got ${describe(got)}`);

  const rawId = value['id'] ?? value['_id'];
  const id = typeof rawId === 'number' && Number.isFinite(rawId) ? String(rawId) : typeof rawId === 'string' ? rawId.trim() : '';
  if (!id) need('id', 'a non-empty id', rawId);
  const rawType = value['type'];
  const type = typeof rawType === 'string' ? rawType.trim().toLowerCase() : '';
  if (type !== 'debit' && type !== 'credit') need('type', '"debit" or "credit"', rawType);
  const amount = value['amount'];
  if (typeof amount !== 'number' || !Number.isFinite(amount)) need('amount', 'a number', amount);
  const date = value['date'];
  if (typeof date !== 'string' || !isValidDate(date)) need('date', 'a date', date);
  if (problems.length) return problems.join('; ');

  const narration = value['narration'];
  const row: Transaction = {
    id,
    // Minor units, kept positive: the sign lives in `type`.
    amount: Math.abs(amount as number),
    type: type as Transaction['type'],
    narration: typeof narration === 'string' ? narration : typeof narration === 'number' ? String(narration) : '',
    date: date as string,
  };
  const currency = value['currency'];
  if (typeof currency === 'string' && currency.trim()) row.currency = normaliseCurrency(currency);
  const balance = value['balance'];
  if (typeof balance === 'number' && Number.isFinite(balance)) row.balance = balance;
  const category = value['category'];
  if (typeof category === 'string' && category.trim()) row.category = category.trim();
  return row;
}

/** Where the rows and the paging are, in each of Mono's layouts. */
function locate(root: Json): { rows: unknown[]; rowsPath: string; paging: Json } {
  const data = root['data'];
  const pagingOf = (...candidates: unknown[]): Json => (candidates.find(isObject) as Json | undefined) ?? {};
  // v2 `{ data: [...], meta }` and v1 `{ data: [...], paging }`.
  if (Array.isArray(data)) return { rows: data, rowsPath: 'data', paging: pagingOf(root['meta'], root['paging']) };
  // `{ status, message, data: { paging, transactions: [...] } }`.
  if (isObject(data)) {
    const rows = data['transactions'];
    if (rows !== undefined && rows !== null && !Array.isArray(rows)) throw invalid('data.transactions', 'an array of transactions', rows);
    return { rows: rows ?? [], rowsPath: 'data.transactions', paging: pagingOf(data['paging'], data['meta'], root['paging'], root['meta']) };
  }
  // `data: null` is Mono's "no transactions": an empty page, not an error.
  if (data === null) return { rows: [], rowsPath: 'data', paging: pagingOf(root['meta'], root['paging']) };
  throw invalid('data', 'an array of transactions', data);
}

const count = (value: unknown, min: number): number | undefined =>
  typeof value === 'number' && Number.isInteger(value) && value >= min ? value : undefined;

/** Mono's `next`/`previous` are URLs (not reliable enough to follow): only whether one is there counts. */
const link = (value: unknown): boolean => (typeof value === 'string' ? value.trim() !== '' : value === true);

/**
 * A page of transactions in any of Mono's layouts: v2 `{ data: [...], meta:
 * { total, page, previous, next } }`, v1 `{ paging, data: [...] }`,
 * `{ data: { paging, transactions: [...] } }`; `paging`/`meta` may be null
 * and `data: null` means no transactions. A row that cannot be read is left
 * out and listed in `skipped` (developer detail), so one bad row never hides
 * the others. Paging fields that cannot be read fall back to what is known.
 */
export function normaliseTransactionPage(body: unknown, requestedPage = 1): TransactionPage {
  const root = object(body, 'response');
  const { rows, rowsPath, paging } = locate(root);
  const transactions: Transaction[] = [];
  const skipped: SkippedTransaction[] = [];
  rows.forEach((value, index) => {
    const row = readRow(value, `${rowsPath}[${index}]`);
    if (typeof row === 'string') skipped.push({ index, reason: row });
    else transactions.push(row);
  });

  const page = count(paging['page'], 1) ?? requestedPage;
  const total = count(paging['total'], 0) ?? rows.length;
  const perPage = count(paging['limit'] ?? paging['per_page'] ?? paging['perPage'], 1);
  const hasPrevious = 'previous' in paging ? link(paging['previous']) : page > 1;
  const hasNext = 'next' in paging ? link(paging['next']) : perPage !== undefined ? page * perPage < total : false;
  const result: TransactionPage = { transactions, page, total, hasPrevious, hasNext };
  if (perPage !== undefined) result.perPage = perPage;
  if (skipped.length) result.skipped = skipped;
  return result;
}
