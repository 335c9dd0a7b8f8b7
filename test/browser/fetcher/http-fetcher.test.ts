import { expect, waitUntil } from '@open-wc/testing';
import { createHttpFetcher } from '../../../src/core/fetcher/http-fetcher.js';
import { MonoFetchError } from '../../../src/core/fetcher/errors.js';

type Answer = Response | ((request: Request) => Response | Promise<Response>);

/** A fetch seam that answers from a script of real Responses and records every request. */
function scripted(...answers: Answer[]) {
  const requests: Request[] = [];
  const fetch = async (request: Request) => {
    requests.push(request);
    const next = answers.length > 1 ? answers.shift()! : answers[0]!;
    return typeof next === 'function' ? next(request) : next.clone();
  };
  return { fetch, requests };
}

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

const FAST = { retries: 3, baseDelayMs: 1, maxDelayMs: 2000 };

const V2_ACCOUNT = {
  status: 'successful',
  message: 'Request was succesfully completed',
  data: {
    account: {
      id: '5feec8ce95e8dc6a52e53257',
      name: 'ADA OKAFOR',
      currency: 'NGN',
      type: 'SAVINGS ACCOUNT',
      account_number: '0123456789',
      balance: 147085,
      bvn: '22222222222',
      institution: { name: 'GTBank', bank_code: '058', type: 'PERSONAL_BANKING' },
    },
    meta: { data_status: 'available', auth_method: 'mobile_banking' },
  },
};

const V1_ACCOUNT = {
  meta: { data_status: 'PROCESSING', auth_method: 'internet_banking' },
  account: {
    _id: '5feec8ce95e8dc6a52e53257',
    institution: { name: 'GTBank', bankCode: '058', type: 'PERSONAL_BANKING' },
    name: 'ADA OKAFOR',
    accountNumber: '0123456789',
    type: 'SAVINGS ACCOUNT',
    balance: 147085,
    currency: 'Naira',
    bvn: '22222222222',
  },
};

