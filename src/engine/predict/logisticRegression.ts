import { solveLinear } from "./solveLinear";

/**
 * Logistic regression by maximum likelihood: P(y = 1 | x) = 1 / (1 + e^−(β₀ + β·x)), fitted by
 * Newton–Raphson (iteratively reweighted least squares), with the standard errors from the
 * inverse of the information matrix, as every statistics package reports them. The features are
 * centred and scaled for the iterations (a euro amount beside a count of purchases), and the
 * coefficients put back on the features' own scale.
 */
/** Pivot under which the information matrix counts as singular. */
const SINGULAR_BELOW = 1e-300;

export interface LogisticFit {
  /** β₀ then one coefficient per feature, on the features' own scale. */
  readonly coefficients: readonly number[];
  readonly standardErrors: readonly number[];
  readonly logLikelihood: number;
  /** The intercept-only model's: the likelihood-ratio test compares them. */
  readonly nullLogLikelihood: number;
  readonly iterations: number;
  /** False when the iterations did not settle (perfect separation: a feature splits yes from no). */
  readonly converged: boolean;
}

/** `rows[i]` the features of case i, `answers[i]` its 0/1 answer. */
export function fitLogistic(rows: readonly (readonly number[])[], answers: readonly number[], maxIterations = 50): LogisticFit {
  const n = rows.length;
  const k = (rows[0]?.length ?? 0) + 1;
  const mean = new Array<number>(k).fill(0);
  const scale = new Array<number>(k).fill(1);
  for (let j = 1; j < k; j++) {
    let sum = 0;
    for (const row of rows) sum += row[j - 1]!;
    mean[j] = sum / n;
    let squares = 0;
    for (const row of rows) squares += (row[j - 1]! - mean[j]!) ** 2;
    scale[j] = Math.sqrt(squares / n) || 1;
  }
  const design = rows.map((row) => [1, ...row.map((v, j) => (v - mean[j + 1]!) / scale[j + 1]!)]);
  const beta = new Array<number>(k).fill(0);
  const responders = answers.reduce((s, y) => s + y, 0);
  beta[0] = Math.log((responders + 0.5) / (n - responders + 0.5));
  let logLikelihood = -Infinity;
  let information: number[][] = [];
  let iterations = 0;
  let converged = false;
  while (iterations < maxIterations) {
    iterations++;
    const gradient = new Array<number>(k).fill(0);
    information = Array.from({ length: k }, () => new Array<number>(k).fill(0));
    let ll = 0;
    for (let i = 0; i < n; i++) {
      const x = design[i]!;
      let eta = 0;
      for (let j = 0; j < k; j++) eta += beta[j]! * x[j]!;
      const p = 1 / (1 + Math.exp(-eta));
      // log(1 + e^η) computed without overflow.
      ll += answers[i]! * eta - (eta > 0 ? eta + Math.log1p(Math.exp(-eta)) : Math.log1p(Math.exp(eta)));
      const w = p * (1 - p);
      for (let j = 0; j < k; j++) {
        gradient[j]! += (answers[i]! - p) * x[j]!;
        for (let l = 0; l <= j; l++) information[j]![l]! += w * x[j]! * x[l]!;
      }
    }
    for (let j = 0; j < k; j++) for (let l = j + 1; l < k; l++) information[j]![l] = information[l]![j]!;
    const step = solveLinear(information, gradient, SINGULAR_BELOW);
    if (step === null) break;
    for (let j = 0; j < k; j++) beta[j]! += step[j]!;
    const change = Math.abs(ll - logLikelihood);
    logLikelihood = ll;
    if (change < 1e-10 * (1 + Math.abs(ll)) && Math.max(...step.map(Math.abs)) < 1e-8) {
      converged = true;
      break;
    }
  }
  // Back to the features' own scale: β_j = b_j / s_j, β₀ = b₀ − Σ b_j m_j / s_j; errors by the same linear map.
  const inverse = invert(information) ?? information.map((row) => row.map(() => Number.NaN));
  const transform = Array.from({ length: k }, (_, j) =>
    Array.from({ length: k }, (_, l) => (j === 0 ? (l === 0 ? 1 : -mean[l]! / scale[l]!) : l === j ? 1 / scale[j]! : 0)),
  );
  const coefficients = transform.map((row) => row.reduce((s, t, l) => s + t * beta[l]!, 0));
  const standardErrors = transform.map((row) => {
    let variance = 0;
    for (let a = 0; a < k; a++) for (let b = 0; b < k; b++) variance += row[a]! * inverse[a]![b]! * row[b]!;
    return Math.sqrt(variance);
  });
  const share = responders / n;
  const nullLogLikelihood = responders === 0 || responders === n ? 0 : responders * Math.log(share) + (n - responders) * Math.log(1 - share);
  return { coefficients, standardErrors, logLikelihood, nullLogLikelihood, iterations, converged };
}

/** P(y = 1) for one case. */
export function logisticProbability(fit: LogisticFit, features: readonly number[]): number {
  let eta = fit.coefficients[0]!;
  for (let j = 0; j < features.length; j++) eta += fit.coefficients[j + 1]! * features[j]!;
  return 1 / (1 + Math.exp(-eta));
}

function invert(matrix: readonly (readonly number[])[]): number[][] | null {
  const k = matrix.length;
  const columns: number[][] = [];
  for (let j = 0; j < k; j++) {
    const column = solveLinear(
      matrix,
      Array.from({ length: k }, (_, i) => (i === j ? 1 : 0)),
      SINGULAR_BELOW,
    );
    if (column === null) return null;
    columns.push(column);
  }
  return Array.from({ length: k }, (_, i) => Array.from({ length: k }, (_, j) => columns[j]![i]!));
}
