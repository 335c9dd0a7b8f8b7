// What a Node ESM project sees: the backend entry, and at
// mono-connect-elements/testing the browser helpers plus the simulator
// behind a loopback HTTP server.
import { createMonoProxy, verifyWebhook } from 'mono-connect-elements/server';
import { createMemoryFetcher, startMonoSimulator } from 'mono-connect-elements/testing';

export const server = [createMonoProxy, verifyWebhook];
export const helpers = [createMemoryFetcher, startMonoSimulator];
