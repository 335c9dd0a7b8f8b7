import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, connect } from 'node:net';
import { ensureRedis } from '../../../scripts/find-redis.mjs';

/** A port that was free a moment ago (Redis's `--port 0` means "no TCP", so the port is picked here). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const answers = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.write('PING\r\n');
      socket.once('data', (data) => {
        socket.destroy();
        resolve(String(data).startsWith('+PONG'));
      });
    });
    socket.once('error', () => resolve(false));
  });

export interface RedisProcess {
  readonly url: string;
  readonly port: number;
  /** Stops the server (SIGTERM to the process this helper started) and waits for it to exit. */
  stop(): Promise<void>;
  /** Starts it again on the same port (empty: nothing is saved). */
  start(): Promise<void>;
}

/**
 * A throw-away redis-server on loopback for one test file: no persistence
 * (`--save '' --appendonly no`), its own port, stopped by the test.
 */
export async function startRedis(): Promise<RedisProcess> {
  const binary = process.env['REDIS_SERVER'] || ensureRedis();
  const port = await freePort();
  let child: ChildProcess | undefined;
  const start = async () => {
    child = spawn(binary, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--protected-mode', 'yes'], {
      stdio: 'ignore',
    });
    const exited = new Promise<void>((resolve) => child!.once('exit', () => resolve()));
    // Bounded: 100 × 50 ms.
    for (let attempt = 0; attempt < 100; attempt++) {
      if (await answers(port)) return;
      if (child.exitCode !== null) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    child.kill('SIGKILL');
    await exited;
    throw new Error(`redis-server (${binary}) did not answer on port ${port}.`);
  };
  const stop = async () => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => running.once('exit', () => resolve()));
    running.kill('SIGTERM');
    await exited;
  };
  await start();
  return { url: `redis://127.0.0.1:${port}`, port, stop, start };
}
