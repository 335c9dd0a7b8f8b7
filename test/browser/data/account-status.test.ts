import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/elements/account-status/account-status.js';
import type { MonoAccountStatus } from '../../../src/elements/account-status/account-status.component.js';
import { createMemoryFetcher, SIMULATED_ACCOUNTS } from '../../../src/testing/index.js';
import { settle } from '../helpers.js';

const label = (el: MonoAccountStatus) => el.shadowRoot!.querySelector('[part="label"]')!.textContent!.trim();
const statusRequests = (fetcher: ReturnType<typeof createMemoryFetcher>, id: string) =>
  fetcher.simulator.requests.filter((r) => r.path === `/v2/accounts/${id}`).length;

describe('<mono-account-status>', () => {
  it('polls PROCESSING until AVAILABLE, reporting each change', async () => {
    const fetcher = createMemoryFetcher({ processingMs: 300 });
    const changes: unknown[] = [];
    const el = await fixture<MonoAccountStatus>(html`<mono-account-status
      account-id=${SIMULATED_ACCOUNTS.processing}
      poll-interval="50"
      .fetcher=${fetcher}
      @mono-status-change=${(e: CustomEvent) => changes.push(e.detail)}
    ></mono-account-status>`);
    await waitUntil(() => el.status === 'PROCESSING', 'PROCESSING shown');
    expect(label(el)).to.equal('Fetching data from the bank…');
    await expect(el).to.be.accessible();
    await waitUntil(() => el.status === 'AVAILABLE', 'AVAILABLE shown', { timeout: 3000 });
    expect(el.getAttribute('status')).to.equal('AVAILABLE');
    expect(label(el)).to.equal('Data ready');
    expect(changes).to.deep.equal([
      { status: 'PROCESSING', previous: null },
      { status: 'AVAILABLE', previous: 'PROCESSING' },
    ]);
    const count = statusRequests(fetcher, SIMULATED_ACCOUNTS.processing);
    await settle(200);
    expect(statusRequests(fetcher, SIMULATED_ACCOUNTS.processing)).to.equal(count, 'no polling once readable');
    await expect(el).to.be.accessible();
  });

  it('stops at FAILED, and normalises partial to PARTIAL', async () => {
    const fetcher = createMemoryFetcher();
    const failed = await fixture<MonoAccountStatus>(html`<mono-account-status account-id=${SIMULATED_ACCOUNTS.failed} poll-interval="20" .fetcher=${fetcher}></mono-account-status>`);
    await waitUntil(() => failed.status === 'FAILED');
    await settle(100);
    expect(statusRequests(fetcher, SIMULATED_ACCOUNTS.failed)).to.equal(1);
    expect(label(failed)).to.contain('could not be fetched');
    await expect(failed).to.be.accessible();
    const partial = await fixture<MonoAccountStatus>(html`<mono-account-status account-id=${SIMULATED_ACCOUNTS.partial} .fetcher=${fetcher}></mono-account-status>`);
    await waitUntil(() => partial.status === 'PARTIAL');
    expect(label(partial)).to.contain('partial');
  });

  it('times out with a clear error and a retry button, then retries', async () => {
    const fetcher = createMemoryFetcher({ processingMs: 60000 });
    const el = await fixture<MonoAccountStatus>(html`<mono-account-status
      account-id=${SIMULATED_ACCOUNTS.processing}
      poll-interval="30"
      timeout="150"
      .fetcher=${fetcher}
    ></mono-account-status>`);
    const error = await oneEvent(el, 'mono-error');
    expect(error.detail.phase).to.equal('fetch');
    expect(error.detail.error.code).to.equal('DATA_STATUS_TIMEOUT');
    await el.updateComplete;
    const retry = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!;
    expect(retry.textContent).to.equal('Retry');
    await expect(el).to.be.accessible();
    const before = statusRequests(fetcher, SIMULATED_ACCOUNTS.processing);
    retry.click();
    await waitUntil(() => statusRequests(fetcher, SIMULATED_ACCOUNTS.processing) > before, 'checked again');
  });

  it('shows a failed check with a retry that recovers', async () => {
    const fetcher = createMemoryFetcher({ retry: { retries: 0 } });
    fetcher.simulator.faults.serverErrors = 1;
    // Listening from the start: the error may come before fixture() returns.
    const errors: CustomEvent[] = [];
    const el = await fixture<MonoAccountStatus>(
      html`<mono-account-status account-id=${SIMULATED_ACCOUNTS.available} .fetcher=${fetcher} @mono-error=${(e: CustomEvent) => errors.push(e)}></mono-account-status>`,
    );
    await waitUntil(() => errors.length > 0, 'mono-error');
    expect(errors[0]!.detail.error).to.deep.include({ code: 'UPSTREAM_ERROR', status: 502 });
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
    await waitUntil(() => el.status === 'AVAILABLE');
  });

  it('pauses while the page is hidden and resumes when it is shown', async () => {
    const fetcher = createMemoryFetcher({ processingMs: 60000 });
    const visibility = Object.getOwnPropertyDescriptor(Document.prototype, 'visibilityState')!;
    let hidden = false;
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (hidden ? 'hidden' : 'visible') });
    try {
      const el = await fixture<MonoAccountStatus>(html`<mono-account-status account-id=${SIMULATED_ACCOUNTS.processing} poll-interval="20" max-poll-interval="20" .fetcher=${fetcher}></mono-account-status>`);
      await waitUntil(() => el.status === 'PROCESSING');
      hidden = true;
      document.dispatchEvent(new Event('visibilitychange'));
      await settle(60);
      const whileHidden = statusRequests(fetcher, SIMULATED_ACCOUNTS.processing);
      await settle(150);
      expect(statusRequests(fetcher, SIMULATED_ACCOUNTS.processing)).to.equal(whileHidden);
      hidden = false;
      document.dispatchEvent(new Event('visibilitychange'));
      await waitUntil(() => statusRequests(fetcher, SIMULATED_ACCOUNTS.processing) > whileHidden, 'polling resumed');
      el.remove();
    } finally {
      Object.defineProperty(document, 'visibilityState', visibility);
      delete (document as { visibilityState?: unknown }).visibilityState;
    }
  });

  it('stops polling when removed from the page', async () => {
    const fetcher = createMemoryFetcher({ processingMs: 60000 });
    const el = await fixture<MonoAccountStatus>(html`<mono-account-status account-id=${SIMULATED_ACCOUNTS.processing} poll-interval="20" max-poll-interval="20" .fetcher=${fetcher}></mono-account-status>`);
    await waitUntil(() => statusRequests(fetcher, SIMULATED_ACCOUNTS.processing) >= 2);
    el.remove();
    await settle(30);
    const after = statusRequests(fetcher, SIMULATED_ACCOUNTS.processing);
    await settle(150);
    expect(statusRequests(fetcher, SIMULATED_ACCOUNTS.processing)).to.equal(after);
  });
});
