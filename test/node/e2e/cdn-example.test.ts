// demo/cdn/index.html uses nothing but dist/cdn/mono-connect-elements.js.
// Served by a host that mounts the real proxy over the Mono API simulator;
// Mono's widget origin is answered by a stand-in page that posts Mono's
// success message, so the real connect.js path runs end to end.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext } from 'playwright-core';
import { createMonoProxy, toNodeHandler } from '../../../src/server/index.js';
import { createMonoApiSimulator } from '../../../src/testing/index.js';
import { launchBrowser, watchForErrors } from './browser.js';
import { serveStatic } from './serve-static.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const simulator = createMonoApiSimulator({ processingMs: 800 });
let browser: Browser;
let files: Awaited<ReturnType<typeof serveStatic>>;
let host: ReturnType<typeof createServer>;
let url: string;

before(async () => {
  files = await serveStatic(root);
  const proxy = toNodeHandler(
    createMonoProxy({ secretKey: simulator.secretKey, apiBase: 'https://api.simulator.invalid', fetch: (r) => simulator.handle(r), authorize: () => true }),
  );
  host = createServer((request, response) => proxy(request, response, () => files.server.emit('request', request, response)));
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  host?.closeAllConnections();
  await new Promise((resolve) => host?.close(resolve));
  await files?.close();
});

/** What Mono's widget does after a successful link: post the code to the page. */
const fakeWidget = (code: string) => `<!doctype html><title>Mono</title><script>
  setTimeout(() => parent.postMessage({ type: 'mono.connect.widget.account_linked', data: { code: ${JSON.stringify(code)} } }, '*'), 300);
</script>`;

test('a plain HTML page with only the CDN file links an account and shows its transactions', async () => {
  const context = await browser.newContext();
  const code = simulator.issueCode();
  const widgetUrls: string[] = [];
  await context.route(
    (u) => u.hostname === 'connect.mono.co',
    (route) => {
      widgetUrls.push(route.request().url());
      return route.fulfill({ contentType: 'text/html', body: fakeWidget(code) });
    },
  );
  const page = await context.newPage();
  const problems = watchForErrors(page);
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto(`${url}/demo/cdn/index.html`);
  await page.locator('mono-link-button').getByRole('button', { name: 'Link with Mono' }).waitFor();
  assert.ok(!scripts.some((path) => /chunks\/connect/.test(path)), `connect.js loaded before intent: ${scripts}`);

  await page.getByRole('button', { name: 'Link with Mono' }).click();
  await page.locator('#account').filter({ hasText: /^[0-9a-f]{24}$/ }).waitFor({ timeout: 15000 });
  assert.equal(new URL(widgetUrls[0]!).searchParams.get('key'), 'test_pk_plain_html_example');
  // Every script came from the same origin, from dist/cdn/.
  assert.ok(scripts.every((path) => path.startsWith('/dist/cdn/')), String(scripts));
  assert.ok(scripts.some((path) => /\/dist\/cdn\/chunks\/connect/.test(path)), 'connect.js came as a sibling chunk');

  await page.locator('mono-account-status[status="AVAILABLE"]').waitFor({ timeout: 10000 });
  await page.locator('mono-transactions[state="ready"]').waitFor({ timeout: 10000 });
  assert.equal(await page.locator('mono-transactions tbody tr').count(), 20);
  assert.deepEqual(problems, []);
  await context.close();
});

/** A page at the host's origin that loads the CDN file and shows `body`. */
async function cdnPage(body: string, setup?: (context: BrowserContext) => Promise<void>) {
  const context = await browser.newContext();
  await setup?.(context);
  await context.route(`${url}/cdn-page.html`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>CDN</title><link rel="icon" href="data:,"><script type="module" src="/dist/cdn/mono-connect-elements.js"></script><body>${body}</body>`,
    }),
  );
  const page = await context.newPage();
  const problems = watchForErrors(page);
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto(`${url}/cdn-page.html`);
  return { context, page, problems, scripts };
}

const isDefined = (tag: string) => `!!customElements.get(${JSON.stringify(tag)})`;

test('the CDN file: a page with only a link button fetches one script; data elements load when one appears', async () => {
  const { context, page, problems, scripts } = await cdnPage('<mono-link-button public-key="test_pk_cdn">Link</mono-link-button><main></main>');
  await page.getByRole('button', { name: 'Link' }).waitFor();
  await page.waitForTimeout(300);
  assert.deepEqual(scripts, ['/dist/cdn/mono-connect-elements.js']);
  assert.equal(await page.evaluate(isDefined('mono-account-card')), false);

  // Added later, deep in the document, as a framework would render it.
  await page.evaluate(() => {
    document.querySelector('main')!.innerHTML = '<section><mono-account-card></mono-account-card></section>';
  });
  await page.waitForFunction(isDefined('mono-account-card'));
  assert.ok(scripts.some((path) => /^\/dist\/cdn\/chunks\/data-elements-/.test(path)), String(scripts));
  for (const tag of ['mono-provider', 'mono-account-status', 'mono-transactions']) assert.ok(await page.evaluate(isDefined(tag)), tag);
  assert.ok(!scripts.some((path) => /chunks\/connect/.test(path)), 'still no connect.js');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the CDN file: loadDataElements() defines what the document cannot see (a shadow root)', async () => {
  const { context, page, problems } = await cdnPage('<div id="host"></div>');
  await page.evaluate(() => {
    const root = document.querySelector('#host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<mono-transactions account-id="acc_1"></mono-transactions>';
  });
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(isDefined('mono-transactions')), false);
  const upgraded = await page.evaluate(async () => {
    const cdn = (await import(`${location.origin}/dist/cdn/mono-connect-elements.js`)) as { loadDataElements(): Promise<{ MonoTransactions: CustomElementConstructor }> };
    const { MonoTransactions } = await cdn.loadDataElements();
    return document.querySelector('#host')!.shadowRoot!.querySelector('mono-transactions') instanceof MonoTransactions;
  });
  assert.equal(upgraded, true);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the CDN file: a click before the data elements have loaded still uses the provider\'s key', async () => {
  const widgetUrls: string[] = [];
  const { context, page, problems } = await cdnPage(
    '<mono-provider public-key="test_pk_from_provider"><mono-link-button>Link</mono-link-button><mono-account-status></mono-account-status></mono-provider>',
    async (ctx) => {
      // A slow network for the data elements' chunk: the user is quicker.
      await ctx.route(/\/chunks\/data-elements-/, async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 3000));
        await route.continue();
      });
      await ctx.route(
        (u) => u.hostname === 'connect.mono.co',
        (route) => {
          widgetUrls.push(route.request().url());
          return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Mono</title>' });
        },
      );
    },
  );
  const errors: string[] = [];
  await page.exposeFunction('reportMonoError', (code: string) => errors.push(code));
  await page.evaluate(() => {
    document.addEventListener('mono-error', (event) => (window as unknown as { reportMonoError(code: string): void }).reportMonoError((event as CustomEvent).detail.error.code));
  });
  await page.getByRole('button', { name: 'Link' }).click();
  const started = Date.now();
  while (widgetUrls.length === 0 && errors.length === 0 && Date.now() - started < 10000) await page.waitForTimeout(50);
  assert.deepEqual(errors, []);
  assert.equal(await page.evaluate(isDefined('mono-account-status')), false, 'the click came before the data elements');
  assert.equal(new URL(widgetUrls[0]!).searchParams.get('key'), 'test_pk_from_provider');
  assert.deepEqual(problems, []);
  await context.close();
});
