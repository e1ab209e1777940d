import { logGamma } from "./logGamma";
import { nelderMead } from "./nelderMead";
import { bfgs } from "./bfgs";
import { digamma } from "./digamma";

/**
 * The Gamma-Gamma model of spend per purchase (Fader, Hardie & Lee 2005, "RFM and CLV: using
 * iso-value curves", and Fader & Hardie's note "The Gamma-Gamma Model of Monetary Value"):
 * a customer's purchases are Gamma(p, ν) around their own mean, ν ~ Gamma(q, γ). Fitted on
 * repeat customers only, from x repeat purchases and their mean value m̄ₓ. Here `v` is γ.
 */
export interface GammaGammaParameters {
  readonly p: number;
  readonly q: number;
  readonly v: number;
}

export interface GammaGammaFit extends GammaGammaParameters {
  readonly logLikelihood: number;
  /** Customers the fit used (x > 0 and a positive mean value). */
  readonly customers: number;
}

export interface SpendData {
  /** Repeat purchases of each customer used (all > 0). */
  readonly x: Float64Array;
  /** Mean value of those purchases (all > 0). */
  readonly meanValue: Float64Array;
}

/** The log-likelihood; gamma terms once per distinct x, as in gammaGammaObjective. */
export function gammaGammaLogLikelihood({ p, q, v }: GammaGammaParameters, data: SpendData): number {
  const { x, meanValue, logMeanValue } = sortedByX(data);
  const common = q * Math.log(v) - logGamma(q);
  let total = 0;
  let lastX = -1;
  let byX = 0;
  for (let i = 0; i < x.length; i++) {
    const xi = x[i]!;
    const px = p * xi;
    if (xi !== lastX) {
      lastX = xi;
      byX = common + logGamma(px + q) - logGamma(px) + px * Math.log(xi);
    }
    total += byX + (px - 1) * logMeanValue[i]! - (px + q) * Math.log(xi * meanValue[i]! + v);
  }
  return total;
}

/** Nelder–Mead on `sample` (all the data when small), then BFGS with the gradient on all of it. */
export function fitGammaGamma(data: SpendData, sample: SpendData = data): GammaGammaFit {
  let mean = 0;
  for (const m of sample.meanValue) mean += m / sample.meanValue.length;
  const parameters = (w: readonly number[]): GammaGammaParameters => ({ p: Math.exp(w[0]!), q: Math.exp(w[1]!), v: Math.exp(w[2]!) });
  const rough = nelderMead((w) => -gammaGammaLogLikelihood(parameters(w), sample), [0, Math.log(2), Math.log(mean > 0 ? mean : 1)], {
    tolerance: 1e-9,
    maxEvaluations: 3_000,
    restarts: 2,
  });
  const refined = bfgs((w) => gammaGammaObjective(w, data), rough.point);
  const best = refined.value <= rough.value || sample !== data ? refined : rough;
  return { ...parameters(best.point), logLikelihood: -best.value, customers: data.x.length };
}

/**
 * −log-likelihood and its gradient in (ln p, ln q, ln v). The gamma and digamma terms depend on
 * x only: the customers are visited sorted by x and those terms computed once per distinct x
 * (a big file has a few hundred), which leaves two logarithms per customer.
 */
export function gammaGammaObjective(logParameters: readonly number[], data: SpendData): { value: number; gradient: number[] } {
  const [p, q, v] = logParameters.map(Math.exp) as [number, number, number];
  const { x, meanValue, logMeanValue } = sortedByX(data);
  const logV = Math.log(v);
  const psiQ = digamma(q);
  const constant = q * logV - logGamma(q);
  let value = 0;
  let dp = 0;
  let dq = 0;
  let dv = 0;
  let lastX = -1;
  let byX = 0;
  let dpX = 0;
  let dqX = 0;
  let logX = 0;
  for (let i = 0; i < x.length; i++) {
    const xi = x[i]!;
    const px = p * xi;
    if (xi !== lastX) {
      lastX = xi;
      logX = Math.log(xi);
      const psiPxQ = digamma(px + q);
      byX = constant + logGamma(px + q) - logGamma(px) + px * logX;
      dpX = xi * (psiPxQ - digamma(px) + logX);
      dqX = psiPxQ - psiQ + logV;
    }
    const m = meanValue[i]!;
    const logM = logMeanValue[i]!;
    const total = xi * m + v;
    const logTotal = Math.log(total);
    value += byX + (px - 1) * logM - (px + q) * logTotal;
    dp += dpX + xi * (logM - logTotal);
    dq += dqX - logTotal;
    dv += q / v - (px + q) / total;
  }
  return { value: -value, gradient: [-dp * p, -dq * q, -dv * v] };
}

/** Indices sorted by x: a counting sort, x being whole purchase counts (a comparator sort otherwise). */
function orderByX(x: Float64Array): number[] {
  let max = 0;
  for (const v of x) {
    if (!Number.isInteger(v) || v < 0 || v > 1e6) return Array.from(x.keys()).sort((i, j) => x[i]! - x[j]!);
    if (v > max) max = v;
  }
  const start = new Int32Array(max + 2);
  for (const v of x) start[v + 1]!++;
  for (let k = 1; k < start.length; k++) start[k]! += start[k - 1]!;
  const order = new Array<number>(x.length);
  for (let i = 0; i < x.length; i++) order[start[x[i]!]!++] = i;
  return order;
}

/** The data sorted by x, with log m̄ₓ (it does not depend on the parameters), computed once per SpendData object (the optimiser calls the objective often). */
interface SortedSpend extends SpendData {
  readonly logMeanValue: Float64Array;
}
const sortedCache = new WeakMap<SpendData, SortedSpend>();
function sortedByX(data: SpendData): SortedSpend {
  let sorted = sortedCache.get(data);
  if (!sorted) {
    const order = orderByX(data.x);
    const n = order.length;
    const [x, meanValue, logMeanValue] = [new Float64Array(n), new Float64Array(n), new Float64Array(n)];
    for (let k = 0; k < n; k++) {
      x[k] = data.x[order[k]!]!;
      meanValue[k] = data.meanValue[order[k]!]!;
      logMeanValue[k] = Math.log(meanValue[k]!);
    }
    sorted = { x, meanValue, logMeanValue };
    sortedCache.set(data, sorted);
  }
  return sorted;
}

/**
 * E[M | x, m̄ₓ]: the value of a future purchase, the population mean pν/(q−1) pulled towards
 * the customer's own mean the more purchases we saw (equation 5 of the note). x = 0 gives the
 * population mean; q ≤ 1 has no finite mean, and then the customer's own mean is used.
 */
export function gammaGammaExpectedSpend({ p, q, v }: GammaGammaParameters, x: number, meanValue: number): number {
  if (q <= 1) return x > 0 ? meanValue : Number.NaN;
  return (p * (v + x * meanValue)) / (p * x + q - 1);
}
