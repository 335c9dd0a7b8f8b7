import { institutionId, SIMULATED_BANKS } from '../simulator/data.js';

/** Banks the sandbox widget offers; ids are stable so tests and demos can name them. */
export interface SandboxInstitution {
  id: string;
  name: string;
  bankCode: string;
}

/**
 * The simulator's banks, as the sandbox widget lists them (`sandbox-gtbank`,
 * `sandbox-kuda`, …): the ids of the simulator's institution list too.
 */
export const SANDBOX_INSTITUTIONS: readonly SandboxInstitution[] = SIMULATED_BANKS.map((bank) => ({
  id: institutionId(bank),
  name: bank.name,
  bankCode: bank.bankCode,
}));
