import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { normaliseAccount } from '../../../src/core/fetcher/normalise-account.js';
import { normaliseTransactionPage } from '../../../src/core/fetcher/normalise-transactions.js';
import { createMonoProxy, type MonoProxyOptions } from '../../../src/server/index.js';
import { accountDataNull, accountFlat, accountV1, accountV2 } from '../../fixtures/mono/upstream-account.js';
import { transactionsNested, transactionsNull, transactionsPagingNull, transactionsV1, transactionsV2 } from '../../fixtures/mono/upstream-transactions.js';

const SECRET = 'test_sk_privacy_5e3c1f0a9b';
const ID = '66310f1a1f25e6a3b1c2d3e4';

/** The proxy in front of a Mono that always answers `body` (with `status`). */
async function through(body: unknown, path = `/api/mono/accounts/${ID}`, options: Partial<MonoProxyOptions> = {}, status = 200) {
  const proxy = createMonoProxy({ secretKey: SECRET, authorize: () => true, fetch: async () => Response.json(body, { status }), ...options });
  const response = await proxy(new Request(`http://app.test${path}`));
  const text = await response.text();
  return { status: response.status, text, body: JSON.parse(text) as any };
}

describe('account details: only what the browser may see', () => {
  test('v2: Mono\'s shape, the allow-listed fields, the last 4 digits of the account number', async () => {
    const { status, body } = await through(accountV2);
    assert.equal(status, 200);
    assert.deepEqual(body, {
      status: 'successful',
      data: {
        account: {
          id: '66310f1a1f25e6a3b1c2d3e4',
          name: 'SAMUEL OLAMIDE NOMO',
          currency: 'NGN',
          type: 'Digital Savings Account',
          account_number: '3461',
          balance: 22644,
          institution: { name: 'Standard Chartered', bank_code: '068', type: 'PERSONAL_BANKING' },
        },
        meta: { data_status: 'AVAILABLE', auth_method: 'internet_banking', retrieved_data: ['balance', 'transactions'] },
      },
    });
  });

  test('v1: camelCase and _id kept, scope/liveMode/accessType/created_at dropped', async () => {
    const { body } = await through(accountV1);
    assert.deepEqual(body, {
      meta: { data_status: 'AVAILABLE', auth_method: 'internet_banking' },
      account: {
        _id: '6631279bdedfbd',
        name: 'Samuel Olamide',
        accountNumber: '0043',
        currency: 'NGN',
        balance: 20044,
        type: 'Tier 3 Savings Account',
        institution: { name: 'ALAT by WEMA', bankCode: '035', type: 'PERSONAL_BANKING' },
        updated_at: '2024-05-01T10:25:23.666Z',
      },
    });
  });

  test('flat data with data_status beside the account fields', async () => {
    const { body } = await through(accountFlat);
    assert.deepEqual(body.data, { id: '666b166ce06be73', name: 'Samuel  Olamide', account_number: '0043', balance: 53769, currency: 'NGN', data_status: 'processing' });
  });

  test('data: null stays null', async () => {
    const { status, body } = await through(accountDataNull);
    assert.equal(status, 200);
    assert.deepEqual(body, { status: 'failed', data: null });
  });

  for (const [name, fixture] of [['v2', accountV2], ['v1', accountV1]] as const) {
    test(`${name}: never a BVN, the customer, or the full account number; the browser can still read it`, async () => {
      const { text, body } = await through(fixture);
      for (const gone of ['bvn', 'customer', 'email', 'created_at', 'scope', 'liveMode', 'message', 'timestamp', '0131883461', '0235000043']) {
        assert.ok(!text.includes(gone), `${gone} reached the browser: ${text}`);
      }
      const account = normaliseAccount(body);
      assert.equal(account.lastFour?.length, 4);
      assert.equal(account.accountNumber, undefined, 'the browser knows it only has the last 4 digits');
      assert.equal(account.dataStatus, 'AVAILABLE');
    });
  }

  test('exposeAccountNumber: true sends the full number, and nothing else more', async () => {
    const { text, body } = await through(accountV2, undefined, { exposeAccountNumber: true });
    assert.equal(body.data.account.account_number, '0131883461');
    assert.ok(!text.includes('bvn') && !text.includes('customer'));
  });

  test('an account number given as a number, or with spaces, is still cut to 4 digits', async () => {
    for (const number of [131883461, '0131 883 461']) {
      const { body } = await through({ account: { _id: 'a1', accountNumber: number } });
      assert.equal(body.account.accountNumber, '3461');
    }
  });

  test('nested objects where a plain value belongs are dropped (a name object could hide identity)', async () => {
    const { body } = await through({ account: { _id: 'a1', name: { first: 'Ada', bvn: '22222222222' }, balance: { amount: 1 }, institution: 'GTBank' } });
    assert.deepEqual(body, { account: { _id: 'a1' } });
  });

  test('not an object at all is 502 UPSTREAM_INVALID_RESPONSE', async () => {
    for (const odd of [[1, 2], 'text', 42, null]) {
      const { status, body } = await through(odd);
      assert.equal(status, 502);
      assert.equal(body.error.code, 'UPSTREAM_INVALID_RESPONSE');
    }
  });
});

