// Browser-safe test and demo helpers. Node-only parts (the simulator's HTTP
// server) are in ./node.ts, which Node resolves for this entry.
export { SandboxDriver, createSandboxDriver } from './sandbox/sandbox-driver.js';
export type { SandboxDriverOptions, SandboxLinkContext } from './sandbox/sandbox-driver.js';
export { SANDBOX_INSTITUTIONS } from './sandbox/sandbox-institutions.js';
export type { SandboxInstitution } from './sandbox/sandbox-institutions.js';
export { createMemoryFetcher } from './memory-fetcher.js';
export type { MemoryFetcher, MemoryFetcherOptions } from './memory-fetcher.js';
export { createMonoApiSimulator, SIMULATED_ACCOUNTS } from './simulator/simulator.js';
export type { MonoApiSimulator, SimulatedRequest, SimulatorFaults, SimulatorOptions } from './simulator/simulator.js';
export { SIMULATED_BANKS, SIMULATION_TODAY } from './simulator/data.js';
export type { SimulatedCustomer, SimulatedPayment, SimulatedPaymentStatus, SimulatedPayments } from './simulator/sessions.js';
export type { SimulatedDelivery, SimulatorWebhooks, SimulatorWebhookTarget } from './simulator/webhooks.js';
export type { RefreshOutcome, SimulatedAccountActions } from './simulator/account-actions.js';
export type { SimulatedStatements, StatementOutcome } from './simulator/statement-jobs.js';
export type { SimulatedHostedLinks, SimulatedHostedSession } from './simulator/hosted-sessions.js';
export { simulatedInstitutions } from './simulator/institutions.js';
