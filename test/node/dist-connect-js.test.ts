// connect.js as the npm package ships it (after `npm run build`): our modules
// import dist/core/widget/connect-js.js, Mono's own sources without axios, so
// a consumer's bundler never resolves @mono.co/connect.js or axios.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';

const root = new URL('../../', import.meta.url).pathname;
const connectJs = `${root}dist/core/widget/connect-js.js`;

test('dist/ is built', () => {
  assert.ok(existsSync(connectJs), 'dist/core/widget/connect-js.js is missing: run `npm run build` first');
});

test('a consumer\'s bundler, from the npm entries, never sees the package or axios; connect.js is one lazy chunk of at most 3 KB', async () => {
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: ['dist/index.js', 'dist/elements/link-button/link-button.js'],
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    write: false,
    outdir: `${root}.dist-connect-js`,
    metafile: true,
    legalComments: 'external',
  });
  assert.deepEqual(Object.keys(result.metafile.inputs).filter((input) => /axios|@mono\.co/.test(input)), []);
  const chunks = result.outputFiles.filter((file) => /connect-js-[^/]*\.js$/.test(file.path));
  assert.equal(chunks.length, 1);
  const gzip = gzipSync(chunks[0]!.contents, { level: 9 }).length;
  assert.ok(gzip <= 3 * 1024, `${gzip} B gzip > 3 KB`);
});

test('the module carries Mono\'s licence line, its licence file sits beside it, and it behaves as connect.js', async () => {
  const code = readFileSync(connectJs, 'utf8');
  assert.match(code, /^\/\*! @mono\.co\/connect\.js [\d.]+, without axios \| MIT License, Copyright .*Mono.* \| connect-js\.LICENSE\.txt \*\//);
  assert.match(readFileSync(`${root}dist/core/widget/connect-js.LICENSE.txt`, 'utf8'), /Permission is hereby granted/);
  // Outside a browser it sets no window.Connect and touches no DOM until used.
  const { default: Connect } = (await import(connectJs)) as { default: new (options: Record<string, unknown>) => Record<string, (...args: unknown[]) => unknown> };
  assert.equal(typeof Connect, 'function');
  const connect = new Connect({ key: 'test_pk_dist', onSuccess: () => {} });
  for (const method of ['setup', 'reauthorise', 'open', 'close']) assert.equal(typeof connect[method], 'function', method);
  assert.throws(() => new Connect({ onSuccess: () => {} }), /PUBLIC_KEY is required/);
  await assert.rejects(Promise.resolve(connect['fetchInstitutions']!()), /fetchInstitutions\(\) needs axios/);
});
