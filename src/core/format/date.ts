const formatters = new Map<string, Intl.DateTimeFormat>();

/** A transaction's date as people read it in `locale` (e.g. "30 Oct 2026"). */
export function formatDate(iso: string, locale: string): string {
  let format = formatters.get(locale);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'Africa/Lagos' });
    } catch {
      format = new Intl.DateTimeFormat('en-NG', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'Africa/Lagos' });
    }
    formatters.set(locale, format);
  }
  const time = Date.parse(iso);
  return Number.isNaN(time) ? iso : format.format(time);
}
