// npm run build:
//   dist/**            unbundled ES modules + .d.ts for bundlers (Lit stays a dependency)
//   dist/cdn/…         one ES module with Lit inside, lazy parts as sibling chunks
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
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
await build({ configFile: new URL('vite.cdn.config.ts', root).pathname, logLevel: 'warn' });
// The CDN file's types (dist/cdn/index.d.ts), after Vite has emptied dist/cdn/.
execFileSync(process.execPath, [new URL('node_modules/typescript/bin/tsc', root).pathname, '-p', 'tsconfig.cdn-types.json'], {
  stdio: 'inherit',
  cwd: root,
});
console.log('built dist/ (npm entries) and dist/cdn/mono-connect-elements.js');
