import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/statement-download/statement-download.js';
import type { MonoStatementDownload } from '../../../src/elements/statement-download/statement-download.component.js';
import type { MonoFetcher } from '../../../src/core/fetcher/types.js';
import type { MonoLiveEvent } from '../../../src/core/live/live-event.js';
import { createMemoryFetcher, SIMULATED_ACCOUNTS, type MemoryFetcher } from '../../../src/testing/index.js';
import { recordEvents } from '../helpers.js';

const { available, processing, failed } = SIMULATED_ACCOUNTS;
const part = (el: MonoStatementDownload, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const text = (el: MonoStatementDownload, name: string) => part(el, name)?.textContent?.replace(/\s+/g, ' ').trim();
const focused = (el: MonoStatementDownload) => el.shadowRoot!.activeElement?.getAttribute('part');
const starts = (fetcher: MemoryFetcher) => fetcher.simulator.requests.filter((r) => /\/statement$/.test(r.path)).length;

function mount(fetcher: MonoFetcher, accountId: string = available, extra: { period?: string; slowAfter?: number; manual?: boolean } = {}) {
  return fixture<MonoStatementDownload>(html`<mono-statement-download
    account-id=${accountId}
    period=${extra.period ?? 'last6months'}
    poll-interval="40"
    slow-after=${extra.slowAfter ?? 10_000}
    ?manual=${extra.manual ?? true}
    .fetcher=${fetcher}
  ></mono-statement-download>`);
}

describe('<mono-statement-download>', () => {
  it('offers the last 1, 3, 6 and 12 months, with the period attribute preselected', async () => {
    const el = await mount(createMemoryFetcher(), available, { period: 'last3months' });
    const select = part(el, 'period') as HTMLSelectElement;
    expect([...select.options].map((o) => [o.value, o.text])).to.deep.equal([
      ['last1months', 'Last month'],
      ['last3months', 'Last 3 months'],
      ['last6months', 'Last 6 months'],
      ['last12months', 'Last 12 months'],
    ]);
    expect(select.value).to.equal('last3months');
    expect(el.state).to.equal('idle');
    expect(el.getAttribute('state')).to.equal('idle');
    await expect(el).to.be.accessible();
    el.period = 'last2months';
    await el.updateComplete;
    expect(select.value).to.equal('last2months');
    expect(select.options.length).to.equal(5);
  });

  it('prepares the PDF with progress, then offers a link whose bytes are a PDF', async () => {
    const fetcher = createMemoryFetcher({ statementMs: 250 });
    const el = await mount(fetcher);
    const events = recordEvents(el, ['mono-statement-ready', 'mono-error']);
    (part(el, 'period') as HTMLSelectElement).value = 'last3months';
    part(el, 'period')!.dispatchEvent(new Event('change'));
    part(el, 'button')!.click();
    await waitUntil(() => el.state === 'preparing' && text(el, 'message') === 'Building your PDF statement…', 'building');
    expect(part(el, 'progress')).to.exist;
    expect(part(el, 'message')!.getAttribute('role')).to.equal('status');
    expect((part(el, 'button') as HTMLButtonElement).disabled).to.equal(true);
    await expect(el).to.be.accessible();

    await waitUntil(() => el.state === 'ready', 'ready', { timeout: 5000 });
    expect(text(el, 'message')).to.equal('Your statement is ready.');
    const link = part(el, 'link') as HTMLAnchorElement;
    expect(link.textContent!.trim()).to.equal('Download statement (PDF)');
    expect(link.download).to.equal('bank-statement-last3months.pdf');
    expect(link.href.startsWith('data:application/pdf;base64,')).to.equal(true);
    const bytes = new Uint8Array(await (await fetch(link.href)).arrayBuffer());
    expect(new TextDecoder().decode(bytes.slice(0, 5))).to.equal('%PDF-');
    expect(events).to.have.length(1);
    expect(events[0]!.detail).to.deep.equal({ accountId: available, period: 'last3months', url: link.href });
    await expect(el).to.be.accessible();
    expect(starts(fetcher)).to.equal(1);
    // Another period from outside: the PDF on offer is not for it.
    el.period = 'last12months';
    await el.updateComplete;
    expect(el.state).to.equal('idle');
    expect(part(el, 'link')).to.equal(null);
  });

  it('works by keyboard alone: Tab to the button, Enter; focus follows to Cancel, then to the link', async () => {
    const fetcher = createMemoryFetcher({ statementMs: 300 });
    const el = await mount(fetcher);
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal('period');
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal('button');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused(el) === 'cancel', 'focus on Cancel while preparing');
    // Cancel by keyboard: back to the button, nothing downloaded.
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.state === 'idle', 'cancelled');
    expect(text(el, 'message')).to.equal('Cancelled. Nothing was downloaded.');
    await waitUntil(() => focused(el) === 'button', 'focus back on the button');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.state === 'ready', 'ready', { timeout: 5000 });
    await waitUntil(() => focused(el) === 'link', 'focus on the download link');
  });

  it('says when it takes long, and offers to keep waiting or cancel', async () => {
    const fetcher = createMemoryFetcher({ statementMs: 0 });
    fetcher.simulator.setStatementOutcome('slow');
    const el = await mount(fetcher, available, { slowAfter: 300 });
    part(el, 'button')!.click();
    await waitUntil(() => el.state === 'slow', 'slow', { timeout: 5000 });
    expect(text(el, 'message')).to.contain('This is taking longer than usual.');
    expect(part(el, 'keep-waiting')).to.exist;
    expect(part(el, 'cancel')).to.exist;
    expect(part(el, 'progress')).to.exist;
    await expect(el).to.be.accessible();
    part(el, 'keep-waiting')!.click();
    await el.updateComplete;
    expect(el.state).to.equal('preparing');
    fetcher.simulator.setStatementOutcome('built');
    await waitUntil(() => el.state === 'ready', 'ready after waiting', { timeout: 5000 });
  });

  it('says when Mono could not build it, fires mono-error, and tries again', async () => {
    const fetcher = createMemoryFetcher({ statementMs: 0 });
    fetcher.simulator.setStatementOutcome('failed');
    const el = await mount(fetcher);
    const errors = recordEvents(el, ['mono-error']);
    part(el, 'button')!.click();
    await waitUntil(() => el.state === 'failed', 'failed', { timeout: 5000 });
    expect(text(el, 'message')).to.equal('Your bank could not produce this statement. Try again, or pick a shorter period.');
    expect(errors[0]!.detail).to.deep.include({ phase: 'statement' });
    expect(errors[0]!.detail.error.code).to.equal('STATEMENT_FAILED');
    await expect(el).to.be.accessible();
    fetcher.simulator.setStatementOutcome('built');
    part(el, 'retry')!.click();
    await waitUntil(() => el.state === 'ready', 'ready after retry', { timeout: 5000 });
  });

  it('shows the backend\'s error with a retry; a failed poll resumes the same job', async () => {
    const fetcher = createMemoryFetcher({ statementMs: 400, retry: { retries: 0 } });
    const el = await mount(fetcher);
    const errors = recordEvents(el, ['mono-error']);
    part(el, 'button')!.click();
    await waitUntil(() => starts(fetcher) === 1, 'job started');
    fetcher.simulator.faults.serverErrors = 1;
    await waitUntil(() => el.state === 'error', 'error', { timeout: 5000 });
    expect(errors[0]!.detail.error).to.deep.include({ code: 'UPSTREAM_ERROR', status: 502 });
    expect(part(el, 'retry')).to.exist;
    await expect(el).to.be.accessible();
    part(el, 'retry')!.click();
    await waitUntil(() => el.state === 'ready', 'ready after retry', { timeout: 5000 });
    expect(starts(fetcher)).to.equal(1);
  });

  it('waits for the account\'s data first, and builds nothing when the bank\'s data failed', async () => {
    const fetcher = createMemoryFetcher({ processingMs: 500, statementMs: 0 });
    const el = await mount(fetcher, processing);
    part(el, 'button')!.click();
    await waitUntil(() => text(el, 'message') === 'Waiting for your bank’s data…', 'waiting for data');
    expect(starts(fetcher)).to.equal(0);
    await waitUntil(() => el.state === 'ready', 'ready once the data is', { timeout: 5000 });

    const other = await mount(fetcher, failed);
    part(other, 'button')!.click();
    await waitUntil(() => other.state === 'failed', 'failed');
    expect(text(other, 'message')).to.contain('data could not be fetched');
    expect(starts(fetcher)).to.equal(1);
  });

  it('starts the download once by itself unless manual, and keeps the link', async () => {
    const clicked: string[] = [];
    const original = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push(this.href);
    };
    try {
      const el = await mount(createMemoryFetcher({ statementMs: 0 }), available, { manual: false });
      part(el, 'button')!.click();
      await waitUntil(() => el.state === 'ready', 'ready', { timeout: 5000 });
      await waitUntil(() => clicked.length === 1, 'one automatic attempt');
      expect(clicked[0]).to.equal((part(el, 'link') as HTMLAnchorElement).href);
    } finally {
      HTMLAnchorElement.prototype.click = original;
    }
  });

  it('polls at once when a live event says the job moved (polling stays the fallback)', async () => {
    const memory = createMemoryFetcher({ statementMs: 0 });
    memory.simulator.setStatementOutcome('slow');
    const listeners: ((event: MonoLiveEvent) => void)[] = [];
    let jobId = '';
    const fetcher: MonoFetcher = {
      ...memory,
      subscribe: (_ids, listener) => void listeners.push(listener),
      requestStatement: async (accountId, period, init) => {
        const job = await memory.requestStatement!(accountId, period, init);
        jobId = job.jobId;
        return job;
      },
    };
    const el = await fixture<MonoStatementDownload>(html`<mono-statement-download account-id=${available} poll-interval="60000" manual .fetcher=${fetcher}></mono-statement-download>`);
    part(el, 'button')!.click();
    await waitUntil(() => jobId && text(el, 'message') === 'Building your PDF statement…', 'building');
    memory.simulator.setStatementOutcome('built');
    const tell = (event: MonoLiveEvent) => listeners.forEach((listener) => listener(event));
    // Another job's event changes nothing.
    tell({ type: 'job', accountId: available, jobId: 'someOtherJob', status: 'finished' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(el.state).to.equal('preparing');
    // The live event names Mono's job id: the first part of the proxy's.
    tell({ type: 'job', accountId: available, jobId: jobId.split('.')[0]!, status: 'finished' });
    await waitUntil(() => el.state === 'ready', 'ready long before the 60 s poll', { timeout: 3000 });
  });

  it('says so when the fetcher has no statement calls', async () => {
    const { requestStatement: _r, getStatementJob: _g, ...rest } = createMemoryFetcher();
    const el = await mount(rest as MonoFetcher);
    part(el, 'button')!.click();
    await waitUntil(() => el.state === 'error', 'error');
    expect(text(el, 'message')).to.equal('Statements are not available here.');
  });

  it('fits 320 px with 44 px targets', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:320px"><mono-statement-download account-id=${available} manual .fetcher=${createMemoryFetcher()}></mono-statement-download></div>`);
    const el = wrapper.querySelector('mono-statement-download')!;
    await el.updateComplete;
    expect(el.scrollWidth).to.be.at.most(320);
    for (const name of ['period', 'button']) expect(part(el, name)!.getBoundingClientRect().height).to.be.at.least(44);
  });
});
