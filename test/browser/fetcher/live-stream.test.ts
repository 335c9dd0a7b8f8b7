import { expect, waitUntil } from '@open-wc/testing';
import { createHttpFetcher } from '../../../src/core/fetcher/http-fetcher.js';
import type { MonoLiveEvent } from '../../../src/core/live/live-event.js';
import { settle } from '../helpers.js';

const ENDPOINT = '/live-fixture/api/mono';
const A = 'aaaaaaaaaaaaaaaaaaaaaaa1';
const B = 'bbbbbbbbbbbbbbbbbbbbbbb2';

interface Stats {
  open: number;
  opened: number;
  urls: string[];
  lastEventIds: string[];
}
const stats = (): Promise<Stats> => fetch('/live-fixture/stats').then((response) => response.json());
const post = (path: string, body: unknown = {}) =>
  fetch(`/live-fixture${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then((response) =>
    response.json(),
  );
const emit = (event: MonoLiveEvent) => post('/emit', event);

describe('fetcher.subscribe(): one shared EventSource per page', () => {
  let controllers: AbortController[] = [];
  const subscription = () => {
    const controller = new AbortController();
    controllers.push(controller);
    return controller;
  };

  beforeEach(() => post('/reset'));
  afterEach(async () => {
    for (const controller of controllers) controller.abort();
    controllers = [];
    await waitUntil(async () => (await stats()).open === 0, 'streams closed after the test');
  });

  it('two fetchers, two elements’ accounts: one connection, and each listener gets only its account’s events', async () => {
    const seenA: MonoLiveEvent[] = [];
    const seenB: MonoLiveEvent[] = [];
    createHttpFetcher({ endpoint: ENDPOINT }).subscribe!([A], (event) => seenA.push(event), subscription());
    createHttpFetcher({ endpoint: ENDPOINT }).subscribe!([B], (event) => seenB.push(event), subscription());
    await waitUntil(async () => (await stats()).open === 1, 'one stream open');
    const { urls, opened } = await stats();
    expect(opened).to.equal(1);
    expect(urls[0]).to.include(`account=${A}`).and.include(`account=${B}`);

    await emit({ type: 'account_updated', accountId: A, dataStatus: 'AVAILABLE', retrievedData: ['balance'] });
    await emit({ type: 'reauthorisation_required', accountId: B });
    await waitUntil(() => seenA.length === 1 && seenB.length === 1, 'both events delivered');
    expect(seenA[0]).to.deep.equal({ type: 'account_updated', accountId: A, dataStatus: 'AVAILABLE', retrievedData: ['balance'] });
    expect(seenB[0]).to.deep.equal({ type: 'reauthorisation_required', accountId: B });
  });

  it('an element leaving reopens the stream for the accounts left, resuming after the last event; the last one closes it', async () => {
    const fetcher = createHttpFetcher({ endpoint: ENDPOINT });
    const a = subscription();
    const b = subscription();
    const seen: MonoLiveEvent[] = [];
    fetcher.subscribe!([A], (event) => seen.push(event), a);
    fetcher.subscribe!([B], () => {}, b);
    await waitUntil(async () => (await stats()).open === 1);
    const { id } = await emit({ type: 'job', accountId: A, jobId: 'j1', status: 'finished' });
    await waitUntil(() => seen.length === 1);
    b.abort();
    await waitUntil(async () => (await stats()).opened === 2 && (await stats()).open === 1, 'reopened for A alone');
    const { urls, lastEventIds } = await stats();
    expect(urls[1]).to.include(`account=${A}`).and.not.include(`account=${B}`);
    expect(lastEventIds).to.deep.equal([id]);
    a.abort();
    await waitUntil(async () => (await stats()).open === 0, 'closed when nobody listens');
  });

  it('a stream the server ends and then refuses is reopened with back-off, and events flow again', async () => {
    const seen: MonoLiveEvent[] = [];
    createHttpFetcher({ endpoint: ENDPOINT }).subscribe!([A], (event) => seen.push(event), subscription());
    await waitUntil(async () => (await stats()).open === 1);
    await post('/drop', { refuse: 2 });
    // The browser's own retry meets a 503 and gives up; the fetcher's back-off takes over (≤ 1 s, then ≤ 2 s).
    await waitUntil(async () => (await stats()).open === 1, 'reconnected', { timeout: 8000 });
    expect((await stats()).opened).to.be.at.least(4);
    await emit({ type: 'account_unlinked', accountId: A });
    await waitUntil(() => seen.length === 1, 'event after the reconnect');
  }).timeout(12000);

  it('EventSource: false turns live events off; an aborted signal subscribes nothing', async () => {
    createHttpFetcher({ endpoint: ENDPOINT, EventSource: false }).subscribe!([A], () => {}, subscription());
    const aborted = new AbortController();
    aborted.abort();
    createHttpFetcher({ endpoint: ENDPOINT }).subscribe!([A], () => {}, aborted);
    await settle(300);
    expect((await stats()).opened).to.equal(0);
  });
});
