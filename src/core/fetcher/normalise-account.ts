import { normaliseDataStatus } from './data-status.js';
import { isObject, number, object, optionalString, pick, string, stringish, type Json } from './read-fields.js';
import type { Account } from './types.js';

/** Mono sometimes spells the naira out. */
export function normaliseCurrency(value: string): string {
  const upper = value.trim().toUpperCase();
  return upper === 'NAIRA' || upper === '₦' ? 'NGN' : upper;
}

/**
 * Account details in either of Mono's shapes:
 * v2 `{ status, message, data: { account: { id, account_number, institution: { bank_code } }, meta: { data_status } } }`,
 * v1 `{ meta: { data_status }, account: { _id, accountNumber, institution: { bankCode } } }`.
 */
export function normaliseAccount(body: unknown): Account {
  const root = object(body, 'response');
  const envelope = isObject(root['data']) ? root['data'] : root;
  const account = object(envelope['account'] ?? envelope, 'account');
  const meta: Json = isObject(envelope['meta']) ? envelope['meta'] : isObject(root['meta']) ? root['meta'] : {};
  const institution = object(account['institution'], 'account.institution');
  const currency = optionalString(account['currency'], 'account.currency');
  const result: Account = {
    id: stringish(pick(account, 'id', '_id'), 'account.id'),
    name: string(account['name'], 'account.name'),
    accountNumber: stringish(pick(account, 'account_number', 'accountNumber'), 'account.account_number'),
    type: optionalString(account['type'], 'account.type') ?? 'Account',
    currency: currency ? normaliseCurrency(currency) : 'NGN',
    balance: number(account['balance'], 'account.balance'),
    institution: {
      name: string(institution['name'], 'account.institution.name'),
    },
    dataStatus: normaliseDataStatus(pick(meta, 'data_status', 'dataStatus')),
  };
  const bankCode = optionalString(pick(institution, 'bank_code', 'bankCode'), 'account.institution.bank_code');
  if (bankCode) result.institution.bankCode = bankCode;
  const institutionType = optionalString(institution['type'], 'account.institution.type');
  if (institutionType) result.institution.type = institutionType;
  const institutionId = optionalString(pick(institution, 'id', '_id'), 'account.institution.id');
  if (institutionId) result.institution.id = institutionId;
  const bvn = optionalString(account['bvn'], 'account.bvn');
  if (bvn) result.bvn = bvn;
  const authMethod = optionalString(pick(meta, 'auth_method', 'authMethod'), 'meta.auth_method');
  if (authMethod) result.authMethod = authMethod;
  return result;
}
