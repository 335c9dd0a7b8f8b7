// DESIGN.md "After the link": Mono issues a new id on every re-link, so the
// code exchange says which account the user already had at the same bank
// with the same last 4 digits (duplicateOf), from their own list only, and
// never lets that check cost the link.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { LinkedInfo, MonoProxyOptions } from '../../../src/server/index.js';
import { postJson, startHarness, type Harness } from './harness.js';

const GTBANK = 'sandbox-gtbank';
const KUDA = 'sandbox-kuda';

interface Linked {
  accountId: string;
  user: string | null;
  info: LinkedInfo;
}

/** A harness whose users' lists are `owners`, recording onLinked's three arguments. */
async function start(extra: Partial<MonoProxyOptions> = {}, withList = true) {
  const linked: Linked[] = [];
  const userOf = (request: Request) => request.headers.get('x-test-user');
  const app: Harness = await startHarness({
    onLinked: (accountId, request, info) => {
      const user = userOf(request);
      linked.push({ accountId, user, info });
      if (user) app.owners.set(user, new Set([...(app.owners.get(user) ?? []), accountId]));
    },
    ...(withList ? { listAccounts: (request: Request) => [...(app.owners.get(userOf(request) ?? '') ?? [])] } : {}),
    ...extra,
  });
  const link = async (user: string, institutionId: string | { accountId: string }) => {
    const code = app.simulator.issueCode(typeof institutionId === 'string' ? { institutionId } : institutionId);
    const response = await app.request('/api/mono/accounts/auth', { ...postJson({ code }), user });
    return { status: response.status, body: (await response.json()) as { id: string; duplicateOf?: string } };
  };
  return { app, linked, link };
}

/** Account detail reads the simulator saw for `accountId` since `from`. */
const readsOf = (app: Harness, accountId: string, from: number) =>
  app.simulator.requests.slice(from).filter((r) => r.method === 'GET' && r.path.endsWith(`/accounts/${accountId}`));

describe('POST /accounts/auth: duplicateOf', () => {
  let setup: Awaited<ReturnType<typeof start>>;
  let gtbank: string;
  let gtbankAgain: string;
  let kuda: string;
  before(async () => {
    setup = await start();
    const { simulator, owners } = setup.app;
    // Alice linked GTBank twice before (an older re-link nobody cleaned up), and Kuda.
    kuda = simulator.linkAccount({ institutionId: KUDA });
    gtbank = simulator.linkAccount({ institutionId: GTBANK });
    gtbankAgain = simulator.linkAccount({ institutionId: GTBANK });
    owners.set('alice', new Set([kuda, gtbank, gtbankAgain]));
  });
  after(() => setup.app.close());

  test('a re-link of an account the user has answers duplicateOf (the first in their list) and tells onLinked', async () => {
    const { status, body } = await setup.link('alice', GTBANK);
    assert.equal(status, 200);
    assert.notEqual(body.id, gtbank);
    assert.deepEqual(body, { id: body.id, duplicateOf: gtbank });
    const account = setup.app.simulator.account(body.id)!;
    assert.equal(account.accountNumber, setup.app.simulator.account(gtbank)!.accountNumber, 'the simulator re-linked the same account');
    assert.deepEqual(setup.linked.at(-1), { accountId: body.id, user: 'alice', info: { duplicateOf: gtbank } });
  });

  test('a bank the user has no account at: no duplicateOf, onLinked gets {}', async () => {
    const { status, body } = await setup.link('alice', 'sandbox-zenith');
    assert.equal(status, 200);
    assert.deepEqual(Object.keys(body), ['id']);
    assert.deepEqual(setup.linked.at(-1)?.info, {});
  });

  test('the same bank with other last 4 digits is no duplicate', async () => {
    const other = setup.app.simulator.linkAccount(); // a random bank and number
    const bank = setup.app.simulator.account(other)!.bank;
    setup.app.owners.set('carol', new Set([other]));
    const { body } = await setup.link('carol', `sandbox-${bank.id}`);
    assert.notEqual(setup.app.simulator.account(body.id)!.accountNumber.slice(-4), setup.app.simulator.account(other)!.accountNumber.slice(-4));
    assert.equal(body.duplicateOf, undefined);
  });

  test('re-authorising returns the same id: it is never reported as its own duplicate', async () => {
    const { status, body } = await setup.link('alice', { accountId: kuda });
    assert.equal(status, 200);
    assert.deepEqual(body, { id: kuda });
    assert.deepEqual(setup.linked.at(-1)?.info, {});
  });

  test('another user\'s accounts are never compared, nor read from Mono', async () => {
    const bobs = setup.app.simulator.linkAccount({ institutionId: KUDA });
    setup.app.owners.set('bob', new Set([bobs]));
    const from = setup.app.simulator.requests.length;
    // Bob's Kuda account is the very account Dave links (same bank, same number): Dave has none of his own.
    const dave = await setup.link('dave', KUDA);
    assert.equal(dave.status, 200);
    assert.deepEqual(Object.keys(dave.body), ['id']);
    assert.deepEqual(readsOf(setup.app, bobs, from), []);
    assert.deepEqual(readsOf(setup.app, kuda, from), []);
  });
});

