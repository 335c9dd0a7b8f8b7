// npm run build:
//   dist/**            unbundled ES modules + .d.ts for bundlers (Lit stays a dependency)
//   dist/core/widget/connect-js.js   @mono.co/connect.js's own sources without
//                      axios (scripts/connect-js.mjs), which connect-loader.js imports
//   dist/cdn/…         one ES module with Lit inside, lazy parts as sibling chunks
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { build } from 'vite';
import { CONNECT_JS_IMPORTERS, CONNECT_JS_LICENCE_FILE, connectJsLicence, connectJsModule } from './connect-js.mjs';
import { minifyCssLiterals } from './minify-css-literals.mjs';

const root = new URL('..', import.meta.url);
rmSync(new URL('dist', root), { recursive: true, force: true });

execFileSync(process.execPath, [new URL('node_modules/typescript/bin/tsc', root).pathname, '-p', 'tsconfig.build.json'], {
  stdio: 'inherit',
  cwd: root,
});
// tsc keeps css`…` literals as written; bundlers pass them through as they are.
const dist = new URL('dist', root).pathname;
for (const file of readdirSync(dist, { recursive: true })) {
  if (!String(file).endsWith('.js')) continue;
  const path = join(dist, String(file));
  const code = readFileSync(path, 'utf8');
  if (/\bcss\s*`/.test(code)) writeFileSync(path, minifyCssLiterals(code));
}
// connect.js for bundlers: our modules that import the package import our
// module of Mono's sources instead, so a consumer's bundler never resolves the
// package (nor the axios in its main).
const connectJsPath = join(dist, 'core/widget/connect-js.js');
writeFileSync(connectJsPath, await connectJsModule());
writeFileSync(join(dirname(connectJsPath), CONNECT_JS_LICENCE_FILE), connectJsLicence());
for (const importer of CONNECT_JS_IMPORTERS) {
  const path = join(dist, `${importer}.js`);
  const code = readFileSync(path, 'utf8');
  const specifier = /import\((['"])@mono\.co\/connect\.js\1\)/g;
  if (!specifier.test(code)) throw new Error(`${path}: no import('@mono.co/connect.js') to point at connect-js.js`);
  writeFileSync(path, code.replace(specifier, `import('${relative(dirname(path), connectJsPath).replaceAll('\\', '/').replace(/^(?!\.)/, './')}')`));
}
for (const file of readdirSync(dist, { recursive: true })) {
  const code = String(file).endsWith('.js') ? readFileSync(join(dist, String(file)), 'utf8') : '';
  if (/(\bfrom|\bimport\(?)\s*['"](@mono\.co\/connect\.js|axios)\b/.test(code)) throw new Error(`dist/${file} imports @mono.co/connect.js or axios`);
}
await build({ configFile: new URL('vite.cdn.config.ts', root).pathname, logLevel: 'warn' });
// The CDN file's types (dist/cdn/index.d.ts), after Vite has emptied dist/cdn/.
execFileSync(process.execPath, [new URL('node_modules/typescript/bin/tsc', root).pathname, '-p', 'tsconfig.cdn-types.json'], {
  stdio: 'inherit',
  cwd: root,
});
console.log('built dist/ (npm entries) and dist/cdn/mono-connect-elements.js');
