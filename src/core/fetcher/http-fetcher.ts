// PLACEHOLDER written by the lead so browser tests can load; helper-1 replaces this file entirely.
import type { MonoFetcher } from './types.js';
export interface HttpFetcherOptions { endpoint?: string }
export function createHttpFetcher(_options: HttpFetcherOptions = {}): MonoFetcher {
  const fail = () => Promise.reject(new Error('not implemented yet'));
  return { exchangeCode: fail, getAccount: fail, getTransactions: fail };
}
