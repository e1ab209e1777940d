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
  // The group never worsens as the amount grows (less revenue above it): each group's first
  // amount, found once over the sorted runs, then three comparisons a customer instead of a
  // binary search among 300,000 amounts. NaN: no amount reaches the group (nor D's better ones).
  const firstOf = [Number.NaN, Number.NaN, Number.NaN];
  for (let start = 0; start < n;) {
    let end = start + 1;
    while (end < n && sorted[end] === sorted[start]) end++;
    const share = (total - prefix[end]!) / total;
    const better = share < limits[0] ? 0 : share < limits[1] ? 1 : share < limits[2] ? 2 : 3;
    for (let g = better; g < 3 && Number.isNaN(firstOf[g]); g++) firstOf[g] = sorted[start]!;
    start = end;
  }
  return revenues.map((v) => {
    if (v === null) return null;
    if (v <= 0 || total <= 0) return "D";
    return v >= firstOf[0]! ? "A" : v >= firstOf[1]! ? "B" : v >= firstOf[2]! ? "C" : "D";
  });
}
