/** Median with spread, the way every figure in the report is given. */
export interface Figure {
  median: number;
  min: number;
  max: number;
  runs: number;
}

export function figure(samples: number[]): Figure {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { median, min: sorted[0]!, max: sorted.at(-1)!, runs: sorted.length };
}

export const show = (value: Figure | number, unit = '', digits = 0): string =>
  typeof value === 'number'
    ? `${value.toFixed(digits)}${unit}`
    : `${value.median.toFixed(digits)}${unit} (${value.min.toFixed(digits)}–${value.max.toFixed(digits)})`;

export const ratio = (ours: Figure | number, theirs: Figure | number): string => {
  const a = typeof ours === 'number' ? ours : ours.median;
  const b = typeof theirs === 'number' ? theirs : theirs.median;
  return b === 0 ? (a === 0 ? '1.00×' : '∞') : `${(a / b).toFixed(2)}×`;
};
