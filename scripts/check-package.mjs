// npm run test:package: what a reviewer checks on the package as published,
// after `npm run build`. The checks are independent, so they run together
// (about 30 s instead of a minute). Each one's output is shown only when it
// fails, and the run fails if any does.
//   wrappers      src/react and src/vue match custom-elements.json
//   lit-analyzer  zero findings in the elements' templates and styles
//   publint       package.json "exports", "files" and friends
//   attw          every entry has types, for node16 ESM and bundlers
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
const bin = (path) => new URL(`../node_modules/${path}`, import.meta.url).pathname;

const checks = [
  ['wrappers', [process.execPath, 'scripts/generate-wrappers.mjs', '--check']],
  ['lit-analyzer', [process.execPath, 'scripts/check-lit.mjs']],
  ['publint', [process.execPath, bin('publint/src/cli.js'), '--strict']],
  ['attw', [process.execPath, bin('@arethetypeswrong/cli/dist/index.js'), '--pack', '--profile', 'esm-only', '--format', 'ascii']],
];

if (!existsSync(new URL('../dist/index.js', import.meta.url))) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

/** Runs one check to its end; resolves with its exit code, output and time. */
function run([name, [command, ...args]]) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env: { ...process.env, FORCE_COLOR: '0' } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve({ name, code: 1, output: String(error), seconds: 0 }));
    child.on('close', (code) => resolve({ name, code: code ?? 1, output, seconds: (Date.now() - started) / 1000 }));
  });
}

const results = await Promise.all(checks.map(run));
for (const { name, code, output, seconds } of results) {
  console.log(`${code === 0 ? 'ok  ' : 'FAIL'} ${name} (${seconds.toFixed(1)} s)`);
  if (code !== 0) console.log(output.trim().replace(/^/gm, '     '));
}
if (results.some((result) => result.code !== 0)) process.exitCode = 1;
