// The offline demo plays Mono's hosted link on its own origin: the page asks
// the demo backend for the hosted URL, the simulator's page is served under
// /api/demo/hosted/, it sends the browser back with mono_ref, the simulator's
// webhook reaches the demo's proxy, and the new account is the demo user's.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startDemo, type Demo } from '../../../demo/server.js';
import { Browser, playHostedPage, pollStatus, postJson } from './hosted-harness.js';

let demo: Demo;
before(async () => {
  demo = await startDemo({ port: 0, processingMs: 200 });
});
after(() => demo?.close());

test('the demo links an account through the hosted flow with no network', async () => {
  const origin = new URL(demo.url).origin;
  const browser = new Browser();
  const started = await browser.fetch(`${origin}/api/mono/link/hosted`, postJson({ redirectUrl: `${origin}/?hosted=1` }));
  assert.equal(started.status, 200);
  const { url, ref } = (await started.json()) as { url: string; ref: string };
  assert.ok(url.startsWith(`${origin}/api/demo/hosted/`), url);

  const page = await fetch(url);
  assert.equal(page.status, 200);
  assert.match(page.headers.get('content-type')!, /^text\/html/);
  assert.match(await page.text(), /<h1 id="title">Link your bank<\/h1>/);

  const back = await playHostedPage(url);
  assert.equal(back, `${origin}/?hosted=1&mono_ref=${ref}`);
  const done = await pollStatus(browser, origin, ref);
  assert.equal(done.body['status'], 'linked');
  const { accounts } = (await (await fetch(`${origin}/api/mono/accounts`)).json()) as { accounts: { id: string }[] };
  assert.ok(accounts.some((account) => account.id === done.body['accountId']), 'the new account is in the demo user’s list');
});
