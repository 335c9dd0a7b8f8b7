// Each lazy part of the CDN file must arrive in one round trip: the chunks a
// lazy chunk imports are asked for with it (scripts/preload-lazy-deps.mjs),
// not once it has arrived. Every chunk is answered 400 ms late here, as a
// phone's network would; a chunk asked for only after another had answered
// shows as a request 400 ms or more after the first.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, watchForErrors } from './browser.js';
import { serveStatic } from './serve-static.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const LATE_MS = 400;
let browser: Browser;
let files: Awaited<ReturnType<typeof serveStatic>>;

before(async () => {
  files = await serveStatic(root);
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await files?.close();
});

/** A page with the CDN file and `body`, whose lazy chunks all answer late; returns when each was asked for. */
async function pageWithLateChunks(body: string): Promise<{ page: Page; asked: Map<string, number>; problems: string[] }> {
  const context = await browser.newContext();
  // Mono's widget is not reachable here: an empty page stands in for it.
  await context.route((url) => url.hostname === 'connect.mono.co', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Mono</title>' }));
  const page = await context.newPage();
  const problems = watchForErrors(page);
  const asked = new Map<string, number>();
  await page.route('**/dist/cdn/chunks/**', async (route) => {
    asked.set(new URL(route.request().url()).pathname.split('/').pop()!, Date.now());
    await new Promise((resolve) => setTimeout(resolve, LATE_MS));
    await route.continue();
  });
  await page.route(`${files.url}/round-trips.html`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>round trips</title><link rel="icon" href="data:,">
        <script type="module" src="/dist/cdn/mono-connect-elements.js"></script></head><body>${body}</body></html>`,
    }),
  );
  await page.goto(`${files.url}/round-trips.html`);
  return { page, asked, problems };
}

/** The chunks asked for at least one late answer after `from`: each is a round trip more. */
function askedLate(asked: Map<string, number>, from = Math.min(...asked.values())): string[] {
  return [...asked].filter(([, at]) => at - from >= LATE_MS * 0.75).map(([name]) => name);
}

const timeline = (asked: Map<string, number>) => [...asked].map(([name, at]) => `${name} +${at - Math.min(...asked.values())} ms`).join(', ');

test('CDN file: on intent, the widget runtime, what it imports and connect.js are asked for together', async () => {
  const { page, asked, problems } = await pageWithLateChunks('<mono-link-button public-key="test_pk_round_trips">Link account</mono-link-button>');
  await page.locator('mono-link-button button').waitFor();
  // What the page fetched before intent (a language table, say) is another step.
  await page.waitForLoadState('networkidle');
  asked.clear();
  await page.locator('mono-link-button button').hover();
  await page.waitForFunction(() => document.getElementById('mono-connect--frame-id') !== null, null, { timeout: 10000 });
  const names = [...asked.keys()];
  assert.ok(names.some((name) => name.startsWith('widget-runtime-')), `the runtime was fetched: ${names}`);
  assert.ok(names.some((name) => name.startsWith('connect-without-axios-')), `connect.js was fetched: ${names}`);
  assert.ok(names.length >= 3, `the runtime imports chunks of its own (else this test proves nothing): ${names}`);
  assert.deepEqual(askedLate(asked), [], `asked for only after another chunk arrived: ${timeline(asked)}`);
  assert.deepEqual(problems, []);
  await page.context().close();
});

test('CDN file: a data element\'s chunk and the chunks it imports are asked for together', async () => {
  // No backend: the element ends in its error state, which needs the same code.
  const { page, asked } = await pageWithLateChunks('<mono-account-status account-id="acc_round_trips"></mono-account-status>');
  await page.waitForFunction(() => customElements.get('mono-account-status') !== undefined, null, { timeout: 10000 });
  const [, dataElementsAt] = [...asked].find(([name]) => name.startsWith('data-elements-')) ?? [];
  assert.ok(dataElementsAt !== undefined, `the data elements were fetched: ${timeline(asked)}`);
  assert.ok(asked.size >= 3, `the data elements import chunks of their own (else this test proves nothing): ${timeline(asked)}`);
  // The HTTP fetcher (and what it imports) is asked for by the element once it runs: a step of its own, by design.
  const fetcherAt = Math.min(...[...asked].filter(([name]) => name.startsWith('http-fetcher-')).map(([, at]) => at));
  const late = askedLate(asked, dataElementsAt).filter((name) => asked.get(name)! < fetcherAt - LATE_MS * 0.25);
  assert.deepEqual(late, [], timeline(asked));
  await page.context().close();
});
