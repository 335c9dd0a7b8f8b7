// npm run build:
//   dist/**            unbundled ES modules + .d.ts for bundlers (Lit stays a dependency)
//   dist/cdn/…         one ES module with Lit inside, lazy parts as sibling chunks
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { build } from 'vite';

const root = new URL('..', import.meta.url);
rmSync(new URL('dist', root), { recursive: true, force: true });

execFileSync(process.execPath, [new URL('node_modules/typescript/bin/tsc', root).pathname, '-p', 'tsconfig.build.json'], {
  stdio: 'inherit',
  cwd: root,
});
await build({ configFile: new URL('vite.cdn.config.ts', root).pathname, logLevel: 'warn' });
console.log('built dist/ (npm entries) and dist/cdn/mono-connect-elements.js');
