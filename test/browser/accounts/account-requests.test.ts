import { expect } from '@open-wc/testing';
import { createHttpFetcher } from '../../../src/core/fetcher/http-fetcher.js';
import { normaliseAccountList, normaliseRefresh } from '../../../src/core/fetcher/account-requests.js';
import { MonoFetchError } from '../../../src/core/fetcher/errors.js';
import { createMemoryFetcher } from '../../../src/testing/memory-fetcher.js';
import { SIMULATED_ACCOUNTS } from '../../../src/testing/simulator/simulator.js';

/** A backend double at the fetch seam: answers in order, records what was asked. */
function answering(...answers: (() => Response)[]) {
  const asked: string[] = [];
  const fetcher = createHttpFetcher({
    endpoint: 'https://app.invalid/api/mono',
    retry: { retries: 2, baseDelayMs: 1, maxDelayMs: 5 },
    EventSource: false,
    fetch: async (request) => {
      asked.push(`${request.method} ${new URL(request.url).pathname}`);
      return (answers.shift() ?? answers.at(-1) ?? (() => new Response(null, { status: 500 })))();
    },
  });
  return { fetcher, asked };
}

const tooSoon = () => Response.json({ error: { code: 'REFRESH_COOLDOWN', message: 'Wait.' } }, { status: 429, headers: { 'retry-after': '240' } });

describe('account requests (GET /accounts, DELETE /accounts/:id, POST /accounts/:id/refresh)', () => {
  it('reads the proxy’s list: browser-shaped accounts keep their last 4 digits; a failed or malformed item is unreadable, the rest kept', () => {
    const list = normaliseAccountList({
      accounts: [
        { id: 'a1', name: 'ADA', lastFour: '1234', currency: 'NGN', balance: 100, dataStatus: 'AVAILABLE', institution: { name: 'GTBank', bankCode: '058' } },
        { id: 'a2', error: { code: 'ACCOUNT_NOT_FOUND', message: 'Gone.' } },
        { name: 'no id' },
        'junk',
        { id: 'a1', name: 'twice' },
        { data: { account: { id: 'a3', account_number: '0123456789', balance: 5 }, meta: { data_status: 'processing' } } },
      ],
    });
    expect(list.accounts.map((account) => [account.id, account.lastFour, account.dataStatus])).to.deep.equal([
      ['a1', '1234', 'AVAILABLE'],
      ['a3', '6789', 'PROCESSING'],
    ]);
    expect(list.accounts[0]!.accountNumber).to.equal(undefined);
    expect(list.accounts[0]!.institution).to.deep.equal({ name: 'GTBank', bankCode: '058' });
    expect(list.unreadable.map((item) => [item.id, item.code])).to.deep.equal([
      ['a2', 'ACCOUNT_NOT_FOUND'],
      ['', 'INVALID_ACCOUNT'],
      ['', 'INVALID_ACCOUNT'],
    ]);
    expect(() => normaliseAccountList({ data: [] })).to.throw(MonoFetchError, /accounts should be a list/);
  });

  it('reads a refresh answer, and refuses one without a known status', () => {
    expect(normaliseRefresh({ status: 'processing', jobId: 'job1', updatedAt: '2026-01-01T00:00:00Z' })).to.deep.equal({ status: 'processing', jobId: 'job1', updatedAt: '2026-01-01T00:00:00Z' });
    expect(normaliseRefresh({ status: 'FINISHED', updatedAt: 'not a date' })).to.deep.equal({ status: 'finished' });
    expect(() => normaliseRefresh({ status: 'queued' })).to.throw(MonoFetchError);
  });

  it('unlink: DELETE, a 204 with no body resolves; a 429 is tried again, a 500 is not', async () => {
    const ok = answering(() => new Response(null, { status: 204 }));
    expect(await ok.fetcher.unlinkAccount!('acc/1')).to.equal(undefined);
    expect(ok.asked).to.deep.equal(['DELETE /api/mono/accounts/acc%2F1']);
    const limited = answering(() => Response.json({}, { status: 429, headers: { 'retry-after': '0' } }), () => new Response(null, { status: 204 }));
    await limited.fetcher.unlinkAccount!('acc1');
    expect(limited.asked).to.have.length(2);
    const broken = answering(() => Response.json({ error: { code: 'UNLINK_NOT_SAVED', message: 'Try again.' } }, { status: 500 }));
    const error = await broken.fetcher.unlinkAccount!('acc1').catch((caught: unknown) => caught);
    expect(error).to.be.instanceOf(MonoFetchError).and.include({ status: 500, code: 'UNLINK_NOT_SAVED' });
    expect(broken.asked).to.have.length(1);
  });

  it('refresh: POST, never tried again (Mono bills each): a 429 rejects at once with retryAfter in seconds, a 503 too', async () => {
    const limited = answering(tooSoon);
    const error = await limited.fetcher.refreshAccount!('acc1').catch((caught: unknown) => caught);
    expect(error).to.be.instanceOf(MonoFetchError).and.include({ status: 429, code: 'REFRESH_COOLDOWN', retryAfter: 240 });
    expect(limited.asked).to.deep.equal(['POST /api/mono/accounts/acc1/refresh']);
    const down = answering(() => new Response('down', { status: 503 }));
    await down.fetcher.refreshAccount!('acc1').catch(() => {});
    expect(down.asked).to.have.length(1);
  });

  it('list: GET /accounts, retried on a 503 like every read', async () => {
    const { fetcher, asked } = answering(() => new Response('down', { status: 503 }), () => Response.json({ accounts: [] }));
    expect(await fetcher.listAccounts!()).to.deep.equal({ accounts: [], unreadable: [] });
    expect(asked).to.deep.equal(['GET /api/mono/accounts', 'GET /api/mono/accounts']);
  });

  it('an empty account id is refused before anything is sent', async () => {
    const { fetcher, asked } = answering(() => new Response(null, { status: 204 }));
    const error = await fetcher.unlinkAccount!('').catch((caught: unknown) => caught);
    expect(error).to.be.instanceOf(MonoFetchError).and.include({ code: 'INVALID_ACCOUNT_ID' });
    expect(asked).to.deep.equal([]);
  });
});

describe('the in-memory fetcher’s one user', () => {
  it('owns the presets by default; links add, unlinks remove (through the proxy or at "Mono"); an unknown id is unreadable', async () => {
    const fetcher = createMemoryFetcher({ retry: { retries: 0 } });
    const ids = async () => (await fetcher.listAccounts!()).accounts.map((account) => account.id);
    expect(await ids()).to.deep.equal(Object.values(SIMULATED_ACCOUNTS));
    const { accountId } = await fetcher.exchangeCode(fetcher.simulator.issueCode());
    expect((await ids()).at(-1)).to.equal(accountId);
    await fetcher.unlinkAccount!(SIMULATED_ACCOUNTS.failed);
    fetcher.simulator.unlink(SIMULATED_ACCOUNTS.hostile);
    expect(await ids()).to.not.include.members([SIMULATED_ACCOUNTS.failed, SIMULATED_ACCOUNTS.hostile]);
    const stale = createMemoryFetcher({ accounts: ['bbbbbbbbbbbbbbbbbbbbbbbb'] });
    expect(await stale.listAccounts!()).to.deep.equal({
      accounts: [],
      unreadable: [{ id: 'bbbbbbbbbbbbbbbbbbbbbbbb', code: 'ACCOUNT_NOT_FOUND', message: 'Account not found.' }],
    });
  });
});
