import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/transactions/transactions.js';
import type { MonoTransactions } from '../../../src/elements/transactions/transactions.component.js';
import { exportModule } from '../../../src/elements/transactions/transactions-export.js';
import { exportFilename } from '../../../src/elements/transactions/transactions-export-run.js';
import { CSV_COLUMNS } from '../../../src/core/transactions/csv.js';
import type { Transaction, TransactionQuery } from '../../../src/core/fetcher/types.js';
import type { MonoExportEvent } from '../../../src/events/mono-export.js';
import type { MonoErrorEvent } from '../../../src/events/mono-error.js';
import { createMemoryFetcher, SIMULATED_ACCOUNTS, type MemoryFetcher } from '../../../src/testing/index.js';
import { settle } from '../helpers.js';
import { parseCsv } from './rfc4180.js';

const ACCOUNT = SIMULATED_ACCOUNTS.available;
const $ = (el: MonoTransactions, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const exportButton = (el: MonoTransactions) => $(el, '[part="export-button"]')!;
const status = (el: MonoTransactions) => text($(el, '[part="export-status"]'));
const ready = (el: MonoTransactions) => waitUntil(() => el.getAttribute('state') === 'ready', 'state ready', { timeout: 4000 });
const transactionRequests = (fetcher: MemoryFetcher) => fetcher.simulator.requests.filter((r) => r.path.endsWith('/transactions')).length;

/** The rows the simulator holds for a filter, in one page of up to 500. */
async function expected(fetcher: MemoryFetcher, query: TransactionQuery = {}): Promise<Transaction[]> {
  const page = await fetcher.getTransactions(ACCOUNT, { ...query, limit: 500 });
  return page.transactions;
}

/**
 * Catches the element's download: the `<a download>` it clicks in its
 * shadow root. The click is cancelled (no file lands on the test machine)
 * and the file is read back from its Blob URL.
 */
function catchDownloads(el: MonoTransactions) {
  const files: Promise<{ name: string; bytes: Uint8Array; text: string }>[] = [];
  el.shadowRoot!.addEventListener(
    'click',
    (event) => {
      const link = event.target;
      if (!(link instanceof HTMLAnchorElement) || !link.download) return;
      event.preventDefault();
      files.push(
        fetch(link.href)
          .then((response) => response.arrayBuffer())
          .then((buffer) => {
            const bytes = new Uint8Array(buffer);
            return { name: link.download, bytes, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) };
          }),
      );
    },
    { capture: true },
  );
  return files;
}

async function exportElement(attributes: { type?: string; start?: string; end?: string } = {}, fetcher = createMemoryFetcher()) {
  const el = await fixture<MonoTransactions>(
    html`<mono-transactions export account-id=${ACCOUNT} type=${attributes.type ?? ''} start=${attributes.start ?? ''} end=${attributes.end ?? ''} .fetcher=${fetcher}></mono-transactions>`,
  );
  await ready(el);
  return { el, fetcher, downloads: catchDownloads(el) };
}

