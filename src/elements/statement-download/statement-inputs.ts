// The element's inputs read from attributes (periods) and what it can do with a link.

const PERIOD = /^last([1-9]|1[0-2])months$/;
export const monthsOf = (period: string): number | undefined => {
  const match = PERIOD.exec(period);
  return match ? Number(match[1]) : undefined;
};

/** `"1 3 6 12"` (spaces or commas) → `[1, 3, 6, 12]`, keeping only whole months from 1 to 12. */
export const monthList = {
  fromAttribute: (value: string | null): number[] =>
    [...new Set((value ?? '').split(/[\s,]+/).map(Number))].filter((n) => Number.isInteger(n) && n >= 1 && n <= 12).sort((a, b) => a - b),
  toAttribute: (value: number[]): string => value.join(' '),
};

/** Whether `<a download>` saves `url` rather than navigating to it: only for the page's own origin, `blob:` and `data:`. */
export function downloadable(url: string): boolean {
  if (/^(blob|data):/i.test(url)) return true;
  try {
    return new URL(url, location.href).origin === location.origin;
  } catch {
    return false;
  }
}
