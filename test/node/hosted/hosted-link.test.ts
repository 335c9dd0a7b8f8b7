import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Browser, WEBHOOK_SECRET, playHostedPage, pollStatus, postJson, startHostedHarness, type HostedHarness } from './hosted-harness.js';

describe('hosted link through the simulator, end to end', () => {
  let harness: HostedHarness;
  let api: string;
  let page: string;

  before(async () => {
    harness = await startHostedHarness();
    api = `${harness.instances[0]!.url}/api/mono`;
    page = `${harness.instances[0]!.url}/settings/banks?tab=linked#top`;
  });
  after(() => harness.close());

  const start = (browser: Browser, body: unknown) => browser.fetch(`${api}/link/hosted`, postJson(body));

  test('initiate → hosted page → back with mono_ref → webhook → linked, and onLinked once', async () => {
    const ada = new Browser('ada');
    const started = await start(ada, { redirectUrl: page });
    assert.equal(started.status, 200);
    const { url, ref } = (await started.json()) as { url: string; ref: string };
    assert.match(ref, /^[A-Za-z0-9_-]{22}$/);
    assert.ok(url.startsWith(`${harness.simulator.url}/hosted/`), url);

    // The cookie binds the ref to this browser, on the proxy's path only.
    const cookie = ada.setCookies.find((line) => line.startsWith(`mono_ref_${ref}=`));
    assert.ok(cookie, 'a mono_ref_<ref> cookie');
    assert.match(cookie!, /; Path=\/api\/mono; Max-Age=3600; HttpOnly; SameSite=Lax$/);

    // What Mono was asked: scope auth, the ref in meta and in the way back, the customer created for ada.
    const session = harness.simulator.hostedSessions.at(-1)!;
    assert.equal(session.scope, 'auth');
    assert.equal(session.ref, ref);
    assert.equal(session.redirectUrl, `${harness.instances[0]!.url}/settings/banks?tab=linked&mono_ref=${ref}#top`);
    assert.equal(session.customerId, harness.simulator.payments.customers.at(-1)!.id);

    assert.deepEqual(await (await ada.fetch(`${api}/link/hosted/${ref}`)).json(), { status: 'pending' });
    const back = await playHostedPage(url);
    assert.equal(back, session.redirectUrl);
    assert.equal(new URL(back).searchParams.get('mono_ref'), ref);

    const done = await pollStatus(ada, harness.instances[0]!.url, ref);
    assert.equal(done.status, 200);
    assert.equal(done.body['status'], 'linked');
    const accountId = done.body['accountId'] as string;
    assert.equal(accountId, session.accountId);
    assert.deepEqual(harness.linked.filter((entry) => entry.accountId === accountId), [{ accountId, user: 'ada' }]);

    // A reload of the page asks again: the same answer, onLinked not again.
    assert.deepEqual(await (await ada.fetch(`${api}/link/hosted/${ref}`)).json(), { status: 'linked', accountId });
    assert.equal(harness.linked.filter((entry) => entry.accountId === accountId).length, 1);
    // The account is ada's now: her account routes open.
    assert.equal((await ada.fetch(`${api}/accounts/${accountId}`)).status, 200);
  });

  test('a replayed or foreign ref links nothing for anyone else: 404 as for an unknown ref', async () => {
    const ada = new Browser('ada');
    const { url, ref } = (await (await start(ada, { redirectUrl: page })).json()) as { url: string; ref: string };
    await playHostedPage(url);
    // Let the webhook land before the wrong people ask.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const before = harness.linked.length;

    const stranger = new Browser('eve'); // no cookie at all
    const eveOwn = new Browser('eve');
    await start(eveOwn, { redirectUrl: page }); // a cookie, for her own ref
    const eveForged = new Browser('eve');
    const [, binding] = [...eveOwn.cookies][0]!;
    eveForged.cookies.set(`mono_ref_${ref}`, binding); // her binding under ada's ref
    const sameBrowserOtherUser = new Browser('eve');
    for (const [name, value] of ada.cookies) sameBrowserOtherUser.cookies.set(name, value); // ada's cookies, eve signed in
    const unknown = new Browser('ada');
    for (const [name, value] of ada.cookies) unknown.cookies.set(name, value);

    for (const [who, browser, path] of [
      ['no cookie', stranger, ref],
      ['another ref’s cookie', eveOwn, ref],
      ['a forged binding', eveForged, ref],
      ['the right cookie, another user', sameBrowserOtherUser, ref],
      ['an unknown ref', unknown, 'AAAAAAAAAAAAAAAAAAAAAA'],
      ['a malformed ref', unknown, 'not-a-ref'],
    ] as const) {
      const answer = await browser.fetch(`${api}/link/hosted/${path}`);
      assert.equal(answer.status, 404, who);
      assert.deepEqual(((await answer.json()) as { error: { code: string } }).error.code, 'HOSTED_LINK_NOT_FOUND', who);
    }
    // Nobody signed in: refused before anything is looked up.
    assert.equal((await new Browser().fetch(`${api}/link/hosted/${ref}`)).status, 403);
    assert.equal(harness.linked.length, before, 'onLinked ran for nobody');

    // Ada, with her cookie, still gets it, once.
    const done = await pollStatus(ada, harness.instances[0]!.url, ref);
    assert.equal(done.body['status'], 'linked');
    assert.deepEqual(harness.linked.slice(before), [{ accountId: done.body['accountId'], user: 'ada' }]);
  });

  test('several links at once in one browser: one cookie each, none overwrites another', async () => {
    const ada = new Browser('ada');
    const first = (await (await start(ada, { redirectUrl: page })).json()) as { url: string; ref: string };
    const second = (await (await start(ada, { redirectUrl: page })).json()) as { url: string; ref: string };
    assert.notEqual(first.ref, second.ref);
    assert.equal(ada.cookies.size, 2);
    await playHostedPage(second.url);
    assert.equal((await pollStatus(ada, harness.instances[0]!.url, second.ref)).body['status'], 'linked');
    assert.deepEqual(await (await ada.fetch(`${api}/link/hosted/${first.ref}`)).json(), { status: 'pending' });
  });

  test('cancel on the hosted page: back to the page, still pending (Mono sends no webhook); a bank refusal: failed', async () => {
    const ada = new Browser('ada');
    const cancelled = (await (await start(ada, { redirectUrl: page })).json()) as { url: string; ref: string };
    const back = await playHostedPage(cancelled.url, { cancel: true });
    assert.equal(new URL(back).searchParams.get('mono_ref'), cancelled.ref);
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.deepEqual(await (await ada.fetch(`${api}/link/hosted/${cancelled.ref}`)).json(), { status: 'pending' });
    // The page is used up.
    assert.equal((await fetch(cancelled.url)).status, 404);

    const refused = (await (await start(ada, { redirectUrl: page })).json()) as { url: string; ref: string };
    await playHostedPage(refused.url, { password: 'fail' });
    assert.deepEqual((await pollStatus(ada, harness.instances[0]!.url, refused.ref)).body, { status: 'failed' });
  });

  test('re-authorising an owned account goes through the same route (scope reauth); a foreign one is 403 and Mono hears nothing', async () => {
    const ada = new Browser('ada');
    const owned = [...harness.owners.get('ada')!][0]!;
    const started = await start(ada, { redirectUrl: page, accountId: owned });
    assert.equal(started.status, 200);
    const { url, ref } = (await started.json()) as { url: string; ref: string };
    const session = harness.simulator.hostedSessions.at(-1)!;
    assert.equal(session.scope, 'reauth');
    assert.equal(session.accountId, owned);
    assert.equal(session.ref, ref);
    const before = harness.linked.length;
    await playHostedPage(url, { reauth: true });
    // Mono's account_reauthorized names the account, not the ref: the proxy matches it on the account.
    const done = await pollStatus(ada, harness.instances[0]!.url, ref);
    assert.deepEqual(done.body, { status: 'linked', accountId: owned });
    assert.deepEqual(harness.linked.slice(before), [{ accountId: owned, user: 'ada' }]);

    const eve = new Browser('eve');
    const initiated = harness.simulator.requests.filter((request) => request.path === '/v2/accounts/initiate').length;
    const foreign = await start(eve, { redirectUrl: page, accountId: owned });
    assert.equal(foreign.status, 403);
    assert.equal(eve.cookies.size, 0);
    assert.equal(harness.simulator.requests.filter((request) => request.path === '/v2/accounts/initiate').length, initiated);
  });

  test('which webhooks settle a ref: account_updated with it (account_connected missed); for a reauth, only that account', async () => {
    const post = (body: unknown) =>
      fetch(`${api}/webhooks`, { method: 'POST', headers: { 'content-type': 'application/json', 'mono-webhook-secret': WEBHOOK_SECRET }, body: JSON.stringify(body) });
    const ada = new Browser('ada');
    const fresh = '6979274350b9c321c14524b1';
    const link = (await (await start(ada, { redirectUrl: page })).json()) as { ref: string };
    assert.equal((await post({ event: 'mono.events.account_updated', data: { account: { _id: fresh }, meta: { data_status: 'AVAILABLE', ref: link.ref } } })).status, 200);
    assert.deepEqual(await (await ada.fetch(`${api}/link/hosted/${link.ref}`)).json(), { status: 'linked', accountId: fresh });
    // A failure after the success changes nothing.
    assert.equal((await post({ event: 'mono.events.account_connected.failed', data: { meta: { ref: link.ref } } })).status, 200);
    assert.deepEqual(await (await ada.fetch(`${api}/link/hosted/${link.ref}`)).json(), { status: 'linked', accountId: fresh });

    const owned = [...harness.owners.get('ada')!][0]!;
    const reauth = (await (await start(ada, { redirectUrl: page, accountId: owned })).json()) as { ref: string };
    // Another account under the reauth's ref is not this re-authorisation.
    assert.equal((await post({ event: 'mono.events.account_connected', data: { id: fresh, meta: { ref: reauth.ref } } })).status, 200);
    assert.deepEqual(await (await ada.fetch(`${api}/link/hosted/${reauth.ref}`)).json(), { status: 'pending' });
    // account_reauthorized names the account alone.
    assert.equal((await post({ event: 'mono.events.account_reauthorized', data: { account: { _id: owned } } })).status, 200);
    assert.deepEqual(await (await ada.fetch(`${api}/link/hosted/${reauth.ref}`)).json(), { status: 'linked', accountId: owned });
  });

  test('a webhook for a ref the proxy never started, or with none, changes nothing and is answered 200', async () => {
    const post = (body: unknown) =>
      fetch(`${api}/webhooks`, { method: 'POST', headers: { 'content-type': 'application/json', 'mono-webhook-secret': WEBHOOK_SECRET }, body: JSON.stringify(body) });
    const connected = (ref: unknown, id: string) => ({ event: 'mono.events.account_connected', data: { id, customer: 'c1', meta: { ref } } });
    assert.equal((await post(connected('AAAAAAAAAAAAAAAAAAAAAA', '5f9a0c1b2d3e4f5a6b7c8d99'))).status, 200);
    assert.equal((await post(connected({ nested: true }, '5f9a0c1b2d3e4f5a6b7c8d98'))).status, 200);
    assert.equal((await post({ event: 'mono.events.account_connected.failed', data: 'not an object' })).status, 400);
  });

  test('malformed requests are 4xx answers, never a crash', async () => {
    const ada = new Browser('ada');
    const cases: [string, RequestInit, number, string?][] = [
      ['not JSON', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"redirectUrl":' }, 400],
      ['not JSON at all', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'hello' }, 415],
      ['an array', postJson([page]), 400, 'INVALID_BODY'],
      ['null', postJson('null'), 400, 'INVALID_BODY'],
      ['no redirectUrl', postJson({}), 400, 'INVALID_REDIRECT_URL'],
      ['redirectUrl a number', postJson({ redirectUrl: 42 }), 400, 'INVALID_REDIRECT_URL'],
      ['accountId a number', postJson({ redirectUrl: page, accountId: 7 }), 400, 'INVALID_ACCOUNT_ID'],
      ['accountId with a slash', postJson({ redirectUrl: page, accountId: '../x' }), 400, 'INVALID_ACCOUNT_ID'],
      ['a huge body', postJson({ redirectUrl: `${page}${'x'.repeat(10_000)}` }), 413],
    ];
    for (const [what, init, status, code] of cases) {
      const answer = await ada.fetch(`${api}/link/hosted`, init);
      assert.equal(answer.status, status, what);
      if (code) assert.equal(((await answer.json()) as { error: { code: string } }).error.code, code, what);
    }
    assert.equal((await ada.fetch(`${api}/link/hosted`)).status, 405);
    assert.equal((await ada.fetch(`${api}/link/hosted/AAAAAAAAAAAAAAAAAAAAAA`, postJson({}))).status, 405);
    assert.equal((await ada.fetch(`${api}/link/hosted/a%2Fb`)).status, 400);
    assert.equal((await ada.fetch(`${api}/link/hosted/a/b`)).status, 404);
    assert.equal(ada.cookies.size, 0, 'no session was started');
  });
});

