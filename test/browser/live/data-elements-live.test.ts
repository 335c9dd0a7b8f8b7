import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import '../../../src/elements/account-status/account-status.js';
import '../../../src/elements/account-card/account-card.js';
import '../../../src/elements/transactions/transactions.js';
import type { MonoAccountStatus } from '../../../src/elements/account-status/account-status.component.js';
import type { MonoAccountCard } from '../../../src/elements/account-card/account-card.component.js';
import type { MonoTransactions } from '../../../src/elements/transactions/transactions.component.js';
import type { Account, DataStatus, MonoFetcher } from '../../../src/core/fetcher/types.js';
import { row, rowsFetcher } from '../data/fixtures.js';
import { emitLive, livePost, liveStats, withLiveEvents } from './live-fixture.js';

const ACCOUNT = 'aaaaaaaaaaaaaaaaaaaaaaa1';

/** A backend whose account can change under the page, as Mono's does; counts reads. */
function changingBackend() {
  const state = { status: 'PROCESSING' as DataStatus, balance: 1000000, rows: [row({ id: 't1', narration: 'FIRST' })], accountReads: 0 };
  const base = rowsFetcher([]);
  const fetcher: MonoFetcher = {
    ...base,
    getAccount: async (id): Promise<Account> => {
      state.accountReads++;
      return { id, currency: 'NGN', balance: state.balance, name: 'ADA OKAFOR', dataStatus: state.status };
    },
    getTransactions: async (_id, query) => ({ transactions: state.rows, page: query.page ?? 1, total: state.rows.length, hasPrevious: false, hasNext: false }),
  };
  return { state, fetcher };
}

/** Polling so slow it cannot be what updated the page within a test. */
const SLOW = 600000;

describe('data elements react to live events at once; polling stays the fallback', () => {
  beforeEach(() => livePost('/reset'));
  afterEach(async () => {
    fixtureCleanup();
    await waitUntil(async () => (await liveStats()).open === 0, 'streams closed with the elements');
  });

  it('<mono-account-status> flips from PROCESSING to AVAILABLE on account_updated, long before its next poll', async () => {
    const { state, fetcher } = changingBackend();
    const el = await fixture<MonoAccountStatus>(
      html`<mono-account-status account-id=${ACCOUNT} poll-interval=${SLOW} max-poll-interval=${SLOW} .fetcher=${withLiveEvents(fetcher)}></mono-account-status>`,
    );
    await waitUntil(() => el.status === 'PROCESSING');
    state.status = 'AVAILABLE';
    const started = performance.now();
    await emitLive({ type: 'account_updated', accountId: ACCOUNT, dataStatus: 'AVAILABLE', retrievedData: ['balance', 'transactions'] });
    await waitUntil(() => el.status === 'AVAILABLE', 'AVAILABLE shown');
    expect(performance.now() - started).to.be.below(5000);
    expect(el.getAttribute('status')).to.equal('AVAILABLE');
  });

  it('<mono-transactions> reads its rows again on account_updated, without a page reload', async () => {
    const { state, fetcher } = changingBackend();
    state.status = 'AVAILABLE';
    const el = await fixture<MonoTransactions>(html`<mono-transactions account-id=${ACCOUNT} .fetcher=${withLiveEvents(fetcher)}></mono-transactions>`);
    await waitUntil(() => el.state === 'ready');
    expect(el.shadowRoot!.textContent).to.include('FIRST');
    state.rows = [row({ id: 't2', narration: 'ARRIVED LIVE' }), ...state.rows];
    await emitLive({ type: 'account_updated', accountId: ACCOUNT, dataStatus: 'AVAILABLE', retrievedData: ['transactions'] });
    await waitUntil(() => el.shadowRoot!.textContent!.includes('ARRIVED LIVE'), 'the new row shown');
    expect(el.state).to.equal('ready');
  });

  it('<mono-account-card> reads the account again when a real-time job finishes', async () => {
    const { state, fetcher } = changingBackend();
    state.status = 'AVAILABLE';
    const el = await fixture<MonoAccountCard>(html`<mono-account-card account-id=${ACCOUNT} .fetcher=${withLiveEvents(fetcher)}></mono-account-card>`);
    await waitUntil(() => el.shadowRoot!.textContent!.includes('10,000'), 'first balance');
    state.balance = 2500000;
    await emitLive({ type: 'job', accountId: ACCOUNT, jobId: 'job_1', status: 'finished' });
    await waitUntil(() => el.shadowRoot!.textContent!.includes('25,000'), 'new balance shown');
    const reads = state.accountReads;
    await emitLive({ type: 'reauthorisation_required', accountId: ACCOUNT });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(state.accountReads).to.equal(reads, 'an event that changes no data reads nothing');
  });

  it('with no live events (fetcher without subscribe), polling still gets there', async () => {
    const { state, fetcher } = changingBackend();
    const el = await fixture<MonoAccountStatus>(html`<mono-account-status account-id=${ACCOUNT} poll-interval="50" .fetcher=${fetcher}></mono-account-status>`);
    await waitUntil(() => el.status === 'PROCESSING');
    state.status = 'AVAILABLE';
    await waitUntil(() => el.status === 'AVAILABLE', 'AVAILABLE by polling');
    expect((await liveStats()).opened).to.equal(0);
  });
});
