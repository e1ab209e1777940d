import { describe, expect, it } from "vitest";
import { hypergeometric2F1 as F } from "../../../src/engine/predict/hypergeometric2F1";
import { logGamma } from "../../../src/engine/predict/logGamma";

const relative = (actual: number, expected: number) => Math.abs(actual - expected) / Math.abs(expected);

// Closed forms of DLMF 15.4 and Abramowitz & Stegun 15.1, and Gauss's sum at z = 1 (15.4.20).
describe("hypergeometric2F1", () => {
  it("₂F₁(1, 1; 2; z) = −ln(1 − z)/z, even close to 1 (c − a − b = 0)", () => {
    for (const z of [-3, -0.5, 0.1, 0.5, 0.9, 0.99, 0.999]) expect(relative(F(1, 1, 2, z), -Math.log(1 - z) / z)).toBeLessThan(1e-12);
  });

  it("₂F₁(a, b; b; z) = (1 − z)^(−a)", () => {
    for (const z of [-0.9, 0.3, 0.95, 0.999]) expect(relative(F(2.5, 1.3, 1.3, z), Math.pow(1 - z, -2.5))).toBeLessThan(1e-11);
  });

  it("₂F₁(½, ½; 3/2; z²) = arcsin(z)/z and ₂F₁(½, 1; 3/2; −z²) = arctan(z)/z", () => {
    for (const x of [0.2, 0.7, 0.97, 0.9995]) expect(relative(F(0.5, 0.5, 1.5, x * x), Math.asin(x) / x)).toBeLessThan(1e-11);
    for (const x of [0.5, 2, 10]) expect(relative(F(0.5, 1, 1.5, -x * x), Math.atan(x) / x)).toBeLessThan(1e-12);
  });

  it("₂F₁(a, 1 − a; 3/2; sin²x) = sin((2a − 1)x) / ((2a − 1) sin x)", () => {
    for (const [a, x] of [
      [0.3, 0.4],
      [2.2, 1.2],
      [0.75, 1.5],
    ] as const) {
      const expected = Math.sin((2 * a - 1) * x) / ((2 * a - 1) * Math.sin(x));
      expect(relative(F(a, 1 - a, 1.5, Math.sin(x) ** 2), expected)).toBeLessThan(1e-10);
    }
  });

  it("tends to Gauss's sum Γ(c)Γ(c−a−b)/(Γ(c−a)Γ(c−b)) at z = 1", () => {
    const [a, b, c] = [0.3, 0.45, 1.9];
    const gauss = Math.exp(logGamma(c) + logGamma(c - a - b) - logGamma(c - a) - logGamma(c - b));
    expect(relative(F(a, b, c, 1), gauss)).toBeLessThan(1e-12);
    expect(relative(F(a, b, c, 0.999999), gauss)).toBeLessThan(1e-4);
  });

  it("grows like (1 − z)^(c−a−b) when c − a − b < 0 (the BG/NBD case with many purchases)", () => {
    // Euler: ₂F₁(a, b; c; z) = (1 − z)^(c−a−b) ₂F₁(c − a, c − b; c; z); checked at a moderate z.
    const [a, b, c, z] = [12.24, 14.43, 15.2, 0.6];
    expect(relative(F(a, b, c, z), Math.pow(1 - z, c - a - b) * F(c - a, c - b, c, z))).toBeLessThan(1e-12);
    expect(F(3, 2, 1.5, 0.98)).toBeGreaterThan(1e4);
  });

  it("is a polynomial when a is a negative integer", () => {
    // ₂F₁(−2, b; c; z) = 1 − 2bz/c + b(b+1)z²/(c(c+1)).
    const [b, c, z] = [1.5, 2.5, 0.97];
    expect(F(-2, b, c, z)).toBeCloseTo(1 - (2 * b * z) / c + (b * (b + 1) * z * z) / (c * (c + 1)), 13);
  });
});
