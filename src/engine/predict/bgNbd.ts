import { hypergeometric2F1 } from "./hypergeometric2F1";
import { logGamma } from "./logGamma";
import { nelderMead } from "./nelderMead";
import { bfgs } from "./bfgs";
import { bgNbdObjective } from "./bgNbdGradient";
import { logAddExp, shiftedLogs, valueIndex, type RepeatData } from "./repeatData";

/**
 * The BG/NBD model (Fader, Hardie & Lee 2005, "Counting your customers the easy way"): while
 * alive a customer buys at a Poisson rate λ ~ Gamma(r, α); after each purchase they drop out
 * with probability p ~ Beta(a, b). Formulas: the paper's equations (6), (10) and (13).
 */
export interface BgNbdParameters {
  readonly r: number;
  readonly alpha: number;
  readonly a: number;
  readonly b: number;
}

export interface BgNbdFit extends BgNbdParameters {
  readonly logLikelihood: number;
}

/** The sample log-likelihood, equation (6) summed over customers. */
export function bgNbdLogLikelihood({ r, alpha, a, b }: BgNbdParameters, data: RepeatData): number {
  const { x, weight } = data;
  const byT = valueIndex(data.T);
  const byTx = valueIndex(data.tx);
  const logAliveBase = shiftedLogs(alpha, byT.values);
  const logDropBase = shiftedLogs(alpha, byTx.values);
  let total = 0;
  // Gamma-function terms depend on x only: the triples are sorted by x, so compute them once per x.
  let lastX = -1;
  let constant = 0;
  let logDropWeight = 0;
  const logA = Math.log(a);
  const common = logGamma(a + b) - logGamma(b) - logGamma(r) + r * Math.log(alpha);
  for (let i = 0; i < x.length; i++) {
    const xi = x[i]!;
    if (xi !== lastX) {
      lastX = xi;
      constant = common + logGamma(r + xi) + logGamma(b + xi) - logGamma(a + b + xi);
      logDropWeight = logA - Math.log(b + xi - 1);
    }
    const stillAlive = -(r + xi) * logAliveBase[byT.index[i]!]!;
    const droppedOut = xi > 0 ? logDropWeight - (r + xi) * logDropBase[byTx.index[i]!]! : -Infinity;
    total += weight[i]! * (constant + logAddExp(stillAlive, droppedOut));
  }
  return total;
}

/**
 * Maximum likelihood on log-parameters (all four must be positive): Nelder–Mead on `sample`
 * (the data itself when small; a regular sample of a big file, where hundreds of simplex steps
 * over every customer would take too long), then BFGS with the analytic gradient on all the data.
 */
export function fitBgNbd(data: RepeatData, sample: RepeatData = data): BgNbdFit {
  const start = [0, Math.log(startingAlpha(sample)), 0, 0];
  const parameters = (v: readonly number[]): BgNbdParameters => ({ r: Math.exp(v[0]!), alpha: Math.exp(v[1]!), a: Math.exp(v[2]!), b: Math.exp(v[3]!) });
  const rough = nelderMead((v) => -bgNbdLogLikelihood(parameters(v), sample), start, { tolerance: 1e-9, maxEvaluations: 3_000, restarts: 2 });
  const refined = bfgs((v) => bgNbdObjective(v, data), rough.point);
  const best = refined.value <= rough.value || sample !== data ? refined : rough;
  return { ...parameters(best.point), logLikelihood: -best.value };
}

/** A scale for α of the right order: the mean time customers have been watched. */
export function startingAlpha(data: RepeatData): number {
  let sum = 0;
  let n = 0;
  for (let i = 0; i < data.T.length; i++) {
    sum += data.weight[i]! * data.T[i]!;
    n += data.weight[i]!;
  }
  return n > 0 && sum > 0 ? sum / n : 1;
}

/** P(alive | x, t_x, T), equation (13) of Fader, Hardie & Lee's note on P(alive). */
export function bgNbdPAlive({ r, alpha, a, b }: BgNbdParameters, x: number, tx: number, T: number): number {
  if (x === 0) return 1;
  const odds = (a / (b + x - 1)) * Math.pow((alpha + T) / (alpha + tx), r + x);
  return 1 / (1 + odds);
}

/**
 * E[Y(t) | x, t_x, T]: purchases expected in the next t units, equation (10): the purchases
 * expected if still alive (bgNbdExpectedIfAlive, which depends on x and T only) divided by
 * 1 + the odds of having dropped out (bgNbdDropOutOdds), so that customers sharing (x, T) share
 * the costly part (a big file has ten times fewer (x, T) pairs than customers).
 */
export function bgNbdExpectedPurchases(parameters: BgNbdParameters, t: number, x: number, tx: number, T: number): number {
  if (t <= 0) return 0;
  return bgNbdExpectedIfAlive(parameters, t, x, T) / (1 + bgNbdDropOutOdds(parameters, x, tx, T));
}

/**
 * The numerator of equation (10). The factor ((α+T)/(α+T+t))^(r+x) · ₂F₁(r+x, b+x; a+b+x−1; z)
 * is rewritten with Euler's transformation as (1−z)^(a−1) · ₂F₁(a+b−1−r, a−1; a+b+x−1; z),
 * whose parameters do not grow with x.
 */
export function bgNbdExpectedIfAlive(parameters: BgNbdParameters, t: number, x: number, T: number): number {
  const { r, alpha, b } = parameters;
  const a = besideOne(parameters.a);
  if (t <= 0) return 0;
  const z = t / (alpha + T + t);
  let hyper = Math.pow(1 - z, a - 1) * hypergeometric2F1(a + b - 1 - r, a - 1, a + b + x - 1, z);
  // With a and b in the millions (a fixed drop-out probability) the Euler form under- and
  // overflows (0 · ∞); the original form is then the well-behaved one.
  if (!Number.isFinite(hyper)) hyper = Math.pow(1 - z, r + x) * hypergeometric2F1(r + x, b + x, a + b + x - 1, z);
  return ((a + b + x - 1) / (a - 1)) * (1 - hyper);
}

/** The odds of having dropped out after the last purchase, as equation (10) takes them: a/(b+x−1) · ((α+T)/(α+t_x))^(r+x), 0 without repeat purchase. */
export function bgNbdDropOutOdds(parameters: BgNbdParameters, x: number, tx: number, T: number): number {
  const { r, alpha, b } = parameters;
  const a = besideOne(parameters.a);
  return x > 0 ? (a / (b + x - 1)) * Math.pow((alpha + T) / (alpha + tx), r + x) : 0;
}

/** a = 1 makes (a+b+x−1)/(a−1) a 0/0; the function is smooth there, so step beside it. */
function besideOne(a: number): number {
  return Math.abs(a - 1) < 1e-7 ? a + 2e-7 : a;
}

/** E[X(t)] for a customer just acquired: purchases in the first t units after the first one (equation 9). */
export function bgNbdExpectedFromStart(parameters: BgNbdParameters, t: number): number {
  return bgNbdExpectedPurchases(parameters, t, 0, 0, 0);
}
