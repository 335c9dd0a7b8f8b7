// What a browser bundle sees at mono-connect-elements/testing: the sandbox
// helpers, and not the Node-only simulator server.
import { createMemoryFetcher, createSandboxDriver } from 'mono-connect-elements/testing';
// @ts-expect-error startMonoSimulator needs Node's http server: browsers are not offered it.
import { startMonoSimulator } from 'mono-connect-elements/testing';

export const helpers = [createMemoryFetcher, createSandboxDriver, startMonoSimulator];