describe('createHttpFetcher: Mono\'s two response shapes', () => {
  it('normalises a v2 account', async () => {
    const seam = scripted(json(V2_ACCOUNT));
    const account = await createHttpFetcher({ fetch: seam.fetch }).getAccount('5feec8ce95e8dc6a52e53257');
    // No BVN: it is not on DESIGN.md's list of what the browser may see.
    expect(account).to.deep.equal({
      id: '5feec8ce95e8dc6a52e53257',
      name: 'ADA OKAFOR',
      lastFour: '6789',
      accountNumber: '0123456789',
      type: 'SAVINGS ACCOUNT',
      currency: 'NGN',
      balance: 147085,
      institution: { name: 'GTBank', bankCode: '058', type: 'PERSONAL_BANKING' },
      dataStatus: 'AVAILABLE',
      authMethod: 'mobile_banking',
    });
    expect(new URL(seam.requests[0]!.url).pathname).to.equal('/api/mono/accounts/5feec8ce95e8dc6a52e53257');
    expect(seam.requests[0]!.credentials).to.equal('same-origin');
  });

  it('normalises a v1 account to the same shape', async () => {
    const account = await createHttpFetcher({ fetch: scripted(json(V1_ACCOUNT)).fetch }).getAccount('5feec8ce95e8dc6a52e53257');
    expect(account).to.deep.include({ id: '5feec8ce95e8dc6a52e53257', lastFour: '6789', currency: 'NGN', dataStatus: 'PROCESSING' });
    expect(account).to.not.have.property('bvn');
    expect(account.institution).to.deep.equal({ name: 'GTBank', bankCode: '058', type: 'PERSONAL_BANKING' });
  });

  it('normalises v2 and v1 transaction pages', async () => {
    const v2 = {
      status: 'successful',
      data: [{ id: 't1', narration: 'POS PURCHASE', amount: 147085, type: 'debit', balance: 500000, date: '2026-10-30T10:00:00.000Z', category: 'shopping' }],
      meta: { total: 45, page: 2, previous: 'https://api.withmono.com/v2/accounts/x/transactions?page=1', next: null },
    };
    const v1 = {
      paging: { total: 45, page: 1, previous: null, next: 'https://api.withmono.com/accounts/x/transactions?page=2' },
      data: [{ _id: 't2', narration: 'SALARY', amount: 35000000, type: 'CREDIT', date: '2026-10-28T08:00:00.000Z', currency: 'NGN' }],
    };
    const seam = scripted(json(v2), json(v1));
    const fetcher = createHttpFetcher({ fetch: seam.fetch, endpoint: '/backend/mono/' });
    const second = await fetcher.getTransactions('x', { page: 2, type: 'debit', start: '2026-10-01', end: '2026-10-31', narration: 'pos' });
    expect(second).to.deep.equal({
      transactions: [{ id: 't1', amount: 147085, type: 'debit', narration: 'POS PURCHASE', date: '2026-10-30T10:00:00.000Z', balance: 500000, category: 'shopping' }],
      page: 2,
      total: 45,
      hasPrevious: true,
      hasNext: false,
    });
    const url = new URL(seam.requests[0]!.url);
    expect(url.pathname).to.equal('/backend/mono/accounts/x/transactions');
    expect(Object.fromEntries(url.searchParams)).to.deep.equal({ page: '2', type: 'debit', start: '2026-10-01', end: '2026-10-31', narration: 'pos' });
    const first = await fetcher.getTransactions('x', {});
    expect(first).to.deep.include({ page: 1, total: 45, hasPrevious: false, hasNext: true });
    expect(first.transactions[0]).to.deep.equal({ id: 't2', amount: 35000000, type: 'credit', narration: 'SALARY', date: '2026-10-28T08:00:00.000Z', currency: 'NGN' });
  });

  it('reads the account id from a v1 or v2 exchange answer', async () => {
    const seam = scripted(json({ id: 'acc_v1' }), json({ status: 'successful', data: { id: 'acc_v2' } }));
    const fetcher = createHttpFetcher({ fetch: seam.fetch });
    expect(await fetcher.exchangeCode('code_1')).to.deep.equal({ accountId: 'acc_v1' });
    expect(await fetcher.exchangeCode('code_2')).to.deep.equal({ accountId: 'acc_v2' });
    expect(seam.requests[0]!.method).to.equal('POST');
    expect(await seam.requests[0]!.json()).to.deep.equal({ code: 'code_1' });
  });

  const odd: [string, unknown, Record<string, unknown>, RegExp | undefined][] = [
    ['a missing account name', { data: { account: { ...V2_ACCOUNT.data.account, name: undefined }, meta: {} } }, { lastFour: '6789' }, undefined],
    ['a balance that is a string', { data: { account: { ...V2_ACCOUNT.data.account, balance: '1470.85' }, meta: {} } }, { name: 'ADA OKAFOR' }, /data\.account\.balance should be a number, got string/],
    ['no institution', { data: { account: { ...V2_ACCOUNT.data.account, institution: null }, meta: {} } }, { balance: 147085 }, undefined],
  ];
  for (const [name, body, kept, unreadable] of odd) {
    it(`keeps the other fields on ${name}`, async () => {
      const account = await createHttpFetcher({ fetch: scripted(json(body)).fetch }).getAccount('a');
      expect(account).to.deep.include(kept);
      if (unreadable) expect(account.unreadable?.join('\n')).to.match(unreadable);
      else expect(account).to.not.have.property('unreadable');
    });
  }

  it('names the field when the account id is missing: the one error an account body can have', async () => {
    const error = await createHttpFetcher({ fetch: scripted(json({ data: { account: { ...V2_ACCOUNT.data.account, id: undefined }, meta: {} } })).fetch })
      .getAccount('a')
      .catch((e: unknown) => e);
    expect(error).to.be.instanceOf(MonoFetchError);
    expect((error as MonoFetchError).code).to.equal('INVALID_RESPONSE');
    expect((error as MonoFetchError).message).to.match(/data\.account\.id should be a non-empty account id, got undefined/);
  });

  it('skips a broken transaction row, naming its index and field, and keeps the others', async () => {
    const body = { data: [{ id: 'ok', amount: 1, type: 'debit', narration: 'x', date: '2026-01-01' }, { id: 'bad', amount: 2, type: 'refund', narration: 'y', date: '2026-01-01' }] };
    const page = await createHttpFetcher({ fetch: scripted(json(body)).fetch }).getTransactions('a', {});
    expect(page.transactions.map((row) => row.id)).to.deep.equal(['ok']);
    expect(page.skipped).to.have.length(1);
    expect(page.skipped![0]!.index).to.equal(1);
    expect(page.skipped![0]!.reason).to.match(/data\[1\]\.type should be "debit" or "credit", got string/);
  });
});

