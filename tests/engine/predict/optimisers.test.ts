import { describe, expect, it } from "vitest";
import { bfgs } from "../../../src/engine/predict/bfgs";
import { digamma } from "../../../src/engine/predict/digamma";
import { nelderMead } from "../../../src/engine/predict/nelderMead";
import { bgNbdObjective } from "../../../src/engine/predict/bgNbdGradient";
import { gammaGammaObjective } from "../../../src/engine/predict/gammaGamma";
import { distinctTriples } from "../../../src/engine/predict/repeatData";

const rosenbrock = (v: readonly number[]) => (1 - v[0]!) ** 2 + 100 * (v[1]! - v[0]! ** 2) ** 2;

describe("optimisers", () => {
  it("Nelder–Mead finds Rosenbrock's minimum (1, 1) from (−1.2, 1)", () => {
    const found = nelderMead(rosenbrock, [-1.2, 1]);
    expect(found.point[0]).toBeCloseTo(1, 4);
    expect(found.point[1]).toBeCloseTo(1, 4);
  });

  it("BFGS finds it too with the gradient, in far fewer evaluations", () => {
    const found = bfgs(
      (v) => ({ value: rosenbrock(v), gradient: [-2 * (1 - v[0]!) - 400 * v[0]! * (v[1]! - v[0]! ** 2), 200 * (v[1]! - v[0]! ** 2)] }),
      [-1.2, 1],
      500,
    );
    expect(found.point[0]).toBeCloseTo(1, 5);
    expect(found.evaluations).toBeLessThan(nelderMead(rosenbrock, [-1.2, 1]).evaluations);
  });

  it("digamma: ψ(1) = −γ, ψ(½) = −γ − 2 ln 2, ψ(x+1) = ψ(x) + 1/x", () => {
    const euler = 0.5772156649015329;
    expect(digamma(1)).toBeCloseTo(-euler, 13);
    expect(digamma(0.5)).toBeCloseTo(-euler - 2 * Math.LN2, 13);
    for (const x of [0.01, 3.3, 47.5]) expect(digamma(x + 1) - digamma(x)).toBeCloseTo(1 / x, 11);
  });

  it("the analytic gradients match finite differences", () => {
    const data = distinctTriples([0, 0, 1, 3, 7, 2], [0, 0, 5, 20, 30, 12], [30, 10, 35, 38, 39, 20]);
    const spend = { x: Float64Array.from([1, 2, 5, 9]), meanValue: Float64Array.from([20, 35.5, 12, 80]) };
    const check = (objective: (v: readonly number[]) => { value: number; gradient: readonly number[] }, at: number[]) => {
      const { gradient } = objective(at);
      at.forEach((_, k) => {
        const h = 1e-6;
        const up = [...at];
        up[k]! += h;
        const down = [...at];
        down[k]! -= h;
        expect(gradient[k]).toBeCloseTo((objective(up).value - objective(down).value) / (2 * h), 4);
      });
    };
    check((v) => bgNbdObjective(v, data), [-1, 1, -0.5, 0.5]);
    check((v) => gammaGammaObjective(v, spend), [1, 0.8, 2]);
  });
});
