// What Node sees at mono-connect-elements/testing: the browser helpers and
// the simulator behind a loopback HTTP server.
import { createMemoryFetcher, startMonoSimulator } from 'mono-connect-elements/testing';

export const helpers = [createMemoryFetcher, startMonoSimulator];
