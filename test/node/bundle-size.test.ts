// Bytes are deterministic, so size limits are tests (timings never are: see
// npm run bench). What loads before intent must never include connect.js or
// the virtualizer; the totals are held to ceilings just above today's sizes,
// so any growth is a decision rather than an accident.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { measureEntry } from '../../scripts/bundle-size.mjs';

const KB = 1024;
// Today: 19.0 KB and 10.6 KB. The targets are 16 KB and 8 KB; see README, Benchmarks.
const CEILINGS = { cdn: 19.5 * KB, linkButton: 11 * KB, transactions: 15.5 * KB };

const lazyOnly = (modules: string[], pattern: RegExp) => modules.filter((id) => pattern.test(id));

test('the CDN file (all five elements) before intent: no connect.js, no virtualizer, within its ceiling', async () => {
  const size = await measureEntry('src/cdn.ts');
  assert.deepEqual(lazyOnly(size.initialModules, /@mono\.co\/connect\.js|@lit-labs\/virtualizer/), []);
  assert.ok(size.lazyChunks.some((chunk) => /connect/.test(chunk.file)), 'connect.js is a lazy chunk');
  assert.ok(size.initialGzip <= CEILINGS.cdn, `${size.initialGzip} B gzip > ${CEILINGS.cdn}`);
});

test('the link button\'s own entry before intent: Lit included, no connect.js, no widget runtime', async () => {
  const size = await measureEntry('src/elements/link-button/link-button.ts');
  assert.deepEqual(lazyOnly(size.initialModules, /@mono\.co\/connect\.js|widget-session|connect-driver|http-fetcher/), []);
  assert.ok(size.initialModules.some((id) => id.includes('lit-html')), 'Lit is counted');
  assert.ok(size.initialGzip <= CEILINGS.linkButton, `${size.initialGzip} B gzip > ${CEILINGS.linkButton}`);
});

test('the transactions entry loads the virtualizer only for infinite mode', async () => {
  const size = await measureEntry('src/elements/transactions/transactions.ts');
  assert.deepEqual(lazyOnly(size.initialModules, /@lit-labs\/virtualizer/), []);
  assert.ok(size.lazyChunks.some((chunk) => /virtualizer/.test(chunk.file)), 'the virtualizer is a lazy chunk');
  assert.ok(size.initialGzip <= CEILINGS.transactions, `${size.initialGzip} B gzip > ${CEILINGS.transactions}`);
});
