// Bytes are deterministic, so size limits are tests (timings never are: see
// npm run bench). What loads before intent must never include connect.js,
// the widget runtime or the virtualizer. The CDN file and the link button's
// entry are held to the budgets of the benchmarks issue; the transactions
// entry to a ceiling just above today's size, so growth is a decision.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { connectJsModule } from '../../scripts/connect-js.mjs';
import { linkPath, measureEntry } from '../../scripts/bundle-size.mjs';

const KB = 1024;
// Today: 10.0 KB, 8.0 KB and 14.0 KB. connect.js alone is 16.1 KB as its
// package ships it, 2.8 KB as we ship it (scripts/connect-js.mjs).
// transactions: 14.5 KB until live updates, whose subscription and reaction
// (elements/shared/live-controller.ts, changes-data.ts, onLiveEvent) every data
// element carries: about 0.3 KB gzip, so 15 KB. 15.9 KB with `export`: its
// button, messages and styles are 0.85 KB; fetching every page, the CSV and
// the download (3.0 KB) load on the first press, so 16 KB.
// 16.5 KB with its words in a table per language (README, Languages): the
// layering of languages and overrides, the lang observer and the table's keys
// are 0.7 KB (other languages' tables load only when used), so 17 KB.
// 17.1 KB phone first (issue 16): two-line rows by container query, the
// folding filter bar with its count and explicit table roles, so 17.5 KB.
// 17.7 KB with performance round two (issue 15): the first page asked for
// beside the account (early-page.ts), and the first 20 rows shown while the
// virtualizer's chunk loads (first rows of 10,000 in 43 ms, was 190), so 18 KB.
// spending summary: 17.6 KB when it came (Lit, the data-element base, every
// page of a period, the sums, two SVG charts, the tables, d3-array's ticks at
// 0.6 KB), so 19 KB.
// statement download: 11.5 KB when it came (Lit, the data-element base, the
// flow, its messages and styles; the HTTP fetcher stays lazy), so 12.5 KB.
const CEILINGS = { cdn: 16 * KB, linkButton: 8 * KB, transactions: 18 * KB, spendingSummary: 19 * KB, statementDownload: 12.5 * KB, accounts: 20 * KB };

const ESBUILD_LINK_BUTTON = 9 * KB;
const LINK_PATH_CEILING = 18 * KB;

const lazyOnly = (modules: string[], pattern: RegExp) => modules.filter((id) => pattern.test(id));

test('the CDN file (all five elements) before intent: one file, no connect.js, no data elements, within 16 KB', async () => {
  const size = await measureEntry('src/cdn/index.ts');
  assert.equal(size.initialChunks.length, 1, 'Lit and the link button arrive in the one file');
  assert.deepEqual(
    lazyOnly(size.initialModules, /@mono\.co\/connect\.js|@lit-labs\/virtualizer|widget-coordinator|link-flow|transactions\.component|account-card\.component|spending-summary|d3-array/),
    [],
  );
  assert.ok(size.lazyChunks.some((chunk) => /connect/.test(chunk.file)), 'connect.js is a lazy chunk');
  assert.ok(size.lazyChunks.some((chunk) => /data-elements/.test(chunk.file)), 'the data elements are a lazy chunk');
  assert.ok(size.lazyChunks.some((chunk) => /spending-summary/.test(chunk.file)), 'the spending summary (with d3-array) is a lazy chunk of its own');
  assert.ok(size.initialGzip <= CEILINGS.cdn, `${size.initialGzip} B gzip > ${CEILINGS.cdn}`);
});

test('the link button\'s own entry before intent: Lit included, no connect.js, no widget runtime, within 8 KB', async () => {
  const size = await measureEntry('src/elements/link-button/link-button.ts');
  assert.deepEqual(lazyOnly(size.initialModules, /@mono\.co\/connect\.js|widget-coordinator|connect-driver|link-flow|widget-config|http-fetcher|@lit\/context\/lib\/(context-root|controllers)|d3-array/), []);
  assert.ok(size.initialModules.some((id) => id.includes('lit-html')), 'Lit is counted');
  assert.ok(size.initialGzip <= CEILINGS.linkButton, `${size.initialGzip} B gzip > ${CEILINGS.linkButton}`);
});

