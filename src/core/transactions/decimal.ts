/**
 * Minor units (kobo) as an exact decimal string in major units (naira),
 * built from the digits rather than by dividing, so 0.1 + 0.2 style float
 * error can never reach an export: `147085` → `"1470.85"`, `5` → `"0.05"`.
 */

const digitsCache = new Map<string, number>();

/**
 * How many minor digits a currency has, as Intl knows it (NGN 2, JPY 0,
 * KWD 3); 2 for a code Intl cannot use, which is what Mono's own currencies
 * all have.
 */
export function minorDigits(currency: string): number {
  let digits = digitsCache.get(currency);
  if (digits === undefined) {
    try {
      digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    } catch {
      digits = 2;
    }
    digitsCache.set(currency, digits);
  }
  return digits;
}

/**
 * `minor` shifted `digits` places to the right of the point, with exactly
 * `digits` decimals (more only when `minor` itself has a fraction: Mono
 * should send whole kobo, and a stray `1500.5` is kept as `15.005`, never
 * rounded away). Throws for a non-finite number.
 */
export function decimalFromMinor(minor: number, digits: number): string {
  if (!Number.isFinite(minor)) throw new RangeError(`an amount must be a finite number, got ${minor}`);
  // The shortest digits that round-trip the number, and where its point is.
  const [, whole = '', fraction = '', exponent = '0'] = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(Math.abs(minor).toString())!;
  const all = whole + fraction;
  const point = whole.length + Number(exponent) - digits;
  let integer: string;
  let decimals: string;
  if (point <= 0) {
    integer = '0';
    decimals = '0'.repeat(-point) + all;
  } else if (point >= all.length) {
    integer = all + '0'.repeat(point - all.length);
    decimals = '';
  } else {
    integer = all.slice(0, point);
    decimals = all.slice(point);
  }
  integer = integer.replace(/^0+(?=\d)/, '');
  decimals = decimals.replace(/0+$/, '').padEnd(digits, '0');
  const text = decimals ? `${integer}.${decimals}` : integer;
  return minor < 0 && /[1-9]/.test(text) ? `-${text}` : text;
}
