// What Node gets for `mono-connect-elements/testing`: everything in the
// browser entry, plus the simulator behind a real loopback HTTP server.
export * from './index.js';
export { startMonoSimulator } from './simulator/node-server.js';
export type { StartedSimulator } from './simulator/node-server.js';
