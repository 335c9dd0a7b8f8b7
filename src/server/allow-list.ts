/*
 * What the browser may see (DESIGN.md, "What the browser may see").
 *
 * The proxy answers the account and transaction routes with these fields
 * only, under Mono's own names (v2 snake_case and v1 camelCase both, so a
 * host's own backend and this one look alike). Everything else stays on the
 * server: BVN, identity, phone, email, address, date of birth, the customer
 * record, and whatever Mono adds later. To show a new field, add it here
 * and to DESIGN.md.
 */

/** Account: id, name, account type, currency, balance, account number, data status, retrieved data, updated time. */
export const ACCOUNT_FIELDS = [
  'id', '_id',
  'name',
  'type',
  'currency',
  'balance',
  'account_number', 'accountNumber',
  'data_status', 'dataStatus',
  'retrieved_data', 'retrievedData',
  'updated_at', 'updatedAt',
  'auth_method', 'authMethod',
] as const;

/** The account number is cut to its last 4 digits unless the host sets `exposeAccountNumber: true`. */
export const ACCOUNT_NUMBER_FIELDS = ['account_number', 'accountNumber'] as const;

/** Account institution: name, bank code, type, auth method. */
export const INSTITUTION_FIELDS = ['name', 'bank_code', 'bankCode', 'type', 'auth_method', 'authMethod'] as const;

/** Account `meta`: data status, retrieved data, updated time, auth method. */
export const ACCOUNT_META_FIELDS = [
  'data_status', 'dataStatus',
  'retrieved_data', 'retrievedData',
  'updated_at', 'updatedAt',
  'auth_method', 'authMethod',
] as const;

/** Fields that hold a list of words (`["balance", "transactions"]`) rather than one value. */
export const LIST_FIELDS = ['retrieved_data', 'retrievedData'] as const;

/** Transaction: id, narration, amount, type, balance, date, category, currency. */
export const TRANSACTION_FIELDS = ['id', '_id', 'narration', 'amount', 'type', 'balance', 'date', 'category', 'currency'] as const;

/** Paging, in `paging` (v1), `meta` (v2) or `data.paging`. */
export const PAGING_FIELDS = ['total', 'page', 'pages', 'previous', 'next', 'limit', 'per_page', 'perPage'] as const;

/**
 * Mono's envelope `{ status, message, data, meta }`: only the status word.
 * `message` is free text the elements never show, so it stays behind too.
 */
export const ENVELOPE_FIELDS = ['status'] as const;
