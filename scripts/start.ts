// npm start: the demo on the sandbox (no keys, no network), or on real Mono
// when MONO_PUBLIC_KEY and MONO_SECRET_KEY are set.
import { startDemo } from '../demo/server.js';

const demo = await startDemo({
  port: Number(process.env['PORT'] ?? 5173),
  publicKey: process.env['MONO_PUBLIC_KEY'],
  secretKey: process.env['MONO_SECRET_KEY'],
});
console.log(demo.live ? '\nDemo on real Mono (MONO_PUBLIC_KEY / MONO_SECRET_KEY).' : '\nDemo on the sandbox: no keys, no network.');
demo.server.printUrls();
