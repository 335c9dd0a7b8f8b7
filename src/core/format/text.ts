/** `bank_charges` → `Bank charges`; Mono's categories are snake_case or SCREAMING. */
export function humanise(value: string): string {
  const words = value.replace(/[_-]+/g, ' ').trim().toLowerCase();
  return words ? words[0]!.toUpperCase() + words.slice(1) : '';
}

/** Only the last four digits are shown: `0123456789` → `•••• 6789`. */
export function maskAccountNumber(accountNumber: string): string {
  const digits = accountNumber.replace(/\s+/g, '');
  return digits.length <= 4 ? digits : `•••• ${digits.slice(-4)}`;
}
