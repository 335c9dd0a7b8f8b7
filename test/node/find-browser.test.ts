import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const script = new URL('../../scripts/find-browser.mjs', import.meta.url).pathname;
const withBrowser = new URL('../../scripts/with-browser.mjs', import.meta.url).pathname;

test('CHROME_PATH wins when it points at an executable', () => {
  const dir = mkdtempSync(join(tmpdir(), 'browser-'));
  const fake = join(dir, 'my-chrome');
  writeFileSync(fake, '#!/bin/sh\nexit 0\n');
  chmodSync(fake, 0o755);
  const found = execFileSync(process.execPath, [script], { encoding: 'utf8', env: { ...process.env, CHROME_PATH: fake } });
  assert.equal(found.trim(), fake);
});

test('a CHROME_PATH that is not an executable is an error that names it', () => {
  const result = spawnSync(process.execPath, [script], { encoding: 'utf8', env: { ...process.env, CHROME_PATH: '/nonexistent/chrome' } });
  assert.equal(result.status, 1);
  assert.match(result.stderr, /CHROME_PATH is set to \/nonexistent\/chrome/);
});

test('with-browser runs the command with CHROME_PATH set to the browser found', () => {
  const dir = mkdtempSync(join(tmpdir(), 'browser-'));
  const fake = join(dir, 'my-chrome');
  writeFileSync(fake, '#!/bin/sh\nexit 0\n');
  chmodSync(fake, 0o755);
  const output = execFileSync(process.execPath, [withBrowser, process.execPath, '-p', 'process.env.CHROME_PATH'], {
    encoding: 'utf8',
    env: { ...process.env, CHROME_PATH: fake },
  });
  assert.equal(output.trim(), fake);
});
