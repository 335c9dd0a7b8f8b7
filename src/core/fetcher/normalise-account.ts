import { normaliseCurrency } from './currency.js';
import { normaliseDataStatus } from './data-status.js';
import {
  findField,
  isValidDate,
  looseNumber,
  looseObject,
  looseString,
  looseStringish,
  looseWords,
  note,
  type Holder,
  type Notes,
} from './loose-fields.js';
import { invalid, isObject, object, type Json } from './read-fields.js';
import type { Account, Institution } from './types.js';

const at = (path: string, name: string): string => (path ? `${path}.${name}` : name);

/** Where the account's own fields are, in each of Mono's layouts. */
function locate(root: Json): { envelope: Holder; account: Holder; holders: Holder[] } {
  const data = isObject(root['data']) ? root['data'] : undefined;
  const envelope: Holder = data ? { source: data, path: 'data' } : { source: root, path: '' };
  const inner = envelope.source['account'];
  const account: Holder = isObject(inner) ? { source: inner, path: at(envelope.path, 'account') } : envelope;
  const metas: Holder[] = [];
  for (const holder of [envelope, { source: root, path: '' }]) {
    const meta = holder.source['meta'];
    if (isObject(meta)) metas.push({ source: meta, path: at(holder.path, 'meta') });
  }
  // Status fields sit in `meta` (v1, v2) or flat on the account or data
  // object (Mono's real-time and webhook examples): look in that order.
  const holders = [...metas, account, envelope, { source: root, path: '' }].filter(
    (holder, index, all) => all.findIndex((other) => other.source === holder.source) === index,
  );
  return { envelope, account, holders };
}

/** `id` or `_id`, on the account or (flat layout) on `data`; any non-empty string, not only 24-hex. */
function readId(envelope: Holder, account: Holder): string {
  const found = findField(account === envelope ? [account] : [account, envelope], 'id', '_id');
  const path = found?.path ?? at(account.path, 'id');
  const value = found?.value;
  const id = typeof value === 'number' && Number.isFinite(value) ? String(value) : typeof value === 'string' ? value.trim() : '';
  if (!id) throw invalid(path, 'a non-empty account id', value);
  return id;
}

function readInstitution(account: Holder, notes: Notes): Institution | undefined {
  const path = at(account.path, 'institution');
  const source = looseObject(account.source['institution'], path, notes);
  if (!source) return undefined;
  const institution: Institution = {};
  const read = (names: string[]) => {
    const found = findField([{ source, path }], ...names);
    return found ? looseStringish(found.value, found.path, notes) : undefined;
  };
  const name = read(['name']);
  if (name) institution.name = name;
  const bankCode = read(['bank_code', 'bankCode']);
  if (bankCode) institution.bankCode = bankCode;
  const type = read(['type']);
  if (type) institution.type = type;
  return Object.keys(institution).length ? institution : undefined;
}

function readAccountNumber(account: Holder, result: Account, notes: Notes): void {
  const found = findField([account], 'account_number', 'accountNumber');
  const value = found ? looseStringish(found.value, found.path, notes) : undefined;
  const digits = value?.replace(/\D/g, '') ?? '';
  if (!digits) return;
  result.lastFour = digits.slice(-4);
  // The proxy sends only the last 4 unless the host opted in; more than
  // that came from a backend that chose to send it.
  if (digits.length > 4) result.accountNumber = value!;
}

/**
 * Account details in any of Mono's layouts: v2 `{ status, message, data:
 * { account: { id, account_number, … }, meta: { data_status, retrieved_data } } }`,
 * v1 `{ meta: { data_status }, account: { _id, accountNumber, … } }`, and the
 * flat `{ data: { id, data_status, updated_at, … } }`. Only a body that is not
 * an object, or has no account id, is an error: every other field is kept
 * when it can be read and left out (and listed in `unreadable`) when not.
 * Only the fields on DESIGN.md's list are copied: never a BVN or identity.
 */
export function normaliseAccount(body: unknown): Account {
  const root = object(body, 'response');
  const { envelope, account, holders } = locate(root);
  const notes: Notes = [];
  const field = (names: string[], from: Holder[] = [account]) => findField(from, ...names);

  const result: Account = { id: readId(envelope, account), currency: 'NGN', dataStatus: 'UNKNOWN' };
  const name = field(['name']);
  if (name) result.name = looseString(name.value, name.path, notes);
  readAccountNumber(account, result, notes);
  const type = field(['type']);
  if (type) result.type = looseString(type.value, type.path, notes);

  const balance = field(['balance']);
  if (balance) result.balance = looseNumber(balance.value, balance.path, notes);
  const currency = field(['currency']);
  if (currency) {
    const code = looseStringish(currency.value, currency.path, notes);
    if (code) result.currency = normaliseCurrency(code);
    // A balance in a currency that could not be read would show as naira: leave it out.
    else if (typeof currency.value !== 'string') delete result.balance;
  }

  result.institution = readInstitution(account, notes);

  const status = field(['data_status', 'dataStatus'], holders);
  result.dataStatus = normaliseDataStatus(status?.value);
  const retrieved = field(['retrieved_data', 'retrievedData'], holders);
  if (retrieved) result.retrievedData = looseWords(retrieved.value, retrieved.path, notes);
  const updated = field(['updated_at', 'updatedAt'], holders);
  if (updated) {
    const value = looseString(updated.value, updated.path, notes);
    if (value && isValidDate(value)) result.updatedAt = value;
    else if (value) note(notes, updated.path, 'a date', value);
  }
  const institution = isObject(account.source['institution']) ? [{ source: account.source['institution'], path: at(account.path, 'institution') }] : [];
  const authMethod = field(['auth_method', 'authMethod'], [...holders, ...institution]);
  if (authMethod) result.authMethod = looseString(authMethod.value, authMethod.path, notes);

  if (notes.length) result.unreadable = notes;
  // Fields that could not be read are left out, not set to undefined.
  for (const key of Object.keys(result) as (keyof Account)[]) if (result[key] === undefined) delete result[key];
  return result;
}
