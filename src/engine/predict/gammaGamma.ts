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

export function gammaGammaLogLikelihood({ p, q, v }: GammaGammaParameters, data: SpendData): number {
  const { x, meanValue } = data;
  const common = q * Math.log(v) - logGamma(q);
  let total = 0;
  for (let i = 0; i < x.length; i++) {
    const px = p * x[i]!;
    const m = meanValue[i]!;
    total += common + logGamma(px + q) - logGamma(px) + (px - 1) * Math.log(m) + px * Math.log(x[i]!) - (px + q) * Math.log(px / p * m + v);
  }
  return total;
}

/** Nelder–Mead on `sample` (all the data when small), then BFGS with the gradient on all of it. */
export function fitGammaGamma(data: SpendData, sample: SpendData = data): GammaGammaFit {
  let mean = 0;
  for (const m of sample.meanValue) mean += m / sample.meanValue.length;
  const parameters = (w: readonly number[]): GammaGammaParameters => ({ p: Math.exp(w[0]!), q: Math.exp(w[1]!), v: Math.exp(w[2]!) });
  const rough = nelderMead((w) => -gammaGammaLogLikelihood(parameters(w), sample), [0, Math.log(2), Math.log(mean > 0 ? mean : 1)]);
  const refined = bfgs((w) => gammaGammaObjective(w, data), rough.point);
  const best = refined.value <= rough.value || sample !== data ? refined : rough;
  return { ...parameters(best.point), logLikelihood: -best.value, customers: data.x.length };
}

/** −log-likelihood and its gradient in (ln p, ln q, ln v). */
export function gammaGammaObjective(logParameters: readonly number[], data: SpendData): { value: number; gradient: number[] } {
  const [p, q, v] = logParameters.map(Math.exp) as [number, number, number];
  const { x, meanValue } = data;
  const logV = Math.log(v);
  const psiQ = digamma(q);
  let value = 0;
  let dp = 0;
  let dq = 0;
  let dv = 0;
  for (let i = 0; i < x.length; i++) {
    const xi = x[i]!;
    const px = p * xi;
    const m = meanValue[i]!;
    const logM = Math.log(m);
    const logX = Math.log(xi);
    const total = xi * m + v;
    const logTotal = Math.log(total);
    const psiPxQ = digamma(px + q);
    value += q * logV - logGamma(q) + logGamma(px + q) - logGamma(px) + (px - 1) * logM + px * logX - (px + q) * logTotal;
    dp += xi * (psiPxQ - digamma(px) + logM + logX - logTotal);
    dq += psiPxQ - psiQ + logV - logTotal;
    dv += q / v - (px + q) / total;
  }
  return { value: -value, gradient: [-dp * p, -dq * q, -dv * v] };
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
