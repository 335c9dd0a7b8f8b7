import { expect } from '@open-wc/testing';
import { MonoFetchError } from '../../../src/core/fetcher/errors.js';
import { createMemoryFetcher, SIMULATED_ACCOUNTS } from '../../../src/testing/index.js';

describe('createMemoryFetcher (fetcher → proxy → simulator, in the page)', () => {
  it('links, waits for PROCESSING to end, and reads transactions', async () => {
    const fetcher = createMemoryFetcher({ processingMs: 200 });
    const { accountId } = await fetcher.exchangeCode(fetcher.simulator.issueCode());
    expect((await fetcher.getAccount(accountId)).dataStatus).to.equal('PROCESSING');
    await new Promise((r) => setTimeout(r, 250));
    const account = await fetcher.getAccount(accountId);
    expect(account.dataStatus).to.equal('AVAILABLE');
    expect(account.balance).to.be.a('number');
    const page = await fetcher.getTransactions(accountId, { page: 1 });
    expect(page.transactions).to.have.length(20);
    expect(page.hasNext).to.equal(true);
    expect(page.hasPrevious).to.equal(false);
  });

  it('normalises the lower-case partial status', async () => {
    const fetcher = createMemoryFetcher();
    expect((await fetcher.getAccount(SIMULATED_ACCOUNTS.partial)).dataStatus).to.equal('PARTIAL');
    expect((await fetcher.getAccount(SIMULATED_ACCOUNTS.failed)).dataStatus).to.equal('FAILED');
  });

  it('meets the simulator\'s faults, and retries through them', async () => {
    const fetcher = createMemoryFetcher({ retry: { baseDelayMs: 1 } });
    fetcher.simulator.faults.serverErrors = 2;
    const account = await fetcher.getAccount(SIMULATED_ACCOUNTS.available);
    expect(account.id).to.equal(SIMULATED_ACCOUNTS.available);
    expect(fetcher.simulator.requests.filter((r) => r.path.endsWith(SIMULATED_ACCOUNTS.available))).to.have.length(3);
    // The proxy answers 502 for malformed upstream JSON, which is retried: the second try succeeds.
    fetcher.simulator.faults.malformed = 1;
    const before = fetcher.simulator.requests.length;
    expect((await fetcher.getAccount(SIMULATED_ACCOUNTS.hostile)).id).to.equal(SIMULATED_ACCOUNTS.hostile);
    expect(fetcher.simulator.requests.length - before).to.equal(2);
  });

  it('reports a fault that outlasts the retries', async () => {
    const fetcher = createMemoryFetcher({ retry: { retries: 1, baseDelayMs: 1 } });
    fetcher.simulator.faults.serverErrors = Infinity;
    const error = (await fetcher.getAccount(SIMULATED_ACCOUNTS.available).catch((e: unknown) => e)) as MonoFetchError;
    expect(error).to.be.instanceOf(MonoFetchError);
    expect(error).to.deep.include({ status: 502, code: 'UPSTREAM_ERROR' });
  });

  it('refuses a spent code', async () => {
    const fetcher = createMemoryFetcher();
    const code = fetcher.simulator.issueCode();
    await fetcher.exchangeCode(code);
    const error = (await fetcher.exchangeCode(code).catch((e: unknown) => e)) as MonoFetchError;
    expect(error).to.be.instanceOf(MonoFetchError);
    expect(error.code).to.equal('INVALID_CODE');
  });
});
