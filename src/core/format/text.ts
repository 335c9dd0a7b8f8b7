/** `bank_charges` → `Bank charges`; Mono's categories are snake_case or SCREAMING. */
export function humanise(value: string): string {
  const words = value.replace(/[_-]+/g, ' ').trim().toLowerCase();
  return words ? words[0]!.toUpperCase() + words.slice(1) : '';
}

/**
 * Only the last four digits are shown, whether the backend sent the whole
 * number or (the proxy's default) only those four: `0123456789` → `•••• 6789`.
 */
export function maskAccountNumber(accountNumber: string): string {
  const digits = accountNumber.replace(/\D/g, '');
  return digits ? `•••• ${digits.slice(-4)}` : '';
}