describe('<mono-transactions export>', () => {
  it('has no export button without `export`', async () => {
    const el = await fixture<MonoTransactions>(html`<mono-transactions account-id=${ACCOUNT} .fetcher=${createMemoryFetcher()}></mono-transactions>`);
    await ready(el);
    expect($(el, '[part="export"]')).to.equal(null);
    el.export = true;
    await el.updateComplete;
    expect(text(exportButton(el))).to.equal('Export CSV');
  });

  it('downloads exactly the rows in the filter, across every page, as RFC 4180 CSV with a BOM', async () => {
    const { el, fetcher, downloads } = await exportElement({ type: 'debit', start: '2026-01-01', end: '2026-12-31' });
    const want = await expected(fetcher, { type: 'debit', start: '2026-01-01', end: '2026-12-31' });
    expect(want.length, 'more than one page').to.be.greaterThan(20);
    const account = await fetcher.getAccount(ACCOUNT);
    const events: MonoExportEvent[] = [];
    el.addEventListener('mono-export', (event) => events.push(event));

    exportButton(el).click();
    await waitUntil(() => downloads.length === 1, 'a download', { timeout: 8000 });
    const file = await downloads[0]!;

    const filename = `transactions-${account.lastFour}-2026-01-01-2026-12-31.csv`;
    expect(file.name).to.equal(filename);
    expect([...file.bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const [header, ...records] = parseCsv(file.text.slice(1));
    expect(header).to.deep.equal([...CSV_COLUMNS]);
    expect(records.map((cells) => cells[CSV_COLUMNS.indexOf('id')])).to.deep.equal(want.map((row) => row.id));
    expect(records.every((cells) => cells[CSV_COLUMNS.indexOf('type')] === 'debit')).to.equal(true);
    expect(records[0]![CSV_COLUMNS.indexOf('amount_minor')]).to.equal(String(-want[0]!.amount));

    expect(events).to.have.length(1);
    expect(events[0]!.cancelable).to.equal(true);
    expect(events[0]!.detail).to.deep.include({ accountId: ACCOUNT, filename, csv: file.text });
    expect(events[0]!.detail.rows).to.deep.equal(want);
    expect(status(el)).to.equal(`Exported ${want.length} transactions to ${filename}.`);
    expect(exportButton(el).getAttribute('aria-disabled')).to.equal('false');
    await expect(el).to.be.accessible();
  });

  it('leaves the download to the page when it cancels mono-export', async () => {
    const { el, downloads } = await exportElement({ type: 'credit' });
    let detail: MonoExportEvent['detail'] | undefined;
    document.addEventListener(
      'mono-export',
      (event) => {
        detail = event.detail;
        event.preventDefault();
      },
      { once: true },
    );
    exportButton(el).click();
    await waitUntil(() => detail, 'mono-export on the document', { timeout: 8000 });
    await settle(50);
    expect(downloads).to.have.length(0);
    expect(detail!.rows.every((row) => row.type === 'credit')).to.equal(true);
    expect(detail!.filename).to.match(/^transactions-\d{4}\.csv$/);
  });

  it('shows progress and a cancel button while it runs; is axe clean; 44 px targets', async () => {
    const { el, fetcher, downloads } = await exportElement();
    fetcher.simulator.faults.latencyMs = 40;
    exportButton(el).click();
    await waitUntil(() => $(el, '[part="export-cancel"]'), 'cancel button');
    expect(text(exportButton(el))).to.equal('Exporting…');
    expect(exportButton(el).getAttribute('aria-disabled')).to.equal('true');
    expect($(el, '[part="export-progress"]')).to.exist;
    await waitUntil(() => /Fetched \d+ of \d+ transactions/.test(text($(el, '[part="export"]'))), 'progress in words', { timeout: 4000 });
    for (const button of [exportButton(el), $(el, '[part="export-cancel"]')!]) {
      const { height, width } = button.getBoundingClientRect();
      expect(height).to.be.at.least(44);
      expect(width).to.be.at.least(44);
    }
    await expect(el).to.be.accessible();
    // Pressing the disabled-looking button again starts nothing new.
    const before = transactionRequests(fetcher);
    exportButton(el).click();
    await waitUntil(() => downloads.length === 1, 'the one download', { timeout: 8000 });
    expect(transactionRequests(fetcher) - before).to.be.lessThan(30);
    await settle(100);
    expect(downloads).to.have.length(1);
  });

  it('is driven from the keyboard: Enter exports, Tab to Cancel and Enter stops it, focus returns to the button', async () => {
    const { el, fetcher, downloads } = await exportElement();
    fetcher.simulator.faults.latencyMs = 60;
    exportButton(el).focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '[part="export-cancel"]'), 'cancel button');
    expect(el.shadowRoot!.activeElement).to.equal(exportButton(el), 'focus stays on the export button');
    await sendKeys({ press: 'Tab' });
    // WebKit does not move focus to buttons with Tab by default: focus it as a user would reach it there.
    if (el.shadowRoot!.activeElement !== $(el, '[part="export-cancel"]')) $(el, '[part="export-cancel"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => status(el) === 'Export cancelled.', 'cancelled');
    expect($(el, '[part="export-cancel"]')).to.equal(null);
    await waitUntil(() => el.shadowRoot!.activeElement === exportButton(el), 'focus back on the export button');
    const asked = transactionRequests(fetcher);
    await settle(200);
    expect(transactionRequests(fetcher)).to.equal(asked, 'no page asked for after the cancel');
    expect(downloads).to.have.length(0);
  });

  it('stops when the filter changes, and when the element is removed', async () => {
    const { el, fetcher, downloads } = await exportElement();
    fetcher.simulator.faults.latencyMs = 40;
    const exports: Event[] = [];
    el.addEventListener('mono-export', (event) => exports.push(event));
    exportButton(el).click();
    await waitUntil(() => transactionRequests(fetcher) > 2, 'export under way');
    el.type = 'credit';
    await waitUntil(() => status(el) === 'Export cancelled.', 'cancelled by the filter change');

    exportButton(el).click();
    await waitUntil(() => $(el, '[part="export-cancel"]'), 'second export under way');
    el.remove();
    await settle(40);
    const asked = transactionRequests(fetcher);
    await settle(200);
    expect(transactionRequests(fetcher)).to.equal(asked, 'no page asked for after removal');
    expect(exports).to.have.length(0);
    expect(downloads).to.have.length(0);
  });

  it('stops when `export` is switched off mid-run', async () => {
    const { el, fetcher, downloads } = await exportElement();
    fetcher.simulator.faults.latencyMs = 40;
    exportButton(el).click();
    await waitUntil(() => $(el, '[part="export-cancel"]'), 'export under way');
    el.export = false;
    await el.updateComplete;
    expect($(el, '[part="export"]')).to.equal(null);
    const asked = transactionRequests(fetcher);
    await settle(200);
    expect(transactionRequests(fetcher)).to.equal(asked);
    expect(downloads).to.have.length(0);
  });

  it('leaves out rows it cannot read, and says how many, on screen and in mono-error', async () => {
    const fetcher = createMemoryFetcher();
    const source = {
      ...fetcher,
      getTransactions: async (id: string, query: TransactionQuery, init?: { signal?: AbortSignal }) => {
        const page = await fetcher.getTransactions(id, query, init);
        return page.page === 2 ? { ...page, transactions: page.transactions.slice(1), skipped: [{ index: 0, reason: 'data[0].amount should be a number, got string' }] } : page;
      },
    };
    const el = await fixture<MonoTransactions>(html`<mono-transactions export account-id=${ACCOUNT} .fetcher=${source}></mono-transactions>`);
    await ready(el);
    const downloads = catchDownloads(el);
    const errors: MonoErrorEvent[] = [];
    el.addEventListener('mono-error', (event) => errors.push(event));
    exportButton(el).click();
    await waitUntil(() => downloads.length === 1, 'a download', { timeout: 8000 });
    const [, ...records] = parseCsv((await downloads[0]!).text.slice(1));
    const want = await expected(fetcher);
    expect(records).to.have.length(want.length - 1);
    expect(status(el)).to.match(/^Exported \d+ transactions to transactions-\d{4}\.csv\. 1 transaction could not be read and is not in the file\.$/);
    const report = errors.find((event) => event.detail.error.code === 'TRANSACTIONS_SKIPPED' && event.detail.phase === 'export');
    expect(report?.detail.error.message).to.contain('page 2: data[0].amount should be a number');
  });

  it('says in words when the export fails, and fires mono-error with phase export', async () => {
    const fetcher = createMemoryFetcher({ retry: { retries: 0 } });
    const { el, downloads } = await exportElement({}, fetcher);
    const errors: MonoErrorEvent[] = [];
    el.addEventListener('mono-error', (event) => errors.push(event));
    fetcher.simulator.faults.serverErrors = Infinity;
    exportButton(el).click();
    await waitUntil(() => errors.length === 1, 'mono-error', { timeout: 4000 });
    expect(errors[0]!.detail.phase).to.equal('export');
    expect(errors[0]!.detail.error.status).to.equal(502);
    expect(status(el)).to.match(/^The export failed: .+/);
    expect(downloads).to.have.length(0);
    await expect(el).to.be.accessible();

    // It can be tried again once the backend is back.
    fetcher.simulator.faults.serverErrors = 0;
    exportButton(el).click();
    await waitUntil(() => downloads.length === 1, 'a download on the second try', { timeout: 8000 });
  });

  it('names the file after the last 4 digits and the range, with nothing a file system would trip on', () => {
    expect(exportFilename('1234', '2026-01-01', '2026-03-31')).to.equal('transactions-1234-2026-01-01-2026-03-31.csv');
    expect(exportFilename('1234', '2026-01-01')).to.equal('transactions-1234-from-2026-01-01.csv');
    expect(exportFilename('1234', undefined, '2026-03-31')).to.equal('transactions-1234-to-2026-03-31.csv');
    expect(exportFilename('5f9a0c1b')).to.equal('transactions-5f9a0c1b.csv');
    expect(exportFilename('../a b/c', '2026/01/01')).to.equal('transactions-_a_b_c-from-2026_01_01.csv');
  });

  it('says so when the export code cannot be loaded, and loads it on the next press', async () => {
    const { el, downloads } = await exportElement();
    const load = exportModule.load;
    exportModule.load = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    try {
      const errors: MonoErrorEvent[] = [];
      el.addEventListener('mono-error', (event) => errors.push(event));
      exportButton(el).click();
      await waitUntil(() => errors.length === 1, 'mono-error');
      expect(errors[0]!.detail).to.deep.include({ phase: 'export' });
      expect(errors[0]!.detail.error.code).to.equal('EXPORT_FAILED');
      expect(status(el)).to.equal('The transactions could not be exported. Try again.');
      // The next press tries the import again.
      exportModule.load = load;
      exportButton(el).click();
      await waitUntil(() => downloads.length === 1, 'a download once the code loads', { timeout: 8000 });
    } finally {
      exportModule.load = load;
    }
  });
});