describe('transactions: only the allow-listed row fields, in Mono\'s layout', () => {
  const path = `/api/mono/accounts/${ID}/transactions`;

  test('v2 rows and meta pass as they are (they hold nothing off the list)', async () => {
    const { body } = await through(transactionsV2, path);
    assert.deepEqual(body, { status: 'successful', data: transactionsV2.data, meta: transactionsV2.meta });
    assert.equal(normaliseTransactionPage(body).total, 307);
  });

  test('v1 with _id and top-level paging', async () => {
    const { body } = await through(transactionsV1, path);
    assert.deepEqual(body, transactionsV1);
    assert.equal(normaliseTransactionPage(body).transactions[0]!.id, '62a05bc04112ea670bd09812');
  });

  test('data: { paging, transactions }', async () => {
    const { body } = await through(transactionsNested, path);
    assert.deepEqual(body, { status: 'successful', data: transactionsNested.data });
  });

  test('data: null with meta: null, and paging: null, stay empty states', async () => {
    assert.deepEqual((await through(transactionsNull, path)).body, { status: 'successful', data: null, meta: null });
    assert.deepEqual((await through(transactionsPagingNull, path)).body, { paging: null, data: [] });
  });

  test('fields Mono adds to a row stay behind; a row that is not an object becomes null', async () => {
    const row = { ...transactionsV2.data[0], customer: 'cus_1', counterparty: { name: 'ADA', account_number: '0123456789', bvn: '22222222222' } };
    const { text, body } = await through({ data: [row, 'a string row', 7], meta: { total: 3, page: 1, bvn: '22222222222' } }, path);
    assert.deepEqual(body.data, [transactionsV2.data[0], null, null]);
    assert.deepEqual(body.meta, { total: 3, page: 1 });
    assert.ok(!text.includes('22222222222') && !text.includes('0123456789') && !text.includes('cus_1'));
  });
});

describe('the secret key is scrubbed from every body', () => {
  test('wherever Mono echoes it — a value, a key, a row — the answer says [redacted]', async () => {
    const echo = {
      data: { account: { id: 'a1', name: `Key ${SECRET}`, institution: { name: SECRET } }, meta: { data_status: `${SECRET}!` } },
    };
    const { text } = await through(echo);
    assert.ok(!text.includes(SECRET), text);
    assert.match(text, /\[redacted\]/);
    const rows = await through({ data: [{ id: SECRET, narration: `to ${SECRET}`, amount: 1, type: 'debit', date: '2024-01-01' }], meta: { next: `https://x/?k=${SECRET}` } }, `/api/mono/accounts/${ID}/transactions`);
    assert.ok(!rows.text.includes(SECRET), rows.text);
  });

  test('an error message that quotes it is scrubbed too (429, 400, 404)', async () => {
    for (const status of [429, 400, 404]) {
      const { text } = await through({ message: `bad key ${SECRET}` }, undefined, {}, status);
      assert.ok(!text.includes(SECRET), text);
    }
  });
});
