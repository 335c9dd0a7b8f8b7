import type { TransactionQuery } from '../../core/fetcher/types.js';
import type { FilterValues } from './transactions-filters.js';

/**
 * The one place a transactions request is built: page `page` of what the
 * filters let through. Paged mode, the first page of the long-history list
 * and every page appended to it all ask through here.
 */
export function transactionQuery(filters: FilterValues, page: number): TransactionQuery {
  const { type, start, end, narration } = filters;
  return { page, type, start, end, narration };
}

/** Whether two requests built by `transactionQuery` ask for the same rows (so the element keeps one object, and its page task compares by identity). */
export function sameQuery(a: TransactionQuery, b: TransactionQuery): boolean {
  return (Object.keys(b) as (keyof TransactionQuery)[]).every((key) => a[key] === b[key]);
}

/** Whether any filter narrows the rows: the empty state then says "no match", not "no transactions". */
export const isFiltered = (filters: FilterValues): boolean => !!(filters.type || filters.start || filters.end || filters.narration);