describe('createHttpFetcher: errors and retries', () => {
  it('turns the proxy\'s error body into a MonoFetchError', async () => {
    const seam = scripted(json({ error: { code: 'FORBIDDEN', message: 'You may not access this account.' } }, 403));
    const error = (await createHttpFetcher({ fetch: seam.fetch, retry: FAST })
      .getAccount('a')
      .catch((e: unknown) => e)) as MonoFetchError;
    expect(error).to.be.instanceOf(MonoFetchError);
    expect({ status: error.status, code: error.code, message: error.message }).to.deep.equal({
      status: 403,
      code: 'FORBIDDEN',
      message: 'You may not access this account.',
    });
    expect(seam.requests).to.have.length(1, '4xx is not retried');
  });

  it('retries 5xx with back-off until it succeeds', async () => {
    const seam = scripted(json({}, 503), json({}, 502), json(V2_ACCOUNT));
    const account = await createHttpFetcher({ fetch: seam.fetch, retry: FAST }).getAccount('a');
    expect(account.name).to.equal('ADA OKAFOR');
    expect(seam.requests).to.have.length(3);
  });

  it('gives up after the bounded number of retries', async () => {
    const seam = scripted(json({ error: { code: 'UPSTREAM_ERROR', message: 'Mono failed (500).' } }, 502));
    const error = (await createHttpFetcher({ fetch: seam.fetch, retry: { ...FAST, retries: 2 } })
      .getAccount('a')
      .catch((e: unknown) => e)) as MonoFetchError;
    expect(error.status).to.equal(502);
    expect(error.code).to.equal('UPSTREAM_ERROR');
    expect(seam.requests).to.have.length(3);
  });

  it('waits at least Retry-After before retrying a 429', async () => {
    const seam = scripted(json({}, 429, { 'retry-after': '0.3' }), json(V2_ACCOUNT));
    const started = performance.now();
    await createHttpFetcher({ fetch: seam.fetch, retry: FAST }).getAccount('a');
    expect(performance.now() - started).to.be.at.least(290);
    expect(seam.requests).to.have.length(2);
  });

  it('does not wait out a Retry-After longer than its limit: the error carries it', async () => {
    const seam = scripted(json({ error: { code: 'RATE_LIMITED', message: 'Slow down.' } }, 429, { 'retry-after': '120' }));
    const error = (await createHttpFetcher({ fetch: seam.fetch, retry: FAST })
      .getAccount('a')
      .catch((e: unknown) => e)) as MonoFetchError;
    expect(error.status).to.equal(429);
    expect(error.retryAfter).to.equal(120);
    expect(seam.requests).to.have.length(1);
  });

  it('retries a code exchange on 429 but never on 5xx (the code may be spent)', async () => {
    const rateLimited = scripted(json({}, 429, { 'retry-after': '0' }), json({ id: 'acc' }));
    expect(await createHttpFetcher({ fetch: rateLimited.fetch, retry: FAST }).exchangeCode('c')).to.deep.equal({ accountId: 'acc' });
    expect(rateLimited.requests).to.have.length(2);
    const failing = scripted(json({}, 502), json({ id: 'acc' }));
    const error = (await createHttpFetcher({ fetch: failing.fetch, retry: FAST })
      .exchangeCode('c')
      .catch((e: unknown) => e)) as MonoFetchError;
    expect(error.status).to.equal(502);
    expect(failing.requests).to.have.length(1);
  });

  it('reports a network failure as status 0 NETWORK_ERROR after retrying', async () => {
    let calls = 0;
    const fetch = async () => {
      calls++;
      throw new TypeError('Failed to fetch');
    };
    const error = (await createHttpFetcher({ fetch, retry: { ...FAST, retries: 1 } })
      .getAccount('a')
      .catch((e: unknown) => e)) as MonoFetchError;
    expect(error).to.deep.include({ status: 0, code: 'NETWORK_ERROR' });
    expect(calls).to.equal(2);
  });

  it('sends configured headers, from a function too', async () => {
    const seam = scripted(json(V2_ACCOUNT));
    await createHttpFetcher({ fetch: seam.fetch, headers: async () => ({ 'x-csrf-token': 'abc' }) }).getAccount('a');
    expect(seam.requests[0]!.headers.get('x-csrf-token')).to.equal('abc');
    expect(seam.requests[0]!.headers.get('accept')).to.equal('application/json');
  });
});

