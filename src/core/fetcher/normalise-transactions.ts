import { normaliseCurrency } from './normalise-account.js';
import { invalid, isObject, number, object, optionalNumber, optionalString, pick, string, stringish, type Json } from './read-fields.js';
import type { Transaction, TransactionPage } from './types.js';

function normaliseTransaction(value: unknown, index: number): Transaction {
  const path = `transactions[${index}]`;
  const row = object(value, path);
  const type = string(row['type'], `${path}.type`).toLowerCase();
  if (type !== 'debit' && type !== 'credit') throw invalid(`${path}.type`, '"debit" or "credit"', row['type']);
  const date = string(row['date'], `${path}.date`);
  if (Number.isNaN(Date.parse(date))) throw invalid(`${path}.date`, 'a date', date);
  const transaction: Transaction = {
    id: stringish(pick(row, 'id', '_id'), `${path}.id`),
    // Minor units, kept positive: the sign lives in `type`.
    amount: Math.abs(number(row['amount'], `${path}.amount`)),
    type,
    narration: string(row['narration'], `${path}.narration`),
    date,
  };
  const currency = optionalString(row['currency'], `${path}.currency`);
  if (currency) transaction.currency = normaliseCurrency(currency);
  const balance = optionalNumber(row['balance'], `${path}.balance`);
  if (balance !== undefined) transaction.balance = balance;
  const category = optionalString(row['category'], `${path}.category`);
  if (category) transaction.category = category;
  return transaction;
}

const link = (value: unknown, path: string): boolean => {
  if (value === undefined || value === null || value === '') return false;
  string(value, path);
  return true;
};

/**
 * A page of transactions in either of Mono's shapes:
 * v2 `{ status, message, data: [...], meta: { total, page, previous, next } }`,
 * v1 `{ paging: { total, page, previous, next }, data: [...] }`.
 * `next`/`previous` only say whether a neighbour exists (Mono's documented
 * URLs are not reliable enough to follow).
 */
export function normaliseTransactionPage(body: unknown, requestedPage = 1): TransactionPage {
  const root = object(body, 'response');
  if (!Array.isArray(root['data'])) throw invalid('data', 'an array of transactions', root['data']);
  const transactions = root['data'].map(normaliseTransaction);
  const paging: Json = isObject(root['meta']) ? root['meta'] : isObject(root['paging']) ? root['paging'] : {};
  const pagingName = isObject(root['meta']) ? 'meta' : 'paging';
  const page = optionalNumber(paging['page'], `${pagingName}.page`) ?? requestedPage;
  const total = optionalNumber(paging['total'], `${pagingName}.total`) ?? transactions.length;
  const perPage = optionalNumber(pick(paging, 'limit', 'per_page', 'perPage'), `${pagingName}.limit`);
  const hasPrevious = 'previous' in paging ? link(paging['previous'], `${pagingName}.previous`) : page > 1;
  const hasNext =
    'next' in paging ? link(paging['next'], `${pagingName}.next`) : perPage !== undefined ? page * perPage < total : false;
  const result: TransactionPage = { transactions, page, total, hasPrevious, hasNext };
  if (perPage !== undefined) result.perPage = perPage;
  return result;
}
