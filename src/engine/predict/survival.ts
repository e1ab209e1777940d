import { logGamma } from "./logGamma";
import { solveLinear } from "./solveLinear";

/** One group's durations: `events[i]` 1 when the end was seen (lost), 0 when censored (still there at the end of the data). */
export interface Durations {
  readonly times: readonly number[];
  readonly events: readonly number[];
}

export interface KaplanMeierStep {
  readonly time: number;
  readonly atRisk: number;
  readonly events: number;
  /** S(t): the share still there just after `time`. */
  readonly survival: number;
}

/** The Kaplan–Meier estimate (1958): S(t) = Π over event times ≤ t of (1 − events / at risk); censored cases leave the risk set after their time. */
export function kaplanMeier({ times, events }: Durations): KaplanMeierStep[] {
  const order = times.map((_, i) => i).sort((a, b) => times[a]! - times[b]! || events[b]! - events[a]!);
  const steps: KaplanMeierStep[] = [];
  let atRisk = times.length;
  let survival = 1;
  for (let k = 0; k < order.length;) {
    const time = times[order[k]!]!;
    let died = 0;
    let left = 0;
    while (k < order.length && times[order[k]!] === time) {
      died += events[order[k]!]!;
      left++;
      k++;
    }
    if (died > 0) {
      survival *= 1 - died / atRisk;
      steps.push({ time, atRisk, events: died, survival });
    }
    atRisk -= left;
  }
  return steps;
}

/** S(t) read off the steps (1 before the first event). */
export function survivalAt(steps: readonly KaplanMeierStep[], time: number): number {
  let survival = 1;
  for (const step of steps) {
    if (step.time > time) break;
    survival = step.survival;
  }
  return survival;
}

/** The median lifetime: the first time S(t) falls to ½ or below; null when it never does. */
export function medianLifetime(steps: readonly KaplanMeierStep[]): number | null {
  return steps.find((step) => step.survival <= 0.5 + 1e-12)?.time ?? null;
}

export interface LogRankTest {
  readonly chiSquare: number;
  readonly degreesOfFreedom: number;
  readonly pValue: number;
  readonly observed: readonly number[];
  readonly expected: readonly number[];
}

/**
 * The log-rank test (Mantel 1966) that the groups' survival curves are the same: at each event
 * time the events are shared out in proportion to the numbers at risk; χ² = (O − E)ᵀ V⁻¹ (O − E)
 * over all groups but the last, with k − 1 degrees of freedom (R's survdiff).
 */
export function logRank(groups: readonly Durations[]): LogRankTest | null {
  const k = groups.length;
  if (k < 2) return null;
  const all: { time: number; group: number; event: number }[] = [];
  groups.forEach((g, group) => g.times.forEach((time, i) => all.push({ time, group, event: g.events[i]! })));
  all.sort((a, b) => a.time - b.time);
  const atRisk = groups.map((g) => g.times.length);
  const observed = new Array<number>(k).fill(0);
  const expected = new Array<number>(k).fill(0);
  const variance = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (let at = 0; at < all.length;) {
    const time = all[at]!.time;
    const died = new Array<number>(k).fill(0);
    const leaving = new Array<number>(k).fill(0);
    while (at < all.length && all[at]!.time === time) {
      died[all[at]!.group]! += all[at]!.event;
      leaving[all[at]!.group]!++;
      at++;
    }
    const d = died.reduce((s, v) => s + v, 0);
    const n = atRisk.reduce((s, v) => s + v, 0);
    if (d > 0 && n > 0) {
      for (let i = 0; i < k; i++) {
        observed[i]! += died[i]!;
        expected[i]! += (d * atRisk[i]!) / n;
        if (n > 1) {
          const factor = (d * (n - d)) / (n * n * (n - 1));
          for (let j = 0; j < k; j++) variance[i]![j]! += factor * atRisk[i]! * ((i === j ? n : 0) - atRisk[j]!);
        }
      }
    }
    for (let i = 0; i < k; i++) atRisk[i]! -= leaving[i]!;
  }
  const difference = observed.slice(0, k - 1).map((o, i) => o - expected[i]!);
  const reduced = variance.slice(0, k - 1).map((row) => row.slice(0, k - 1));
  const solved = solveLinear(reduced, difference, 1e-12);
  if (solved === null) return null;
  const chiSquare = difference.reduce((s, v, i) => s + v * solved[i]!, 0);
  return { chiSquare, degreesOfFreedom: k - 1, pValue: chiSquareTail(chiSquare, k - 1), observed, expected };
}

/** P(χ²_df > x): the regularised upper incomplete gamma Q(df/2, x/2), series below a + 1, continued fraction above (Numerical Recipes §6.2). */
export function chiSquareTail(x: number, df: number): number {
  if (!(x > 0)) return 1;
  const a = df / 2;
  const z = x / 2;
  const front = Math.exp(-z + a * Math.log(z) - logGamma(a));
  if (z < a + 1) {
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < 1000 && Math.abs(term) > Math.abs(sum) * 1e-15; n++) {
      term *= z / (a + n);
      sum += term;
    }
    return Math.max(0, 1 - sum * front);
  }
  // Lentz's method for the continued fraction.
  const tiny = 1e-300;
  let b = z + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 1000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-15) break;
  }
  return front * h;
}
