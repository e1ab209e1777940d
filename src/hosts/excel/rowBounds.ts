/**
 * Smallest and largest of many numbers. Math.max(...rows) passes every row as an argument and
 * overflows the call stack near a million rows (Excel's 1,048,576): a loop does not.
 */
export function maxOf(values: readonly number[]): number {
  let max = -Infinity;
  for (const value of values) if (value > max) max = value;
  return max;
}

export function minOf(values: readonly number[]): number {
  let min = Infinity;
  for (const value of values) if (value < min) min = value;
  return min;
}