describe('POST /accounts/auth: the duplicate check never costs the link', () => {
  test('without listAccounts: no duplicateOf, and nothing but the exchange reaches Mono', async () => {
    const { app, link } = await start({}, false);
    try {
      const first = await link('alice', GTBANK);
      const from = app.simulator.requests.length;
      const second = await link('alice', GTBANK);
      assert.equal(second.status, 200);
      assert.deepEqual(second.body, { id: second.body.id });
      assert.notEqual(second.body.id, first.body.id);
      assert.deepEqual(app.simulator.requests.slice(from).map((r) => `${r.method} ${r.path}`), ['POST /v2/accounts/auth']);
    } finally {
      await app.close();
    }
  });

  test('Mono failing on every account read after the exchange: still linked and saved, without duplicateOf', async () => {
    const failReads = (request: Request) =>
      request.method === 'GET' ? Promise.resolve(new Response('{"message":"down"}', { status: 500 })) : globalThis.fetch(request);
    const { app, linked, link } = await start({ fetch: failReads });
    try {
      app.owners.set('alice', new Set([app.simulator.linkAccount({ institutionId: GTBANK })]));
      const { status, body } = await link('alice', GTBANK);
      assert.equal(status, 200);
      assert.deepEqual(Object.keys(body), ['id']);
      assert.deepEqual(linked.map((entry) => [entry.accountId, entry.info]), [[body.id, {}]]);
      assert.ok(app.owners.get('alice')!.has(body.id));
    } finally {
      await app.close();
    }
  });

  test('one of the user\'s accounts failing does not hide a duplicate among the others', async () => {
    const { app, link } = await start();
    try {
      const gone = 'aaaaaaaaaaaaaaaaaaaaaaaa';
      const gtbank = app.simulator.linkAccount({ institutionId: GTBANK });
      app.owners.set('alice', new Set([gone, 'not an id', gtbank]));
      const { body } = await link('alice', GTBANK);
      assert.equal(body.duplicateOf, gtbank);
    } finally {
      await app.close();
    }
  });

  test('listAccounts throwing, or answering no list: still linked, without duplicateOf', async () => {
    for (const listAccounts of [() => { throw new Error('db down'); }, () => 'nope' as unknown as string[]]) {
      const { app, linked, link } = await start({ listAccounts });
      try {
        const { status, body } = await link('alice', GTBANK);
        assert.equal(status, 200);
        assert.deepEqual(Object.keys(body), ['id']);
        assert.equal(linked.length, 1);
      } finally {
        await app.close();
      }
    }
  });

  test('a client that goes away during the check: onLinked still saves the account', async () => {
    const { app, linked } = await start({ listAccounts: () => new Promise<string[]>(() => {}) });
    try {
      const controller = new AbortController();
      const code = app.simulator.issueCode({ institutionId: GTBANK });
      const answer = app.request('/api/mono/accounts/auth', { ...postJson({ code }), user: 'alice', signal: controller.signal }).catch(() => 'aborted');
      while (!app.simulator.requests.some((r) => r.method === 'GET')) await new Promise((resolve) => setTimeout(resolve, 10));
      controller.abort();
      assert.equal(await answer, 'aborted');
      for (let i = 0; i < 100 && linked.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 10));
      assert.equal(linked.length, 1);
      assert.deepEqual(linked[0]!.info, {});
    } finally {
      await app.close();
    }
  });
});
