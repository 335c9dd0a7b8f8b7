// @mono.co/connect.js as every build we ship carries it: its own CommonJS
// sources (connect.js + utils.js) as one ES module, without axios. The
// package's `main` is a webpack bundle with axios inside (16.5 KB gzip), used
// only by connect.prototype.fetchInstitutions(), which this library never
// calls; here that method rejects with an error that says why. Built from
// node_modules each time, never copied into src/:
//   scripts/build.mjs      writes it to dist/core/widget/connect-js.js, which
//                          the dist/ modules that imported the package import
//                          instead, so a consumer's bundler never sees it or axios
//   connectJsPlugin()      the same module for Vite/Rolldown (the CDN file,
//                          scripts/bundle-size.mjs) and the test runner
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';

const require = createRequire(import.meta.url);
const packageDir = dirname(require.resolve('@mono.co/connect.js/package.json'));
const { version, license } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
const licenceText = readFileSync(join(packageDir, 'LICENSE'), 'utf8');
const copyright = licenceText.match(/^Copyright .*$/m)?.[0] ?? 'Copyright Mono';

/** The modules that import connect.js (src/…ts, or their builds in dist/): the loader, and the link controller that starts it early. */
export const CONNECT_JS_IMPORTERS = ['core/widget/connect-loader', 'elements/link-button/link-controller'];
const IMPORTER = new RegExp(`/(${CONNECT_JS_IMPORTERS.join('|')})\\.[jt]s$`);
// A file that does not exist, inside the package: load() gives its code. A
// path rather than a virtual \0 id, so the test runner serves it under the
// package's URL and bundles name its chunk after connect.js.
const ID = join(packageDir, 'connect-without-axios.js');

/** Mono's licence, to ship beside the module. */
export const connectJsLicence = () => licenceText;

/** The file name of that licence next to the module. */
export const CONNECT_JS_LICENCE_FILE = 'connect-js.LICENSE.txt';

// What stands in for axios (CommonJS, as connect.js requires it: `require('axios').default`):
// fetchInstitutions() is `return axios.get(url)`.
const AXIOS_STAND_IN = `exports.default = { get: () => Promise.reject(new Error(
  "fetchInstitutions() needs axios, left out of mono-connect-elements: list banks with <mono-institution-picker> or your backend's /institutions"
)) };`;

/** Kept at the top of every copy: a minifier that drops comments gets it back in generateBundle. */
const BANNER = `/*! @mono.co/connect.js ${version}, without axios | ${license} License, ${copyright} | ${CONNECT_JS_LICENCE_FILE} */`;

let cached;

/** The ES module's source (not minified: a consumer's bundler or our CDN build minifies it). */
export function connectJsModule() {
  cached ??= build({
    // Module names (kept as keys by the CommonJS wrapper) relative to the package.
    absWorkingDir: packageDir,
    entryPoints: ['./connect.js'],
    bundle: true,
    write: false,
    format: 'esm',
    target: 'es2020',
    platform: 'browser',
    legalComments: 'none',
    banner: { js: BANNER },
    plugins: [
      {
        name: 'without-axios',
        setup(build) {
          build.onResolve({ filter: /^axios$/ }, () => ({ path: 'axios', namespace: 'without-axios' }));
          build.onLoad({ filter: /.*/, namespace: 'without-axios' }, () => ({ contents: AXIOS_STAND_IN, loader: 'js' }));
        },
      },
    ],
  }).then((result) => result.outputFiles[0].text);
  return cached;
}

/**
 * Resolves our `import('@mono.co/connect.js')` to that module:
 * a Rollup/Vite/Rolldown plugin (the test runner takes it through fromRollup).
 * Other importers (the bench's connect.js-used-directly page) still get the
 * package's own bundle.
 */
export function connectJsPlugin() {
  return {
    name: 'connect-js-without-axios',
    // Before Vite's own resolver, which would pick the package's `main`.
    enforce: 'pre',
    resolveId(source, importer) {
      return source === '@mono.co/connect.js' && importer && IMPORTER.test(importer.split('?')[0].replaceAll('\\', '/')) ? ID : null;
    },
    load(id) {
      return id === ID ? connectJsModule() : null;
    },
    // The banner on the chunk that carries Mono's code (minifying drops it),
    // and Mono's licence beside it, as the banner says.
    generateBundle(_options, bundle) {
      const chunk = Object.values(bundle).find((item) => item.type === 'chunk' && ID in item.modules);
      if (!chunk) return;
      if (!chunk.code.startsWith(BANNER)) chunk.code = `${BANNER}\n${chunk.code}`;
      const folder = chunk.fileName.includes('/') ? chunk.fileName.replace(/[^/]*$/, '') : '';
      this.emitFile({ type: 'asset', fileName: `${folder}${CONNECT_JS_LICENCE_FILE}`, source: licenceText });
    },
  };
}
