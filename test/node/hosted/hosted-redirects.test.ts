import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createMonoProxy } from '../../../src/server/index.js';
import { Browser, postJson, startHostedHarness, type HostedHarness } from './hosted-harness.js';

describe('POST /link/hosted: no open redirect', () => {
  let harness: HostedHarness;
  let api: string;
  let own: URL;

  before(async () => {
    harness = await startHostedHarness({
      proxy: { allowedRedirects: ['https://app.example.test', 'https://www.example.test/bank/', 'https://shop.example.test/back'] },
    });
    own = new URL(harness.instances[0]!.url);
    api = `${own.origin}/api/mono`;
  });
  after(() => harness.close());

  const initiated = () => harness.simulator.requests.filter((request) => request.path === '/v2/accounts/initiate').length;

  test('hostile redirect URLs are 400 INVALID_REDIRECT_URL, and Mono hears of none of them', async () => {
    const port = Number(own.port);
    const hostile = [
      'javascript:alert(document.cookie)',
      'JaVaScRiPt:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      '//evil.example.test/',
      '///evil.example.test/',
      '/\\evil.example.test/',
      '/relative/path',
      'relative',
      '',
      ' ',
      `http:${own.host}/path`,
      `http:/${own.host}/path`,
      `http:\\\\${own.host}\\path`,
      `http://${own.host}\\@evil.example.test/`,
      `http://evil.example.test\\@${own.host}/`,
      `http://${own.host}@evil.example.test/`,
      `http://user:pass@${own.host}/`,
      `http://evil.example.test#@${own.host}/`,
      `http://evil.example.test?@${own.host}/`,
      `http://${own.hostname}:${port + 1}/`,
      `http://${own.hostname}/`,
      `http://localhost:${port}/`,
      `http://${own.host}.evil.example.test/`,
      `http://evil.example.test/${own.host}/`,
      ` http://${own.host}/`,
      `http://${own.host}/\n`,
      `http://${own.host}/\tx`,
      `http://${own.host}/\u0000`,
      `ftp://${own.host}/`,
      `ws://${own.host}/`,
      `file:///etc/passwd`,
      'https://app.example.test.evil.example.test/',
      'https://evil.example.test/https://app.example.test',
      'http://app.example.test/', // allowed only over https
      'https://app.example.test:8443/',
      'https://www.example.test/bankrupt', // prefix /bank/ matches at a /
      'https://www.example.test/bank', // the prefix is /bank/
      'https://www.example.test/',
      'https://www.example.test/bank/../admin',
      'https://www.example.test/bank/%2e%2e/admin',
      'https://shop.example.test/backdoor',
      'https://shop.example.test/',
      'https://xn--pple-43d.example.test/', // аpple, Cyrillic а
      `https://${'a'.repeat(3000)}.example.test/`,
      42,
      null,
      ['https://app.example.test/'],
      { href: 'https://app.example.test/' },
    ];
    const before = initiated();
    for (const redirectUrl of hostile) {
      const answer = await new Browser('ada').fetch(`${api}/link/hosted`, postJson({ redirectUrl }));
      assert.equal(answer.status, 400, `refused: ${JSON.stringify(redirectUrl)}`);
      assert.equal(((await answer.json()) as { error: { code: string } }).error.code, 'INVALID_REDIRECT_URL', JSON.stringify(redirectUrl));
      assert.equal(answer.headers.get('set-cookie'), null);
    }
    assert.equal(initiated(), before, 'nothing reached Mono');
  });

  test('the request’s own origin, and allowedRedirects (whole origins, or a path and below), are accepted; the query and fragment survive', async () => {
    const allowed: [string, string][] = [
      [`${own.origin}/`, `${own.origin}/?mono_ref=`],
      [`${own.origin}/a/b?x=1&y=%20z#frag`, `${own.origin}/a/b?x=1&y=%20z&mono_ref=`],
      [`https://${own.host}/upgraded`, `https://${own.host}/upgraded?mono_ref=`],
      ['https://app.example.test/anything/at/all?q', 'https://app.example.test/anything/at/all?q&mono_ref='],
      ['HTTPS://APP.EXAMPLE.TEST/Case', 'https://app.example.test/Case?mono_ref='],
      ['https://www.example.test/bank/', 'https://www.example.test/bank/?mono_ref='],
      ['https://www.example.test/bank/link?step=2', 'https://www.example.test/bank/link?step=2&mono_ref='],
      ['https://shop.example.test/back', 'https://shop.example.test/back?mono_ref='],
      ['https://shop.example.test/back/there', 'https://shop.example.test/back/there?mono_ref='],
      [`${own.origin}/?mono_ref=stale`, `${own.origin}/?mono_ref=`],
    ];
    for (const [redirectUrl, sent] of allowed) {
      const answer = await new Browser('ada').fetch(`${api}/link/hosted`, postJson({ redirectUrl }));
      assert.equal(answer.status, 200, redirectUrl);
      const { ref } = (await answer.json()) as { ref: string };
      const session = harness.simulator.hostedSessions.at(-1)!;
      const expected = sent.replace('mono_ref=', `mono_ref=${ref}`) + (redirectUrl.endsWith('#frag') ? '#frag' : '');
      assert.equal(session.redirectUrl, expected, redirectUrl);
    }
  });

  test('allowedRedirects entries are checked when the proxy is created', () => {
    const make = (allowedRedirects: unknown) => () => createMonoProxy({ secretKey: 'test_sk_x', allowedRedirects: allowedRedirects as string[] });
    for (const entry of ['example.test', '//example.test', 'javascript:x', 'https://u@example.test', 'https://example.test/?q=1', 'https://example.test/#f', 'ftp://example.test']) {
      assert.throws(make([entry]), TypeError, entry);
    }
    assert.throws(make('https://example.test'), TypeError);
    assert.doesNotThrow(make(['https://example.test', 'http://localhost:5173/bank/']));
  });
});
