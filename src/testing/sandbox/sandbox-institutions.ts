import { SIMULATED_BANKS } from '../simulator/data.js';

/** Banks the sandbox widget offers; ids are stable so tests and demos can name them. */
export interface SandboxInstitution {
  id: string;
  name: string;
  bankCode: string;
}

/** The simulator's banks, as the sandbox widget lists them (`sandbox-gtbank`, `sandbox-kuda`, …). */
export const SANDBOX_INSTITUTIONS: readonly SandboxInstitution[] = SIMULATED_BANKS.map(({ id, name, bankCode }) => ({
  id: `sandbox-${id}`,
  name,
  bankCode,
}));
