// Starts WebKitWebDriver on a private Xvfb display, for the WebKit test run.
// WebKitGTK's MiniBrowser has no headless mode, so it needs an X display; an
// Xvfb of our own keeps windows off a developer's desktop and works on CI.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

/** A TCP port that was free a moment ago (the driver binds it right after). */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts Xvfb on the first free display and resolves with its name (":N"). */
function startXvfb(xvfb) {
  // -displayfd: Xvfb picks a free display itself and writes its number once ready.
  const child = spawn(xvfb, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdio[3].on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolve({ child, display: `:${out.trim()}` });
    });
    child.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it was ready:\n${stderr}`)));
    child.once('error', reject);
  });
}

async function waitForStatus(url, driver, deadline) {
  for (;;) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited (${driver.exitCode}) before it answered.`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`WebKitWebDriver did not answer ${url} within 10 s.`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Starts Xvfb and WebKitWebDriver. Resolves with the driver's port and a
 * synchronous stop() (it must run in a process 'exit' handler).
 */
export async function startWebKitDriver({ driver, xvfb }) {
  const x = await startXvfb(xvfb);
  const port = await freePort();
  const webDriver = spawn(driver, [`--port=${port}`, '--host=local'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DISPLAY: x.display },
  });
  const stop = () => {
    // The driver ends the MiniBrowser it started; Xvfb goes last.
    webDriver.kill();
    x.child.kill();
  };
  try {
    await waitForStatus(`http://127.0.0.1:${port}/status`, webDriver, Date.now() + 10000);
  } catch (error) {
    stop();
    throw error;
  }
  // Neither child may keep the test runner alive once it is done.
  webDriver.unref();
  x.child.unref();
  for (const stream of [x.child.stderr, x.child.stdio[3]]) stream.destroy();
  return { port, display: x.display, stop };
}
