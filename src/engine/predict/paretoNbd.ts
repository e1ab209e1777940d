import { hypergeometric2F1 } from "./hypergeometric2F1";
import { logGamma } from "./logGamma";
import { nelderMead } from "./nelderMead";
import { logAddExp, valueIndex, type RepeatData } from "./repeatData";
import { startingAlpha } from "./bgNbd";

/**
 * The Pareto/NBD model (Schmittlein, Morrison & Colombo 1987): while alive a customer buys at
 * a Poisson rate λ ~ Gamma(r, α) and dies at an exponential time of rate μ ~ Gamma(s, β).
 * Likelihood, P(alive) and conditional expectation as in Fader & Hardie's note "A Note on
 * Deriving the Pareto/NBD Model and Related Expressions" (2005), equations (18), (19), (22).
 */
export interface ParetoNbdParameters {
  readonly r: number;
  readonly alpha: number;
  readonly s: number;
  readonly beta: number;
}

export interface ParetoNbdFit extends ParetoNbdParameters {
  readonly logLikelihood: number;
}

/**
 * Far from the optimum (s and β in the tens of thousands: no customer ever leaves) the series
 * need a term per unit of s; past this many the likelihood counts as unusable and the simplex turns back.
 */
const SERIES_LIMIT = 2_000;

/**
 * log A₀ of the note: with (m, M) = (min, max) of (α, β) and k = s + 1 when α ≥ β, r + x
 * otherwise, A₀ = ₂F₁(r+s+x, k; r+s+x+1; |α−β|/(M+t_x)) / (M+t_x)^(r+s+x) − same at T.
 * The difference is taken in log space: both terms are tiny for a customer who bought often.
 */
function logA0(parameters: ParetoNbdParameters, x: number, tx: number, T: number): number {
  return logDifference(logA0Term(parameters, x, tx), logA0Term(parameters, x, T));
}

/** One of A₀'s two terms, in log: it depends on x and one time only, so customers share it. */
function logA0Term({ r, alpha, s, beta }: ParetoNbdParameters, x: number, t: number): number {
  const high = Math.max(alpha, beta);
  const k = alpha >= beta ? s + 1 : r + x;
  const rsx = r + s + x;
  return Math.log(hypergeometric2F1(rsx, k, rsx + 1, Math.abs(alpha - beta) / (high + t), SERIES_LIMIT)) - rsx * Math.log(high + t);
}

/** log(e^atLast − e^atEnd); atLast ≥ atEnd since t_x ≤ T. */
function logDifference(atLast: number, atEnd: number): number {
  if (Number.isNaN(atLast) || Number.isNaN(atEnd)) return Number.NaN;
  if (!(atLast > atEnd)) return -Infinity;
  return atLast + Math.log1p(-Math.exp(atEnd - atLast));
}

/**
 * The sample log-likelihood, equation (19) summed over customers. A₀'s terms depend on (x, t_x)
 * and (x, T): each is computed once per pair (a big file has ten times fewer pairs than triples).
 */
export function paretoNbdLogLikelihood(parameters: ParetoNbdParameters, data: RepeatData): number {
  const { r, alpha, s, beta } = parameters;
  const { x, tx, T, weight } = data;
  const common = r * Math.log(alpha) + s * Math.log(beta) - logGamma(r);
  const logS = Math.log(s);
  const byT = valueIndex(T);
  // The T term of the current x, by distinct T; `seen` says for which x it was computed.
  const atEndOf = new Float64Array(byT.values.length);
  const seen = new Int32Array(byT.values.length).fill(-1);
  let total = 0;
  let lastX = -1;
  let block = -1;
  let byX = 0;
  let lastTx = Number.NaN;
  let atLast = 0;
  for (let i = 0; i < x.length; i++) {
    const xi = x[i]!;
    if (xi !== lastX) {
      lastX = xi;
      block++;
      byX = common + logGamma(r + xi);
      lastTx = Number.NaN;
    }
    if (tx[i] !== lastTx) {
      lastTx = tx[i]!;
      atLast = logA0Term(parameters, xi, lastTx);
    }
    const u = byT.index[i]!;
    if (seen[u] !== block) {
      atEndOf[u] = logA0Term(parameters, xi, T[i]!);
      seen[u] = block;
    }
    const survived = -(r + xi) * Math.log(alpha + T[i]!) - s * Math.log(beta + T[i]!);
    const died = logS - Math.log(r + s + xi) + logDifference(atLast, atEndOf[u]!);
    total += weight[i]! * (byX + logAddExp(survived, died));
  }
  return total;
}

/** `maxEvaluations` bounds the time on a big file's sample (CDNOW needs about 900). */
export function fitParetoNbd(data: RepeatData, maxEvaluations = 2_000): ParetoNbdFit {
  const scale = Math.log(startingAlpha(data));
  const parameters = (v: readonly number[]): ParetoNbdParameters => ({ r: Math.exp(v[0]!), alpha: Math.exp(v[1]!), s: Math.exp(v[2]!), beta: Math.exp(v[3]!) });
  const found = nelderMead((v) => -paretoNbdLogLikelihood(parameters(v), data), [0, scale, 0, scale], { maxEvaluations, restarts: 3 });
  return { ...parameters(found.point), logLikelihood: -found.value };
}

/** P(alive | x, t_x, T), equation (18). */
export function paretoNbdPAlive(parameters: ParetoNbdParameters, x: number, tx: number, T: number): number {
  const { r, alpha, s, beta } = parameters;
  const logOdds = Math.log(s / (r + s + x)) + (r + x) * Math.log(alpha + T) + s * Math.log(beta + T) + logA0(parameters, x, tx, T);
  return 1 / (1 + Math.exp(logOdds));
}

/** E[Y(t) | x, t_x, T], equation (22); s = 1 is the limit with a logarithm. */
export function paretoNbdExpectedPurchases(parameters: ParetoNbdParameters, t: number, x: number, tx: number, T: number): number {
  const { r, alpha, s, beta } = parameters;
  if (t <= 0) return 0;
  const rate = (r + x) / (alpha + T);
  const life =
    Math.abs(s - 1) < 1e-9 ? (beta + T) * Math.log((beta + T + t) / (beta + T)) : ((beta + T) / (s - 1)) * (1 - Math.pow((beta + T) / (beta + T + t), s - 1));
  return rate * life * paretoNbdPAlive(parameters, x, tx, T);
}