// The same entry as a consumer's esbuild makes it (--bundle --splitting
// --minify, licence comments in a separate file). esbuild moves every module
// that a lazy chunk also imports (the page config, the context request, the
// language observer, the key check) into shared files the entry imports: four
// files where Rolldown makes one, 8.7 KB gzip. The goal is 8 KB (issue 15);
// until those modules reach the lazy chunks another way, 9 KB, so growth is a decision.
test('the link button\'s entry with esbuild: no connect.js or widget runtime before intent, within 9 KB', async () => {
  const size = await measureEntry('src/elements/link-button/link-button.ts', { bundler: 'esbuild' });
  assert.deepEqual(lazyOnly(size.initialModules, /@mono\.co\/connect\.js|connect-without-axios|widget-coordinator|connect-driver|link-flow|http-fetcher/), []);
  assert.ok(size.initialModules.some((id) => id.includes('lit-html')), 'Lit is counted');
  assert.ok(size.initialGzip <= ESBUILD_LINK_BUTTON, `${size.initialGzip} B gzip > ${ESBUILD_LINK_BUTTON}`);
});

// connect.js as every build ships it (scripts/connect-js.mjs): Mono's own
// sources, 2.8 KB gzip with its licence line, where the package's main (axios
// inside) is 16.5 KB.
test('connect.js after intent: Mono\'s sources without axios, with its licence line, within 3 KB', async () => {
  const code = await connectJsModule();
  assert.match(code, /^\/\*! @mono\.co\/connect\.js [\d.]+, without axios \| MIT License, Copyright .*Mono/);
  assert.doesNotMatch(code, /node_modules\/axios|XMLHttpRequest/, 'no axios inside');
  for (const bundler of ['rolldown', 'esbuild'] as const) {
    const size = await measureEntry('src/elements/link-button/link-button.ts', { bundler });
    const connect = size.lazyChunks.filter((chunk) => chunk.modules.some((id) => id.includes('@mono.co/connect.js')));
    assert.equal(connect.length, 1, `${bundler}: one connect.js chunk`);
    assert.deepEqual(connect[0]!.modules.filter((id) => !/connect-without-axios/.test(id)), [], `${bundler}: the package's own main is not bundled`);
    assert.ok(connect[0]!.gzip <= 3 * KB, `${bundler}: ${connect[0]!.gzip} B gzip > 3 KB`);
  }
});

// What a page fetches once the user shows intent, for a button with
// `exchange`: the widget runtime (and what it imports), connect.js and the
// HTTP fetcher. connect.js is asked for by the entry itself, beside the
// runtime, so the two arrive in one round trip (about 0.6 s each on a phone).
// 16.9 KB gzip (Rolldown), 17.9 KB (esbuild) today: the goal of 8 KB (issue
// 15) is not met while the link loads the whole HTTP fetcher (8.1 KB:
// transactions, accounts, statements, live events, the cache) for two
// requests. The hosted flow (2.1 KB) is a chunk of its own, fetched only in
// hosted mode or on a fallback. 18 KB, so growth is a decision.
const LINK_PATH = [/core\/widget\/widget-runtime/, /connect-without-axios/, /core\/fetcher\/http-fetcher/];
test('after intent, the link path: connect.js in the same round trip as the runtime, no hosted flow, within 18 KB', async () => {
  for (const bundler of ['rolldown', 'esbuild'] as const) {
    const size = await measureEntry('src/elements/link-button/link-button.ts', { bundler });
    const path = linkPath(size, LINK_PATH);
    const connect = path.chunks.find((chunk) => chunk.modules.some((id) => id.includes('connect-without-axios')));
    assert.ok(connect, `${bundler}: connect.js is on the path`);
    assert.ok(
      size.initialChunks.some((chunk) => chunk.dynamicImports.includes(connect.file)),
      `${bundler}: the entry asks for connect.js itself, not only the runtime once it has run`,
    );
    assert.deepEqual(path.chunks.flatMap((chunk) => chunk.modules.filter((id) => /hosted-(flow|wait|url)/.test(id))), [], `${bundler}: the hosted flow waits for hosted mode`);
    assert.ok(path.gzip <= LINK_PATH_CEILING, `${bundler}: ${path.gzip} B gzip > ${LINK_PATH_CEILING} (${path.chunks.map((chunk) => `${chunk.file} ${chunk.gzip}`).join(', ')})`);
  }
});

