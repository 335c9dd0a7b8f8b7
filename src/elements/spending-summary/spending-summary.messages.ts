import type { MessageTable } from '../../core/i18n/types.js';
import { localize } from '../../core/i18n/localize.js';

/*
 * Every word <mono-spending-summary> shows or announces, in English: one
 * table, read through `message()`, so another language is another table of
 * the same keys. Amounts, months and percentages arrive already formatted
 * (Intl, in the element's `locale`); counts arrive as numbers and choose
 * their words through Intl.PluralRules, never by gluing "s" on.
 */

const LANGUAGE = 'en';
const rules = new Intl.PluralRules(LANGUAGE);
const count = new Intl.NumberFormat(LANGUAGE);

/** The form for `n` in this language's plural rules; `#` in it is the number, formatted. */
function plural(n: number, forms: { one: string; other: string }): string {
  const form = rules.select(n) === 'one' ? forms.one : forms.other;
  return form.replace('#', count.format(n));
}

const lastMonths = (months: number) => plural(months, { one: 'the last month', other: 'the last # months' });

export interface ChartLabelArgs {
  months: number;
  moneyIn: string;
  moneyOut: string;
  /** The month with the most spending, formatted; absent when nothing went out. */
  peak?: string;
}

export const spendingSummaryMessages = {
  region: 'Spending summary',
  title: 'Money in and out',
  categoriesTitle: 'Spending by category',
  moneyIn: 'Money in',
  moneyOut: 'Money out',
  net: 'Net',
  month: 'Month',
  category: 'Category',
  spent: 'Spent',
  share: 'Share',
  showTable: 'Show as table',
  tables: 'The figures as tables',
  uncategorised: 'Uncategorised',
  other: (categories: number) => plural(categories, { one: 'Other (# category)', other: 'Other (# categories)' }),
  loading: 'Loading transactions…',
  progress: (pages: number, totalPages?: number) =>
    totalPages === undefined
      ? plural(pages, { one: 'Loaded # page of transactions…', other: 'Loaded # pages of transactions…' })
      : `Loaded ${count.format(pages)} of ${plural(totalPages, { one: '# page', other: '# pages' })} of transactions…`,
  processing: 'Fetching transactions from the bank… this can take a minute.',
  processingLabel: 'Fetching transactions',
  empty: (months: number) => `No transactions in ${lastMonths(months)}.`,
  error: 'The spending summary could not be loaded.',
  tooMany: 'This account has too many transactions in this period to sum up here. Choose fewer months.',
  failed: 'The bank’s data could not be fetched for this account. Link it again to retry.',
  partial: 'Only part of this account’s data is available so far (partial): these figures may be incomplete.',
  retry: 'Retry',
  chartLabel: ({ months, moneyIn, moneyOut, peak }: ChartLabelArgs) =>
    `Money in and out for ${lastMonths(months)}: in ${moneyIn}, out ${moneyOut}` + (peak ? `; highest spending in ${peak}.` : '.'),
  categoryChartLabel: (list: string) => `Spending by category, largest first: ${list}.`,
  noSpending: 'No money went out in this period.',
  monthTable: (months: number) => `Money in and out by month, ${lastMonths(months)}`,
  categoryTable: (months: number) => `Spending by category, ${lastMonths(months)}`,
  total: 'Total',
  otherCurrency: (rows: number, currency: string) =>
    plural(rows, { one: `# transaction not in ${currency} is not counted.`, other: `# transactions not in ${currency} are not counted.` }),
  skipped: (rows: number) =>
    plural(rows, { one: '# transaction could not be read and is not counted.', other: '# transactions could not be read and are not counted.' }),
  announceReady: (months: number) => `Spending summary for ${lastMonths(months)} loaded.`,
  announceEmpty: 'No transactions in this period.',
  announceError: 'The spending summary could not be loaded.',
  announceProcessing: 'Fetching transactions from the bank.',
  announceFailed: 'The bank’s data could not be fetched.',
  announceLoading: 'Loading the spending summary.',
};

export type SpendingSummaryMessages = typeof spendingSummaryMessages;
export type SpendingSummaryMessageKey = keyof SpendingSummaryMessages;
type ArgsOf<K extends SpendingSummaryMessageKey> = SpendingSummaryMessages[K] extends (...args: infer A) => string ? A : [];

export const spendingSummaryTable: MessageTable<SpendingSummaryMessages> = {
  en: spendingSummaryMessages,
  load: { fr: () => import('./spending-summary.messages.fr.js') },
};

declare module '../../core/i18n/types.js' {
  interface MonoElementMessages {
    'mono-spending-summary': SpendingSummaryMessages;
  }
}

/*
 * The words of the render under way. The view's templates (summary-view.ts,
 * summary-table.ts) read `message()` without the element at hand, and are
 * only ever called synchronously from the element's render(), which sets
 * these first (useWords): one render runs at a time, so a page with a French
 * and an English summary gets each its own words.
 */
let words: SpendingSummaryMessages = spendingSummaryMessages;

/** Chooses the table `message()` reads: the element's, in the language around it, at the start of its render. */
export function useWords(host: HTMLElement): void {
  words = localize(host, spendingSummaryTable);
}

/** One message, by key, with its arguments. */
export function message<K extends SpendingSummaryMessageKey>(key: K, ...args: ArgsOf<K>): string {
  const entry = words[key] as string | ((...args: unknown[]) => string);
  return typeof entry === 'function' ? entry(...args) : entry;
}
