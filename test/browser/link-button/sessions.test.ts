import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/elements/link-button/link-button.js';
import type { MonoLinkButton } from '../../../src/elements/link-button/link-button.component.js';
import { MonoFetchError } from '../../../src/core/fetcher/errors.js';
import type { MonoFetcher } from '../../../src/core/fetcher/types.js';
import { createSandboxDriver } from '../../../src/testing/index.js';
import { LINK_EVENTS, connectFrame, recordEvents, settle, waitForConnectFrame } from '../helpers.js';
import { BVN, recordConfigs, sessionBackend } from './session-helpers.js';

const customerWithIdentity = { name: 'Ada Obi', email: 'ada@example.com', identity: { type: 'bvn', number: BVN } };

async function button(fetcher: MonoFetcher, accountId?: string) {
  const el = await fixture<MonoLinkButton>(html`<mono-link-button public-key="test_pk_session" exchange account-id=${accountId ?? ''}></mono-link-button>`);
  if (!accountId) el.removeAttribute('account-id');
  el.fetcher = fetcher;
  return el;
}

/** A fetcher whose link session answers as `answer` says, counting the asks. */
function sessionFetcher(answer: () => Promise<{ customerId?: string }>) {
  const unused = () => Promise.reject(new Error('not used in this test'));
  const fetcher = {
    asked: 0,
    exchangeCode: async () => ({ accountId: 'acc_1' }),
    getAccount: unused,
    getTransactions: unused,
    createLinkSession: () => {
      fetcher.asked++;
      return answer();
    },
  };
  return fetcher;
}

describe('<mono-link-button exchange>: the server starts the session', () => {
  it('asks POST /link on focus, before the click, and opens the widget on the server\'s customer id alone', async () => {
    const { fetcher, simulator, wire } = sessionBackend();
    const { driver, configs } = recordConfigs(createSandboxDriver({ simulator }));
    const el = await button(fetcher);
    el.driver = driver;
    el.customer = customerWithIdentity; // set by the page: must not reach the widget
    el.focus();
    await waitUntil(() => wire.requests.some((line) => line.startsWith('POST https://app.invalid/api/mono/link')), 'session asked on focus');
    expect(configs).to.have.length(0);
    const requestsBefore = wire.requests.length;
    setTimeout(() => el.open());
    await oneEvent(el, 'mono-open');
    expect(wire.requests.length, 'the click reused the prefetched session').to.equal(requestsBefore);
    const customerId = simulator.payments.customers[0]!.id;
    expect(configs[0]!.data).to.deep.equal({ customer: { id: customerId } });
    driver.link();
    await oneEvent(el, 'mono-linked');
    for (const text of [...wire.requests, ...wire.responses, JSON.stringify(configs)]) expect(text).not.to.include(BVN);
  });

  it('the widget URL connect.js builds carries the customer id and no identity', async () => {
    const { fetcher, simulator } = sessionBackend();
    const el = await button(fetcher);
    el.customer = customerWithIdentity;
    const loaded = waitForConnectFrame(el);
    el.open();
    await loaded;
    const url = new URL(connectFrame()!.src);
    expect(JSON.parse(url.searchParams.get('data')!)).to.deep.equal({ customer: { id: simulator.payments.customers[0]!.id } });
    expect(decodeURIComponent(connectFrame()!.src)).not.to.include(BVN);
    const closed = oneEvent(el, 'mono-close');
    el.close();
    await closed;
  });

  it('a 404 from /link means no session route: the widget opens as before', async () => {
    const fetcher = sessionFetcher(() => Promise.reject(new MonoFetchError(404, 'NOT_FOUND', 'No such route.')));
    const { driver, configs } = recordConfigs(createSandboxDriver());
    const el = await button(fetcher);
    el.driver = driver;
    el.customerId = 'cus_from_page';
    setTimeout(() => el.open());
    await oneEvent(el, 'mono-open');
    expect(configs[0]!.data).to.deep.equal({ customer: { id: 'cus_from_page' } });
    el.close();
  });

  it('any other failure is mono-error phase session, no widget and no mono-close; the next click asks again', async () => {
    let fail = true;
    const fetcher = sessionFetcher(async () => {
      if (fail) throw new MonoFetchError(502, 'UPSTREAM_ERROR', 'Mono failed (500). Try again shortly.');
      return { customerId: 'cus_after_retry' };
    });
    const { driver, configs } = recordConfigs(createSandboxDriver());
    const el = await button(fetcher);
    el.driver = driver;
    const log = recordEvents(el, LINK_EVENTS);
    el.focus(); // prefetch: fails before the click
    await waitUntil(() => fetcher.asked === 1);
    setTimeout(() => el.open());
    const error = await oneEvent(el, 'mono-error');
    expect(error.detail).to.deep.equal({ error: { code: 'UPSTREAM_ERROR', message: 'Mono failed (500). Try again shortly.', status: 502 }, phase: 'session' });
    await settle(50);
    expect(configs).to.have.length(0);
    expect(log.map((e) => e.type)).to.deep.equal(['mono-error']);
    expect(el.shadowRoot!.querySelector('button')!.disabled, 'ready for another try').to.equal(false);
    const askedBefore = fetcher.asked;
    fail = false;
    setTimeout(() => el.open());
    await oneEvent(el, 'mono-open');
    expect(fetcher.asked, 'the failed session was not kept').to.be.greaterThan(askedBefore);
    expect(configs[0]!.data).to.deep.equal({ customer: { id: 'cus_after_retry' } });
    el.close();
  });

  it('re-authorising someone else\'s account: 403 from /link, mono-error phase session, nothing reaches Mono', async () => {
    const { fetcher, simulator } = sessionBackend({ authorize: (_request, accountId) => accountId === null || accountId === 'mine' });
    const { driver, configs } = recordConfigs(createSandboxDriver());
    const el = await button(fetcher, 'someone-elses');
    el.driver = driver;
    setTimeout(() => el.open());
    const error = await oneEvent(el, 'mono-error');
    expect(error.detail.phase).to.equal('session');
    expect(error.detail.error.status).to.equal(403);
    expect(simulator.requests).to.deep.equal([]);
    expect(configs).to.have.length(0);
  });

  it('without exchange no session is asked for', async () => {
    const fetcher = sessionFetcher(async () => ({ customerId: 'unused' }));
    const el = await fixture<MonoLinkButton>(html`<mono-link-button public-key="test_pk_session"></mono-link-button>`);
    el.fetcher = fetcher;
    el.driver = createSandboxDriver();
    el.focus();
    setTimeout(() => el.open());
    await oneEvent(el, 'mono-open');
    expect(fetcher.asked).to.equal(0);
    el.close();
  });
});
