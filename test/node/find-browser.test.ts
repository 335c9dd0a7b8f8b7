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

const engines = new URL('../../scripts/find-engines.mjs', import.meta.url).pathname;

test('FIREFOX_PATH and the WebKit overrides win when they point at executables', () => {
  const dir = mkdtempSync(join(tmpdir(), 'browser-'));
  const fake = (name: string) => {
    const path = join(dir, name);
    writeFileSync(path, '#!/bin/sh\nexit 0\n');
    chmodSync(path, 0o755);
    return path;
  };
  const env = {
    ...process.env,
    FIREFOX_PATH: fake('my-firefox'),
    MINIBROWSER_PATH: fake('my-minibrowser'),
    WEBKIT_DRIVER_PATH: fake('my-driver'),
    XVFB_PATH: fake('my-xvfb'),
    OPENSSL_PATH: fake('my-openssl'),
  };
  const found = JSON.parse(execFileSync(process.execPath, [engines, 'firefox', 'webkit'], { encoding: 'utf8', env }));
  assert.deepEqual(found, {
    firefox: { firefox: env.FIREFOX_PATH },
    webkit: { miniBrowser: env.MINIBROWSER_PATH, driver: env.WEBKIT_DRIVER_PATH, xvfb: env.XVFB_PATH, openssl: env.OPENSSL_PATH },
  });
});

test('an override that is not an executable is an error that names it, before any install', () => {
  for (const [name, engine] of [['FIREFOX_PATH', 'firefox'], ['MINIBROWSER_PATH', 'webkit']]) {
    const result = spawnSync(process.execPath, [engines, engine], { encoding: 'utf8', env: { ...process.env, [name]: '/nonexistent/browser' } });
    assert.equal(result.status, 1);
    assert.match(result.stderr, new RegExp(`${name} is set to /nonexistent/browser`));
    assert.doesNotMatch(result.stdout, /apt-get/);
  }
});
