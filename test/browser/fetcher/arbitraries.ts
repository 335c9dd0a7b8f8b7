import fc from 'fast-check';

/*
 * Arbitrary bodies for the normalisers: plain random JSON, and JSON in the
 * shapes Mono uses with random (often wrong, sometimes hostile) values in
 * every slot, so the deep paths are exercised too, not only the first
 * "not an object" check.
 */

/** Text that would run if it were ever parsed as markup. */
export const HOSTILE = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '"><svg onload="window.__pwned=1">',
  "'><iframe src=javascript:window.__pwned=1>",
  '<b>bold</b>',
];

export const hostileText = fc.tuple(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 8 })).map(([markup, tail]) => markup + tail);

/** Marks a value that must never leave the normaliser (a BVN, an identity). */
export const SECRET = 'SECRET-22158765432';

const anyValue = fc.oneof(fc.jsonValue({ maxDepth: 2 }), hostileText, fc.constant(null), fc.constant(''));
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.oneof(arb, anyValue);

/** Fields Mono sends that the browser may never see, each holding SECRET. */
const secrets = fc.subarray(['bvn', 'identity', 'phone', 'email', 'address', 'dob', 'date_of_birth', 'customer']).map((keys) =>
  Object.fromEntries(keys.map((key) => [key, key === 'identity' || key === 'customer' ? { number: SECRET, id: SECRET } : SECRET])),
);

const institution = fc.record(
  {
    name: maybe(fc.string()),
    bank_code: maybe(fc.string()),
    bankCode: maybe(fc.string()),
    type: maybe(fc.string()),
    auth_method: maybe(fc.string()),
    id: maybe(fc.string()),
  },
  { requiredKeys: [] },
);

const statusFields = fc.record(
  {
    data_status: maybe(fc.constantFrom('AVAILABLE', 'available', 'Processing', 'PARTIAL', 'failed', 'string', '')),
    retrieved_data: maybe(fc.array(fc.oneof(fc.constantFrom('balance', 'transactions'), anyValue))),
    updated_at: maybe(fc.constantFrom('2026-01-09T01:41:21.558Z', '2026-02-30', 'soon')),
    auth_method: maybe(fc.string()),
  },
  { requiredKeys: [] },
);

const accountFields = fc
  .tuple(
    fc.record(
      {
        id: maybe(fc.string({ minLength: 1 })),
        _id: maybe(fc.string({ minLength: 1 })),
        name: maybe(fc.string()),
        account_number: maybe(fc.stringMatching(/^\d{4,12}$/)),
        accountNumber: maybe(fc.stringMatching(/^\d{4,12}$/)),
        type: maybe(fc.string()),
        currency: maybe(fc.constantFrom('NGN', 'ngn', 'Naira', 'XYZ', 'US DOLLAR', '')),
        balance: maybe(fc.integer()),
        institution: maybe(fc.tuple(institution, secrets).map(([fields, secret]) => ({ ...fields, ...secret }))),
      },
      { requiredKeys: [] },
    ),
    statusFields,
    secrets,
  )
  .map(([fields, status, secret]) => ({ ...fields, ...status, ...secret }));

const meta = fc.tuple(statusFields, secrets).map(([status, secret]) => ({ ...status, ...secret }));

/** An account body in one of Mono's layouts (v2, v1, flat), or random JSON. */
export const accountBody = fc.oneof(
  fc.record({ status: anyValue, data: fc.record({ account: accountFields, meta }, { requiredKeys: [] }) }, { requiredKeys: [] }),
  fc.record({ meta, account: accountFields }, { requiredKeys: [] }),
  fc.record({ status: anyValue, data: accountFields }, { requiredKeys: [] }),
  fc.tuple(accountFields, secrets).map(([fields, secret]) => ({ ...fields, ...secret })),
  fc.jsonValue(),
);

const row = fc.oneof(
  fc
    .tuple(
      fc.record(
        {
          id: maybe(fc.string({ minLength: 1 })),
          _id: maybe(fc.string({ minLength: 1 })),
          amount: maybe(fc.integer()),
          type: maybe(fc.constantFrom('debit', 'credit', 'DEBIT', 'refund')),
          narration: maybe(fc.string()),
          date: maybe(fc.constantFrom('2026-03-01T10:00:00.000Z', '2026-02-30', 'yesterday')),
          balance: maybe(fc.integer()),
          currency: maybe(fc.constantFrom('NGN', 'ngn', '₦', 'EURO')),
          category: maybe(fc.string()),
        },
        { requiredKeys: [] },
      ),
      secrets,
    )
    .map(([fields, secret]) => ({ ...fields, ...secret })),
  anyValue,
);

const paging = fc.oneof(
  fc.record({ total: maybe(fc.nat()), page: maybe(fc.nat()), previous: anyValue, next: anyValue, limit: maybe(fc.nat()) }, { requiredKeys: [] }),
  anyValue,
);

/** A transactions body in one of Mono's layouts, or random JSON. */
export const transactionsBody = fc.oneof(
  fc.record({ status: anyValue, data: fc.oneof(fc.array(row, { maxLength: 6 }), fc.constant(null)), meta: paging }, { requiredKeys: ['data'] }),
  fc.record({ paging, data: fc.array(row, { maxLength: 6 }) }, { requiredKeys: [] }),
  fc.record({ status: anyValue, data: fc.record({ paging, transactions: fc.oneof(fc.array(row, { maxLength: 6 }), anyValue) }, { requiredKeys: [] }) }),
  fc.jsonValue(),
);
