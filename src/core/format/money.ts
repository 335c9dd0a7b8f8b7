const formatters = new Map<string, Intl.NumberFormat>();

function formatter(currency: string, locale: string): Intl.NumberFormat {
  const key = `${locale}|${currency}`;
  let cached = formatters.get(key);
  if (!cached) {
    try {
      cached = new Intl.NumberFormat(locale, { style: 'currency', currency });
    } catch {
      // An unknown currency code or locale still shows a number, never a crash.
      cached = new Intl.NumberFormat('en-NG', { style: 'currency', currency: 'NGN' });
    }
    formatters.set(key, cached);
  }
  return cached;
}

/**
 * Formats an amount in minor units (kobo for NGN: 147085 → ₦1,470.85). The
 * number of minor digits comes from the currency itself, as Intl knows it.
 */
export function formatMoney(minorUnits: number, currency: string, locale: string): string {
  const format = formatter(currency, locale);
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(minorUnits / 10 ** digits);
}
