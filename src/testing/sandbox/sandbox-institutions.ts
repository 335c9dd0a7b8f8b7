/** Banks the sandbox widget offers; ids are stable so tests and demos can name them. */
export interface SandboxInstitution {
  id: string;
  name: string;
  bankCode: string;
}

export const SANDBOX_INSTITUTIONS: readonly SandboxInstitution[] = [
  { id: 'sandbox-gtbank', name: 'GTBank', bankCode: '058' },
  { id: 'sandbox-access', name: 'Access Bank', bankCode: '044' },
  { id: 'sandbox-zenith', name: 'Zenith Bank', bankCode: '057' },
  { id: 'sandbox-firstbank', name: 'First Bank of Nigeria', bankCode: '011' },
  { id: 'sandbox-uba', name: 'UBA', bankCode: '033' },
  { id: 'sandbox-kuda', name: 'Kuda', bankCode: '50211' },
];
