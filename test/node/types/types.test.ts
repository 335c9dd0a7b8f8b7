// The published .d.ts, as consumers compile them: TypeScript 5 (the project
// itself builds with TypeScript 7), skipLibCheck false, resolved through
// package.json "exports" to dist/ (a package may import itself by name).
// consumer.mts holds what the README promises, including
// document.addEventListener('mono-linked', e => e.detail.accountId).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const tsc = `${root}node_modules/typescript5/bin/tsc`;

/** Compiles one view of the package; resolves with tsc's diagnostics, empty when clean. */
async function compile(config: string): Promise<string> {
  try {
    await promisify(execFile)(process.execPath, [tsc, '-p', fileURLToPath(new URL(config, import.meta.url))], { cwd: root });
    return '';
  } catch (error) {
    const { stdout, stderr, message } = error as { stdout?: string; stderr?: string; message: string };
    return `${stdout ?? ''}${stderr ?? ''}` || message;
  }
}

test('TypeScript 5 compiles a consumer against dist/ with skipLibCheck false', async (t) => {
  assert.ok(existsSync(`${root}dist/index.d.ts`), 'dist/ is missing: run `npm run build` first.');
  assert.match((await import(`${root}node_modules/typescript5/package.json`, { with: { type: 'json' } })).default.version, /^5\./);
  // The two compilations are independent and slow (every .d.ts is checked): run them together.
  const [bundler, node] = await Promise.all([compile('./tsconfig.bundler.json'), compile('./tsconfig.node.json')]);
  await t.test('as a browser app sees it (bundler resolution)', () => assert.equal(bundler, '', bundler));
  await t.test('as Node sees it (NodeNext resolution)', () => assert.equal(node, '', node));
});
