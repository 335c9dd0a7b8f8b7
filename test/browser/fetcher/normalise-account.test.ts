import { expect } from '@open-wc/testing';
import { MonoFetchError } from '../../../src/core/fetcher/errors.js';
import { normaliseAccount } from '../../../src/core/fetcher/normalise-account.js';
import { normaliseExchange } from '../../../src/core/fetcher/normalise-exchange.js';
import { exchangeBareUnderscoreId, exchangeData, exchangeUnderscoreId, exchangeV1, exchangeV2 } from '../../fixtures/mono/exchange.js';
import { accountFlat } from '../../fixtures/mono/account-flat.js';
import {
  accountBalanceAsString,
  accountMissingFields,
  accountOddCurrency,
  accountPlaceholders,
  accountProcessingEmpty,
  accountWithoutId,
} from '../../fixtures/mono/account-partial-fields.js';
import { accountV1 } from '../../fixtures/mono/account-v1.js';
import { accountV2, accountV2Partial } from '../../fixtures/mono/account-v2.js';

const failure = (run: () => unknown): MonoFetchError => {
  try {
    run();
  } catch (error) {
    expect(error).to.be.instanceOf(MonoFetchError);
    return error as MonoFetchError;
  }
  throw new Error('expected a MonoFetchError');
};

describe('normaliseAccount: every layout Mono documents', () => {
  it('v2: nested account and meta, with retrieved_data; no BVN', () => {
    expect(normaliseAccount(accountV2)).to.deep.equal({
      id: '6601c2aa00000000000d4e51bc20',
      name: 'CHIDINMA EZE',
      lastFour: '7891',
      accountNumber: '0234567891',
      type: 'Digital Savings Account',
      currency: 'NGN',
      balance: 482150,
      institution: { name: 'Access Bank', bankCode: '044', type: 'PERSONAL_BANKING' },
      dataStatus: 'AVAILABLE',
      retrievedData: ['balance', 'transactions'],
      authMethod: 'internet_banking',
    });
    expect(normaliseAccount(accountV2Partial)).to.deep.include({ dataStatus: 'PARTIAL', retrievedData: ['balance'] });
  });

  it('v1: _id, camelCase, top-level meta', () => {
    expect(normaliseAccount(accountV1)).to.deep.equal({
      id: '5fa1e0b2c3d4e5f601234567',
      name: 'TUNDE BAKARE',
      lastFour: '2390',
      accountNumber: '0167452390',
      type: 'SAVINGS ACCOUNT',
      currency: 'NGN',
      balance: 1250000,
      institution: { name: 'GTBank', bankCode: '058', type: 'PERSONAL_BANKING' },
      dataStatus: 'PROCESSING',
      authMethod: 'mobile_banking',
    });
  });

  it('flat: data_status in lower case on data, currency ngn, updated_at, auth method in institution', () => {
    expect(normaliseAccount(accountFlat)).to.deep.equal({
      id: '66a3f19bc20e7d4a1f2',
      name: 'AMAKA OBI',
      lastFour: '8576',
      accountNumber: '2203948576',
      type: 'SAVINGS_ACCOUNT',
      currency: 'NGN',
      balance: 91500,
      institution: { name: 'Zenith Bank', bankCode: '057', type: 'personal_banking' },
      dataStatus: 'AVAILABLE',
      updatedAt: '2026-01-09T01:41:21.558Z',
      authMethod: 'mobile_banking',
    });
  });

  it('data_status flat on a nested account, in any casing', () => {
    const body = { data: { account: { ...accountV2.data.account, data_status: 'Processing' } } };
    expect(normaliseAccount(body).dataStatus).to.equal('PROCESSING');
  });

  it('keeps only the last 4 digits when that is all the proxy sent', () => {
    const body = { ...accountV2, data: { ...accountV2.data, account: { ...accountV2.data.account, account_number: '7891' } } };
    const account = normaliseAccount(body);
    expect(account.lastFour).to.equal('7891');
    expect(account).to.not.have.property('accountNumber');
  });

  it('PROCESSING with empty and null fields: the id and the status, no field errors', () => {
    expect(normaliseAccount(accountProcessingEmpty)).to.deep.equal({
      id: '6601c2aa00000000000d4e51bc21',
      currency: 'NGN',
      dataStatus: 'PROCESSING',
      retrievedData: [],
    });
  });

  it('missing institution, name, number and balance: what is there', () => {
    expect(normaliseAccount(accountMissingFields)).to.deep.equal({
      id: '6601c2aa00000000000d4e51bc22',
      type: 'CURRENT ACCOUNT',
      currency: 'NGN',
      dataStatus: 'AVAILABLE',
    });
  });

  it('a balance as a string is left out and named for developers, the rest kept', () => {
    const account = normaliseAccount(accountBalanceAsString);
    expect(account).to.not.have.property('balance');
    expect(account).to.deep.include({ name: 'IFEOMA NWOSU', lastFour: '3344' });
    expect(account.unreadable).to.deep.equal(['data.account.balance should be a number, got string']);
  });

  it('placeholder strings: UNKNOWN status, no crash', () => {
    const account = normaliseAccount(accountPlaceholders);
    expect(account.dataStatus).to.equal('UNKNOWN');
    expect(account.id).to.equal('string');
    expect(account).to.not.have.property('lastFour');
  });

  it('an unknown currency is kept as its code, not turned into naira', () => {
    expect(normaliseAccount(accountOddCurrency).currency).to.equal('GHANA CEDI');
  });

  it('only a missing id or a non-object body is an error', () => {
    expect(failure(() => normaliseAccount(accountWithoutId)).message).to.match(/data\.account\.id should be a non-empty account id/);
    for (const body of [null, 'text', 42, [accountV2]]) expect(failure(() => normaliseAccount(body)).code).to.equal('INVALID_RESPONSE');
  });
});

describe('normaliseExchange: every answer Mono documents', () => {
  it('{ id }, { _id }, { data: { id } } and { status, message, data: { id } }', () => {
    expect(normaliseExchange(exchangeV1)).to.deep.equal({ accountId: '5f171a530295e231abca1153' });
    expect(normaliseExchange(exchangeBareUnderscoreId)).to.deep.equal({ accountId: '5f171b640395e342bcda2265' });
    expect(normaliseExchange(exchangeUnderscoreId)).to.deep.equal({ accountId: '66310f1a1f25e6a3b1c2d3e5' });
    expect(normaliseExchange(exchangeData)).to.deep.equal({ accountId: '66a3f19bc20e7d4a1f2' });
    expect(normaliseExchange(exchangeV2)).to.deep.equal({ accountId: '66310f1a1f25e6a3b1c2d3e4' });
  });

  it('no id is an error that names the field', () => {
    expect(failure(() => normaliseExchange({ status: 'successful', data: {} })).message).to.match(/data\.id should be a non-empty account id/);
    expect(failure(() => normaliseExchange({ id: '  ' })).code).to.equal('INVALID_RESPONSE');
  });
});
