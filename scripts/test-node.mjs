// Runs the Node tests (node:test, TypeScript through tsx). Node 20's --test
// does not expand globs itself, so the files are listed here.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const files = readdirSync(join(root, 'test/node'), { recursive: true })
  .filter((file) => String(file).endsWith('.test.ts'))
  .map((file) => join('test/node', String(file)))
  .sort();
if (files.length === 0) {
  console.error('No Node tests found under test/node.');
  process.exit(1);
}
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...process.argv.slice(2), ...files], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
