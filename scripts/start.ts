// npm start: the demo on the sandbox (no keys, no network), or on real Mono
// when MONO_PUBLIC_KEY and MONO_SECRET_KEY are set.
import { startDemo } from '../demo/server.js';

const requestedPort = Number(process.env['PORT'] ?? 5173);
const demo = await startDemo({
  port: requestedPort,
  publicKey: process.env['MONO_PUBLIC_KEY'],
  secretKey: process.env['MONO_SECRET_KEY'],
  webhookSecret: process.env['MONO_WEBHOOK_SECRET'],
});
console.log(demo.live ? '\nDemo on real Mono (MONO_PUBLIC_KEY / MONO_SECRET_KEY).' : '\nDemo on the sandbox: no keys, no network.');
// Vite moves to the next free port when the one asked for is taken, and its
// own printUrls() is silenced by the demo's log level: say where it really is.
const port = Number(new URL(demo.url).port);
if (requestedPort !== 0 && port !== requestedPort) console.log(`Port ${requestedPort} is in use, so the demo took port ${port}.`);
console.log(`\n  Open ${demo.url}\n`);
