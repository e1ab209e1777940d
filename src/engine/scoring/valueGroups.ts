/**
 * A/B/C/D value groups by revenue, the Pareto (ABC) analysis taught in BTS NDRC: customers
 * from the biggest down, A until half the revenue, B until 80 %, C until 95 %, D the rest.
 * Exactly: a customer's group follows the share of revenue made by customers who spend
 * strictly more than them (A below limits[0], B below limits[1], C below limits[2], else D),
 * so equal spenders share a group whatever the row order; nothing spent is always D.
 */
export type ValueGroup = "A" | "B" | "C" | "D";
export const VALUE_GROUPS: readonly ValueGroup[] = ["A", "B", "C", "D"];

export function valueGroups(revenues: readonly (number | null)[], limits: readonly [number, number, number]): (ValueGroup | null)[] {
  const present = new Float64Array(revenues.length);
  let n = 0;
  for (const v of revenues) if (v !== null && v > 0) present[n++] = v;
  const sorted = present.slice(0, n).sort();
  // prefix[i] = revenue of the i smallest spenders; revenue above v = total − prefix[upper bound of v].
  const prefix = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) prefix[i + 1] = prefix[i]! + sorted[i]!;
  const total = prefix[n]!;
  return revenues.map((v) => {
    if (v === null) return null;
    if (v <= 0 || total <= 0) return "D";
    const share = (total - prefix[upperBound(sorted, v)]!) / total;
    return share < limits[0] ? "A" : share < limits[1] ? "B" : share < limits[2] ? "C" : "D";
  });
}

/** Number of sorted values ≤ value. */
function upperBound(sorted: Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
