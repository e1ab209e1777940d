import { gammaSign, isGammaPole, logGamma } from "./logGamma";

/**
 * Gauss's hypergeometric function ₂F₁(a, b; c; z) for real parameters and z < 1, as the
 * BG/NBD and Pareto/NBD formulas need it. The power series Σ (a)ₙ(b)ₙ/((c)ₙ n!) zⁿ
 * converges for |z| < 1 but slowly near 1, so (DLMF 15.8):
 * - z < 0: Pfaff's transformation maps z to z/(z − 1), which lies in (0, 1);
 * - z close to 1: the connection formula in 1 − z (DLMF 15.8.4), two series that converge
 *   fast, when c − a − b is not (nearly) an integer — there the two terms cancel badly;
 * - otherwise the series itself, after Euler's transformation when c − a − b < 0 so that the
 *   terms shrink instead of growing (the function then grows like (1 − z)^(c−a−b)).
 */
export function hypergeometric2F1(a: number, b: number, c: number, z: number, maxTerms = MAX_TERMS): number {
  if (!(z < 1) && !(z === 1 && c - a - b > 0)) return Number.NaN;
  if (isGammaPole(c)) return Number.NaN;
  if (z === 0 || a === 0 || b === 0) return 1;
  if (z === 1) return gammaRatio([c, c - a - b], [c - a, c - b]);
  if (z < 0) {
    // Pfaff: ₂F₁(a, b; c; z) = (1 − z)^(−a) ₂F₁(a, c − b; c; z/(z − 1)).
    return Math.pow(1 - z, -a) * hypergeometric2F1(a, c - b, c, z / (z - 1), maxTerms);
  }
  const gap = c - a - b;
  const nearInteger = Math.abs(gap - Math.round(gap)) < 0.05;
  if (z > 0.9 && !nearInteger) return connectionInOneMinusZ(a, b, c, z, maxTerms);
  if (gap < 0) return Math.pow(1 - z, gap) * powerSeries(c - a, c - b, c, z, maxTerms);
  return powerSeries(a, b, c, z, maxTerms);
}

/**
 * Σ (a)ₙ(b)ₙ/((c)ₙ n!) zⁿ, summed until the terms are negligible and shrinking; NaN when that
 * takes more than `maxTerms` (an optimiser exploring far-off parameters can then move on).
 */
export function powerSeries(a: number, b: number, c: number, z: number, maxTerms = MAX_TERMS): number {
  let term = 1;
  let sum = 1;
  for (let n = 0; n < maxTerms; n++) {
    const ratio = ((a + n) * (b + n) * z) / ((c + n) * (n + 1));
    term *= ratio;
    sum += term;
    if (term === 0) return sum;
    if (Math.abs(term) <= 1e-17 * Math.abs(sum) && Math.abs(ratio) < 1) return sum;
  }
  return Number.NaN;
}
const MAX_TERMS = 2_000_000;

/** DLMF 15.8.4: two series in 1 − z, weighted by ratios of gamma functions. */
function connectionInOneMinusZ(a: number, b: number, c: number, z: number, maxTerms: number): number {
  const w = 1 - z;
  const gap = c - a - b;
  const first = isGammaPole(c - a) || isGammaPole(c - b) ? 0 : gammaRatio([c, gap], [c - a, c - b]) * powerSeries(a, b, 1 - gap, w, maxTerms);
  const second = isGammaPole(a) || isGammaPole(b) ? 0 : Math.pow(w, gap) * gammaRatio([c, -gap], [a, b]) * powerSeries(c - a, c - b, gap + 1, w, maxTerms);
  return first + second;
}

/** Π Γ(top) / Π Γ(bottom), through logarithms so that large arguments do not overflow. */
function gammaRatio(top: readonly number[], bottom: readonly number[]): number {
  let log = 0;
  let sign = 1;
  for (const x of top) {
    log += logGamma(x);
    sign *= gammaSign(x);
  }
  for (const x of bottom) {
    if (isGammaPole(x)) return 0;
    log -= logGamma(x);
    sign *= gammaSign(x);
  }
  return sign * Math.exp(log);
}
