/**
 * A currency as Mono sent it, upper-cased (`ngn` → `NGN`; Mono sometimes
 * spells the naira out). Anything else is kept as it came, even a code Intl
 * does not know: the formatter then shows the code itself, so an amount is
 * never silently shown as naira.
 */
export function normaliseCurrency(value: string): string {
  const upper = value.trim().toUpperCase();
  return upper === 'NAIRA' || upper === '₦' ? 'NGN' : upper;
}