describe('createHttpFetcher: abort and sharing', () => {
  /** A fetch that answers only when told, and reports aborts like the platform. */
  function held() {
    const pending: { request: Request; resolve: (r: Response) => void }[] = [];
    const fetch = (request: Request) =>
      new Promise<Response>((resolve, reject) => {
        pending.push({ request, resolve });
        request.signal.addEventListener('abort', () => reject(request.signal.reason));
      });
    return { fetch, pending };
  }

  it('aborts a request when its signal aborts', async () => {
    const seam = held();
    const controller = new AbortController();
    const promise = createHttpFetcher({ fetch: seam.fetch }).getAccount('a', { signal: controller.signal });
    // Abort once the request is on the wire, not after a guessed number of microtasks.
    await waitUntil(() => seam.pending.length === 1, 'request sent');
    controller.abort();
    const error = await promise.catch((e: unknown) => e as Error);
    expect(error.name).to.equal('AbortError');
    expect(seam.pending[0]!.request.signal.aborted).to.equal(true);
  });

  it('shares identical GETs in flight: one request, every caller answered', async () => {
    const seam = held();
    const fetcher = createHttpFetcher({ fetch: seam.fetch });
    const all = Promise.all([fetcher.getAccount('a'), fetcher.getAccount('a'), fetcher.getAccount('a')]);
    await new Promise((r) => setTimeout(r));
    expect(seam.pending).to.have.length(1);
    seam.pending[0]!.resolve(json(V2_ACCOUNT));
    const accounts = await all;
    expect(accounts.map((a) => a.name)).to.deep.equal(['ADA OKAFOR', 'ADA OKAFOR', 'ADA OKAFOR']);
    // Different queries are different requests.
    void fetcher.getTransactions('a', { page: 1 });
    void fetcher.getTransactions('a', { page: 2 });
    await new Promise((r) => setTimeout(r));
    expect(seam.pending).to.have.length(3);
  });

  it('keeps a shared request alive while any caller waits, and aborts it when none does', async () => {
    const seam = held();
    const fetcher = createHttpFetcher({ fetch: seam.fetch });
    const first = new AbortController();
    const second = new AbortController();
    const a = fetcher.getAccount('a', { signal: first.signal });
    const b = fetcher.getAccount('a', { signal: second.signal });
    await new Promise((r) => setTimeout(r));
    first.abort();
    expect((await a.catch((e: unknown) => e as Error)).name).to.equal('AbortError');
    expect(seam.pending[0]!.request.signal.aborted).to.equal(false);
    second.abort();
    expect((await b.catch((e: unknown) => e as Error)).name).to.equal('AbortError');
    expect(seam.pending[0]!.request.signal.aborted).to.equal(true);
    // A new call after that starts afresh.
    void fetcher.getAccount('a');
    await new Promise((r) => setTimeout(r));
    expect(seam.pending).to.have.length(2);
  });
});