describe('hosted link: lifetime and options', () => {
  test('after hostedLinkTtlMs the ref is unknown (404) and the cookie has expired with it', async () => {
    const harness = await startHostedHarness({ proxy: { hostedLinkTtlMs: 1000 } });
    try {
      const api = `${harness.instances[0]!.url}/api/mono`;
      const ada = new Browser('ada');
      const { url, ref } = (await (await ada.fetch(`${api}/link/hosted`, postJson({ redirectUrl: `${harness.instances[0]!.url}/` }))).json()) as { url: string; ref: string };
      assert.match(ada.setCookies[0]!, /Max-Age=1;/);
      assert.equal((await ada.fetch(`${api}/link/hosted/${ref}`)).status, 200);
      await new Promise((resolve) => setTimeout(resolve, 1100));
      // The webhook for an expired ref finds nothing, and the poll is 404.
      await playHostedPage(url);
      await new Promise((resolve) => setTimeout(resolve, 200));
      assert.equal((await ada.fetch(`${api}/link/hosted/${ref}`)).status, 404);
      assert.equal(harness.linked.length, 0);
    } finally {
      await harness.close();
    }
  });

  test('without a customer option a new hosted link is a clear 500 (Mono links to a customer); a user customer() refuses is 403', async () => {
    const harness = await startHostedHarness({ proxy: { customer: undefined } });
    const refusing = await startHostedHarness({ proxy: { customer: () => null } });
    try {
      for (const [h, status] of [[harness, 500], [refusing, 403]] as const) {
        const answer = await new Browser('ada').fetch(`${h.instances[0]!.url}/api/mono/link/hosted`, postJson({ redirectUrl: `${h.instances[0]!.url}/` }));
        assert.equal(answer.status, status);
        assert.equal(((await answer.json()) as { error: { code: string } }).error.code, 'CUSTOMER_REQUIRED');
        assert.equal(h.simulator.requests.filter((request) => request.path === '/v2/accounts/initiate').length, 0);
      }
    } finally {
      await harness.close();
      await refusing.close();
    }
  });

  test('Secure when the browser came over https: trustProxy reads X-Forwarded-Proto/Host; without it, an https page on the same host', async () => {
    const trusting = await startHostedHarness({ proxy: { trustProxy: true } });
    const plain = await startHostedHarness();
    try {
      const a = new Browser('ada');
      const viaProxy = await a.fetch(`${trusting.instances[0]!.url}/api/mono/link/hosted`, {
        ...postJson({ redirectUrl: 'https://bank.example.test/back' }),
        headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https', 'x-forwarded-host': 'bank.example.test' },
      });
      assert.equal(viaProxy.status, 200);
      assert.match(a.setCookies[0]!, /; Secure$/);

      const b = new Browser('ada');
      const host = new URL(plain.instances[0]!.url).host;
      // Not trusted: the forwarded host is ignored, so another host is refused…
      const forged = await b.fetch(`${plain.instances[0]!.url}/api/mono/link/hosted`, {
        ...postJson({ redirectUrl: 'https://bank.example.test/back' }),
        headers: { 'content-type': 'application/json', 'x-forwarded-host': 'bank.example.test' },
      });
      assert.equal(forged.status, 400);
      // …and https on the request's own host is an upgrade, allowed, with a Secure cookie.
      const upgraded = await b.fetch(`${plain.instances[0]!.url}/api/mono/link/hosted`, postJson({ redirectUrl: `https://${host}/back` }));
      assert.equal(upgraded.status, 200);
      assert.match(b.setCookies[0]!, /; Secure$/);
      const http = await new Browser('ada').fetch(`${plain.instances[0]!.url}/api/mono/link/hosted`, postJson({ redirectUrl: `http://${host}/back` }));
      assert.equal(http.status, 200);
      assert.doesNotMatch(http.headers.get('set-cookie')!, /Secure/);
    } finally {
      await trusting.close();
      await plain.close();
    }
  });
});
