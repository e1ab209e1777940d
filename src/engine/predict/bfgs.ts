import type { MinimumFound } from "./nelderMead";

/**
 * Quasi-Newton minimisation (BFGS, Nocedal & Wright algorithm 6.1) with a backtracking line
 * search: the refinement after Nelder–Mead. From a point near the optimum it needs a dozen
 * gradient evaluations where the simplex needs hundreds of function values, which is what lets
 * the fit run on every customer of a big file.
 */
export type ValueAndGradient = (x: readonly number[]) => { readonly value: number; readonly gradient: readonly number[] };

export function bfgs(f: ValueAndGradient, start: readonly number[], maxIterations = 200): MinimumFound {
  const n = start.length;
  let x = [...start];
  let current = f(x);
  let evaluations = 1;
  let h = identity(n);
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    const g = current.gradient;
    if (!Number.isFinite(current.value) || norm(g) < 1e-8 * (1 + Math.abs(current.value))) break;
    let direction = h.map((row) => -dot(row, g));
    if (dot(direction, g) >= 0) {
      // Not a descent direction (the curvature estimate went wrong): restart from steepest descent.
      h = identity(n);
      direction = g.map((v) => -v);
    }
    // At most one unit of log-parameter per step (a factor e): far steps land where the
    // likelihood's terms underflow and the optimiser would chase rounding errors.
    const longest = Math.max(...direction.map(Math.abs));
    let step = longest > 1 ? 1 / longest : 1;
    let next = x;
    let trial = current;
    let accepted = false;
    for (let k = 0; k < 40; k++) {
      next = x.map((v, i) => v + step * direction[i]!);
      trial = f(next);
      evaluations++;
      if (Number.isFinite(trial.value) && trial.value <= current.value + 1e-4 * step * dot(direction, g)) {
        accepted = true;
        break;
      }
      step /= 2;
    }
    if (!accepted) break;
    const s = next.map((v, i) => v - x[i]!);
    const y = trial.gradient.map((v, i) => v - g[i]!);
    const sy = dot(s, y);
    const improvement = current.value - trial.value;
    x = next;
    current = trial;
    if (sy > 1e-12) h = updateInverse(h, s, y, sy);
    if (improvement < 1e-12 * (1 + Math.abs(current.value)) && norm(s) < 1e-10) break;
  }
  return { point: x, value: current.value, evaluations };
}

function updateInverse(h: number[][], s: readonly number[], y: readonly number[], sy: number): number[][] {
  const n = s.length;
  const rho = 1 / sy;
  const hy = h.map((row) => dot(row, y));
  const yhy = dot(y, hy);
  // H' = H − ρ(H y sᵀ + s yᵀ H) + (ρ² yᵀHy + ρ) s sᵀ
  return Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => h[i]![j]! - rho * (hy[i]! * s[j]! + s[i]! * hy[j]!) + (rho * rho * yhy + rho) * s[i]! * s[j]!),
  );
}

function identity(n: number): number[][] {
  return Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
}

const dot = (a: readonly number[], b: readonly number[]) => a.reduce((s, v, i) => s + v * b[i]!, 0);
const norm = (a: readonly number[]) => Math.sqrt(dot(a, a));
