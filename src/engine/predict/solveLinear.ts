/**
 * A x = b by Gaussian elimination with partial pivoting; null when a pivot falls below
 * `singularBelow` (A singular for the caller's purpose). Written by hand: the systems are
 * 3×3 to 10×10 (Newton steps, variance of a log-rank statistic), not worth a linear-algebra
 * dependency in the engine.
 */
export function solveLinear(matrix: readonly (readonly number[])[], vector: readonly number[], singularBelow: number): number[] | null {
  const k = vector.length;
  const a = matrix.map((row, i) => [...row, vector[i]!]);
  for (let col = 0; col < k; col++) {
    let pivot = col;
    for (let r = col + 1; r < k; r++) if (Math.abs(a[r]![col]!) > Math.abs(a[pivot]![col]!)) pivot = r;
    if (Math.abs(a[pivot]![col]!) < singularBelow) return null;
    [a[col], a[pivot]] = [a[pivot]!, a[col]!];
    for (let r = 0; r < k; r++) {
      if (r === col) continue;
      const factor = a[r]![col]! / a[col]![col]!;
      for (let c = col; c <= k; c++) a[r]![c]! -= factor * a[col]![c]!;
    }
  }
  return a.map((row, i) => row[k]! / row[i]!);
}
