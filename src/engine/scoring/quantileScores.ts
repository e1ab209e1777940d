/**
 * Scores 1..k from a population of values, the RFM way (Hughes, "Strategic Database
 * Marketing": quintiles by default, 5 best).
 *
 * Exact rule (README, "How scores are computed"): for a value v among n values, with
 * `below` values strictly smaller and `equal` values equal to it (v itself included),
 * its mid-rank share is p = (below + equal / 2) / n and its score is ceil(k × p), at least 1.
 * Hence: equal values always get the same score whatever the row order; n distinct values
 * with n = k get 1..k; one customer, or all-equal values, get the middle score (3 of 5);
 * a small file spreads over the scale instead of piling on 1. Computed in integers
 * (ceil(k·(2·below + equal) / 2n)) so no rounding can move a customer across a boundary.
 */
export type Direction = "higherIsBetter" | "lowerIsBetter";

/** Scores for each value (null stays null: no value, no score). */
export function quantileScores(values: readonly (number | null)[], classes: number, direction: Direction): (number | null)[] {
  const keyed = new Float64Array(values.length);
  let n = 0;
  for (const v of values) if (v !== null) keyed[n++] = direction === "lowerIsBetter" ? -v : v;
  const sorted = keyed.slice(0, n).sort();
  // Each distinct value's score from its run in the sorted values (below = where the run
  // starts, equal = its length). The score never falls as the value grows (the runs' mid-ranks
  // grow), so a value's score is 1 + the number of classes whose first value it reaches: at
  // most k − 1 comparisons a value, where a binary search among 300,000 distinct amounts was
  // eighteen reads all over memory.
  // NaN until some value reaches the class: no value compares as reaching it (an infinite one neither).
  const firstOf = new Float64Array(classes + 1).fill(Number.NaN);
  for (let start = 0; start < n;) {
    let end = start + 1;
    while (end < n && sorted[end] === sorted[start]) end++;
    const score = midRankScore(start, end - start, n, classes);
    for (let c = score; c >= 2 && Number.isNaN(firstOf[c]); c--) firstOf[c] = sorted[start]!;
    start = end;
  }
  const scores = new Array<number | null>(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v === null) {
      scores[i] = null;
      continue;
    }
    const key = direction === "lowerIsBetter" ? -v : v;
    let score = 1;
    while (score < classes && key >= firstOf[score + 1]!) score++;
    scores[i] = score;
  }
  return scores;
}

/** The score of one value against a population (the CRM.RFM custom function). */
export function scoreAgainst(value: number, population: readonly number[], classes: number, direction: Direction): number {
  let below = 0;
  let equal = 0;
  for (const other of population) {
    const better = direction === "lowerIsBetter" ? other > value : other < value;
    if (better) below++;
    else if (other === value) equal++;
  }
  // A value outside the population counts as one more member of it.
  const n = population.length + (equal === 0 ? 1 : 0);
  return midRankScore(below, Math.max(1, equal), n, classes);
}

export function midRankScore(below: number, equal: number, n: number, classes: number): number {
  const numerator = classes * (2 * below + equal);
  const denominator = 2 * n;
  // Integer ceiling: both terms are whole numbers far below 2^53.
  return Math.max(1, Math.floor((numerator + denominator - 1) / denominator));
}

/**
 * Scores from user thresholds t1 < t2 < … (k − 1 of them gives k classes).
 * Higher is better (F, M): v < t1 → 1, t1 ≤ v < t2 → 2, …, v ≥ t(k−1) → k.
 * Lower is better (R, in days): d ≤ t1 → k, t1 < d ≤ t2 → k − 1, …, d > t(k−1) → 1.
 */
export function thresholdScore(value: number, thresholds: readonly number[], direction: Direction): number {
  let passed = 0;
  if (direction === "higherIsBetter") {
    for (const t of thresholds) if (value >= t) passed++;
    return passed + 1;
  }
  for (const t of thresholds) if (value > t) passed++;
  return thresholds.length + 1 - passed;
}

/**
 * scoreAgainst on a population sorted once (ascending), by binary search: what CRM.RFM uses
 * so that 10,000 calls over the same ranges stay fast. Same rule, same result.
 */
export function scoreInSorted(value: number, sorted: Float64Array, classes: number, direction: Direction): number {
  const n = sorted.length;
  const lo = bound(sorted, value, false);
  const hi = bound(sorted, value, true);
  const equal = hi - lo;
  const below = direction === "higherIsBetter" ? lo : n - hi;
  return equal === 0 ? midRankScore(below, 1, n + 1, classes) : midRankScore(below, equal, n, classes);
}

/** First index whose value is ≥ value (or > value when `after`). */
function bound(sorted: Float64Array, value: number, after: boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value || (after && sorted[mid]! === value)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
