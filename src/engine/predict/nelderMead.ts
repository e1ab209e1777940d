/**
 * Minimises a function of a few real variables without derivatives (Nelder & Mead 1965, with
 * the adaptive coefficients of Gao & Han 2012 that behave better beyond two dimensions).
 * The likelihoods are fitted on log-parameters, so every point is allowed; a point where the
 * function is not finite counts as +∞ and the simplex moves away from it. Restarting from the
 * best point with a fresh simplex until the value stops improving is the classic cure for a
 * simplex that collapsed early (it is what makes the fit reproduce published figures).
 */
export interface MinimumFound {
  readonly point: readonly number[];
  readonly value: number;
  readonly evaluations: number;
}

export interface NelderMeadOptions {
  /** Size of the first simplex's steps (log-parameters: 0.5 is a factor of 1.6). */
  readonly step?: number;
  /** Stop when the simplex's values differ by less than this. */
  readonly tolerance?: number;
  readonly maxEvaluations?: number;
  readonly restarts?: number;
}

export function nelderMead(f: (x: readonly number[]) => number, start: readonly number[], options: NelderMeadOptions = {}): MinimumFound {
  const tolerance = options.tolerance ?? 1e-10;
  const maxEvaluations = options.maxEvaluations ?? 20_000;
  let evaluations = 0;
  const value = (x: readonly number[]): number => {
    evaluations++;
    const v = f(x);
    return Number.isFinite(v) ? v : Infinity;
  };
  let best = { point: [...start], value: value(start) };
  let step = options.step ?? 0.5;
  for (let round = 0; round <= (options.restarts ?? 6); round++) {
    const found = simplexSearch(value, best.point, step, tolerance, () => evaluations < maxEvaluations);
    const improved = best.value - found.value;
    if (found.value <= best.value) best = found;
    if (improved < tolerance && round > 0) break;
    step = Math.max(0.05, step / 2);
  }
  return { point: best.point, value: best.value, evaluations };
}

interface Vertex {
  point: number[];
  value: number;
}

function simplexSearch(value: (x: readonly number[]) => number, start: readonly number[], step: number, tolerance: number, budgetLeft: () => boolean): Vertex {
  const n = start.length;
  const alpha = 1;
  const beta = 1 + 2 / n;
  const gamma = 0.75 - 1 / (2 * n);
  const delta = 1 - 1 / n;
  const simplex: Vertex[] = [{ point: [...start], value: value(start) }];
  for (let i = 0; i < n; i++) {
    const point = [...start];
    point[i]! += step;
    simplex.push({ point, value: value(point) });
  }
  const along = (from: readonly number[], to: readonly number[], t: number): number[] => from.map((x, i) => x + t * (to[i]! - x));
  while (budgetLeft()) {
    simplex.sort((p, q) => p.value - q.value);
    const bestValue = simplex[0]!.value;
    const worst = simplex[n]!;
    if (Math.abs(worst.value - bestValue) <= tolerance * (1 + Math.abs(bestValue)) && spread(simplex) < 1e-7) break;
    const centroid = new Array<number>(n).fill(0);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) centroid[j]! += simplex[i]!.point[j]! / n;
    const reflected = along(centroid, worst.point, -alpha);
    const reflectedValue = value(reflected);
    if (reflectedValue < bestValue) {
      const expanded = along(centroid, worst.point, -alpha * beta);
      const expandedValue = value(expanded);
      simplex[n] = expandedValue < reflectedValue ? { point: expanded, value: expandedValue } : { point: reflected, value: reflectedValue };
      continue;
    }
    if (reflectedValue < simplex[n - 1]!.value) {
      simplex[n] = { point: reflected, value: reflectedValue };
      continue;
    }
    const outside = reflectedValue < worst.value;
    const contracted = outside ? along(centroid, reflected, gamma) : along(centroid, worst.point, gamma);
    const contractedValue = value(contracted);
    if (contractedValue < Math.min(reflectedValue, worst.value)) {
      simplex[n] = { point: contracted, value: contractedValue };
      continue;
    }
    // Shrink every vertex towards the best one.
    for (let i = 1; i <= n; i++) {
      const point = along(simplex[0]!.point, simplex[i]!.point, delta);
      simplex[i] = { point, value: value(point) };
    }
  }
  simplex.sort((p, q) => p.value - q.value);
  return simplex[0]!;
}

/** The largest distance of a vertex from the best one, coordinate-wise. */
function spread(simplex: readonly Vertex[]): number {
  let largest = 0;
  const best = simplex[0]!.point;
  for (const vertex of simplex) for (let j = 0; j < best.length; j++) largest = Math.max(largest, Math.abs(vertex.point[j]! - best[j]!));
  return largest;
}