test('the transactions entry loads the virtualizer only for infinite mode', async () => {
  const size = await measureEntry('src/elements/transactions/transactions.ts');
  assert.deepEqual(lazyOnly(size.initialModules, /@lit-labs\/virtualizer/), []);
  assert.ok(size.lazyChunks.some((chunk) => /virtualizer/.test(chunk.file)), 'the virtualizer is a lazy chunk');
  assert.deepEqual(lazyOnly(size.initialModules, /transactions-export-(ui|run)|core\/transactions\/(fetch-all|csv|decimal)/), [], 'the export\'s work loads on first use');
  assert.ok(size.lazyChunks.some((chunk) => /transactions-export-ui/.test(chunk.file)), 'the export is a lazy chunk');
  assert.ok(size.initialGzip <= CEILINGS.transactions, `${size.initialGzip} B gzip > ${CEILINGS.transactions}`);
});

test('the spending summary\'s entry: d3-array inside it (never in another entry), within 19 KB', async () => {
  const size = await measureEntry('src/elements/spending-summary/spending-summary.ts');
  assert.ok(size.initialModules.some((id) => id.includes('d3-array')), 'd3-array is counted');
  assert.deepEqual(lazyOnly(size.initialModules, /@mono\.co\/connect\.js|@lit-labs\/virtualizer|transactions\.component/), []);
  assert.ok(size.initialGzip <= CEILINGS.spendingSummary, `${size.initialGzip} B gzip > ${CEILINGS.spendingSummary}`);
});

test('the transactions entry does not carry the summary\'s charts or d3-array', async () => {
  const size = await measureEntry('src/elements/transactions/transactions.ts');
  assert.deepEqual(lazyOnly([...size.initialModules, ...size.lazyChunks.map((chunk) => chunk.file)], /d3-array|spending-summary/), []);
});

test('the statement download\'s entry: no server, simulator, PDF writer, connect.js or virtualizer; the HTTP fetcher lazy; within 12.5 KB', async () => {
  const size = await measureEntry('src/elements/statement-download/statement-download.ts');
  assert.deepEqual(lazyOnly(size.initialModules, /\/server\/|\/testing\/|statement-pdf|@mono\.co\/connect\.js|@lit-labs\/virtualizer|http-fetcher|d3-array/), []);
  assert.ok(size.initialGzip <= CEILINGS.statementDownload, `${size.initialGzip} B gzip > ${CEILINGS.statementDownload}`);
});

// <mono-accounts>: 19.7 KB on its own entry, Lit and the link button (its
// Reconnect) inside; the widget, connect.js and the HTTP fetcher stay lazy.
test('the accounts entry: the link button inside, no connect.js, widget runtime or HTTP fetcher before intent, within 20 KB', async () => {
  const size = await measureEntry('src/elements/accounts/accounts.ts');
  assert.deepEqual(lazyOnly(size.initialModules, /@mono\.co\/connect\.js|widget-coordinator|widget-runtime|link-flow|http-fetcher|virtualizer|\/server\/|\/testing\//), []);
  assert.ok(size.initialModules.some((id) => id.includes('link-button.component')), 'Reconnect needs the link button');
  assert.ok(size.initialGzip <= CEILINGS.accounts, `${size.initialGzip} B gzip > ${CEILINGS.accounts}`);
});
