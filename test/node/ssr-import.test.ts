// Importing the package on a server (Next.js, Astro, any SSR) must not touch
// `window` or `document`: the browser globals simply do not exist there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const dist = new URL('../../dist/', import.meta.url);

const ENTRIES = ['index.js', 'elements/link-button/link-button.js', 'testing/index.js', 'testing/node.js', 'server/index.js', 'react/index.js'];

// Runs in a fresh Node process: browser globals are traps that record any
// read. Lit itself feature-detects \`document\` when it loads (that is its SSR
// support, not a use), so it is loaded before the traps are set.
const probe = (entry: string) => `
  await import('lit');
  await import('lit/decorators.js');
  await import('@lit/context');
  const touched = new Set();
  for (const name of ['window', 'document', 'navigator', 'location', 'localStorage', 'sessionStorage']) {
    Object.defineProperty(globalThis, name, { configurable: true, get() { touched.add(name); return undefined; } });
  }
  const mod = await import(${JSON.stringify(new URL(entry, dist).href)});
  console.log(JSON.stringify({ touched: [...touched], exports: Object.keys(mod).sort() }));
`;

for (const entry of ENTRIES) {
  test(`importing dist/${entry} in Node touches no browser global`, () => {
    assert.ok(existsSync(new URL(entry, dist)), `dist/${entry} is missing: run npm run build first`);
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', probe(entry)], { encoding: 'utf8' });
    const { touched, exports } = JSON.parse(output.trim().split('\n').at(-1)!);
    assert.deepEqual(touched, []);
    assert.ok(exports.length > 0, 'the entry exports something');
  });
}

test('the main entry exports the public API', () => {
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', probe('index.js')], { encoding: 'utf8' });
  const { exports } = JSON.parse(output.trim().split('\n').at(-1)!);
  for (const name of ['MonoLinkButton', 'configure', 'createHttpFetcher', 'checkPublicKey', 'monoContext']) {
    assert.ok(exports.includes(name), `missing export ${name}`);
  }
});
