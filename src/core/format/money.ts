interface MoneyFormat {
  format: Intl.NumberFormat;
  /** Minor digits of the currency: read once, `resolvedOptions()` builds a new object each call. */
  digits: number;
  /** Set when Intl could not format this currency: the code is then shown before the number. */
  code?: string;
}

const formatters = new Map<string, MoneyFormat>();

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  try {
    return new Intl.NumberFormat(locale, options);
  } catch {
    // A malformed locale: the package's default one, never a crash.
    return new Intl.NumberFormat('en-NG', options);
  }
}

function formatter(currency: string, locale: string): MoneyFormat {
  const key = `${locale}|${currency}`;
  let cached = formatters.get(key);
  if (!cached) {
    try {
      // Throws RangeError for a malformed code (`US DOLLAR`, `₦₦`); a
      // well-formed unknown one (`XYZ`) formats with its code already.
      new Intl.NumberFormat('en-NG', { style: 'currency', currency });
      const format = numberFormat(locale, { style: 'currency', currency });
      cached = { format, digits: format.resolvedOptions().maximumFractionDigits ?? 2 };
    } catch {
      // Shown with its own code, never silently as naira.
      cached = { format: numberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }), digits: 2, code: currency };
    }
    formatters.set(key, cached);
  }
  return cached;
}

/**
 * Formats an amount in minor units (kobo for NGN: 147085 → ₦1,470.85). The
 * number of minor digits comes from the currency itself, as Intl knows it;
 * a code Intl cannot use is shown as it came (`US DOLLAR 1,470.85`).
 */
export function formatMoney(minorUnits: number, currency: string, locale: string): string {
  const { format, digits, code } = formatter(currency, locale);
  const amount = format.format(minorUnits / 10 ** digits);
  return code === undefined ? amount : `${code || '?'} ${amount}`;
}
