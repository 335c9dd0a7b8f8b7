// `npm start` as a newcomer runs it: the URL it prints must be where the demo
// really is, also when port 5173 is already taken (Vite then moves on quietly).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

const root = new URL('../../../', import.meta.url).pathname;

/** Runs scripts/start.ts (what `npm start` runs) until it prints a URL; resolves with that URL and a stop(). */
async function start(port?: number): Promise<{ url: string; output: () => string; stop: () => Promise<void> }> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env['MONO_PUBLIC_KEY'];
  delete env['MONO_SECRET_KEY'];
  if (port === undefined) delete env['PORT'];
  else env['PORT'] = String(port);
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    child.kill();
    await exited;
  };
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no URL printed within 30 s:\n${output}`)), 30000);
      const look = () => {
        const found = /Open (http\S+)/.exec(output)?.[1];
        if (found) {
          clearTimeout(timer);
          resolve(found);
        }
      };
      child.stdout.on('data', look);
      child.once('exit', (code) => reject(new Error(`npm start exited (${code}) before printing a URL:\n${output}`)));
    });
    return { url, output: () => output, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The demo's page and its backend, at `url`, or an assertion error. */
async function assertDemoAt(url: string): Promise<void> {
  const page = await fetch(url);
  assert.equal(page.status, 200);
  assert.match(await page.text(), /<title>mono-connect-elements demo<\/title>/);
  const config = await fetch(new URL('/api/demo/config', url));
  assert.deepEqual(await config.json(), { mode: 'sandbox', publicKey: 'test_pk_sandbox_demo' });
}

/** An HTTP server on 127.0.0.1:port that is not the demo, or undefined if the port is taken already. */
function occupy(port: number): Promise<Server | undefined> {
  const server = createServer((_request, response) => response.end('not the demo'));
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => (error.code === 'EADDRINUSE' ? resolve(undefined) : reject(error)));
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

test('npm start prints the URL it listens on, and the demo answers there', async () => {
  // A port that was free a moment ago, so this test does not depend on 5173.
  const probe = await occupy(0);
  const port = (probe!.address() as AddressInfo).port;
  await new Promise((resolve) => probe!.close(resolve));
  const demo = await start(port);
  try {
    assert.equal(new URL(demo.url).port, String(port));
    await assertDemoAt(demo.url);
  } finally {
    await demo.stop();
  }
});

test('with 5173 taken, npm start says so and prints the port it moved to', async () => {
  // If something else holds 5173 already, it is just as taken.
  const blocker = await occupy(5173);
  try {
    const demo = await start();
    try {
      assert.notEqual(new URL(demo.url).port, '5173');
      assert.match(demo.output(), /Port 5173 is in use, so the demo took port \d+\./);
      await assertDemoAt(demo.url);
    } finally {
      await demo.stop();
    }
  } finally {
    await new Promise((resolve) => (blocker ? blocker.close(resolve) : resolve(undefined)));
  }
});
