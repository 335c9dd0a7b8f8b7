// The upstream for bench/proxy.ts: the Mono API simulator over real loopback
// HTTP, in its own process, so both arms (direct and through the proxy) pay
// the same upstream cost. Prints `{"url":"http://127.0.0.1:N","secretKey":…}`.
import { startMonoSimulator } from '../src/testing/node.js';

const simulator = await startMonoSimulator({ processingMs: 0 });
// The simulator records every request for tests; over a bench's hundreds of
// thousands that log is the upstream's memory, not the proxy's: keep it empty.
setInterval(() => void (simulator.requests.length = 0), 1000).unref();
console.log(JSON.stringify({ url: simulator.url, secretKey: simulator.secretKey }));
process.on('SIGTERM', () => void simulator.close().then(() => process.exit(0)));
