/** Forms of a counted phrase by plural category; `#` stands for the count, formatted. `other` is required. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * Counted phrases for one language, through `Intl.PluralRules` and
 * `Intl.NumberFormat`: French says "0 transaction" and "1 234 transactions",
 * English "0 transactions" and "1,234 transactions". Never words concatenated
 * to a number.
 */
export function plural(lang: string): (count: number, forms: PluralForms) => string {
  const rules = new Intl.PluralRules(lang);
  const numbers = new Intl.NumberFormat(lang);
  return (count, forms) => (forms[rules.select(count)] ?? forms.other).replace('#', numbers.format(count));
}
