import { describe, expect, it } from "vitest";
import { gammaSign, logGamma } from "../../../src/engine/predict/logGamma";

// Published values: Abramowitz & Stegun table 6.1, DLMF 5.4 (Γ(1/2) = √π), and factorials.
describe("logGamma", () => {
  it("matches factorials and Γ(1/2) = √π", () => {
    expect(logGamma(1)).toBeCloseTo(0, 14);
    expect(logGamma(2)).toBeCloseTo(0, 14);
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 13);
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 14);
    expect(logGamma(171)).toBeCloseTo(706.5730622457874, 9); // ln(170!)
  });

  it("matches A&S table values", () => {
    expect(Math.exp(logGamma(1.25))).toBeCloseTo(0.9064024771, 10);
    expect(Math.exp(logGamma(1.75))).toBeCloseTo(0.9190625268, 10);
    expect(logGamma(100.5)).toBeCloseTo(361.4355404677776, 8); // Stirling series to 1e-15
  });

  it("reflects below ½: Γ(−½) = −2√π, Γ(0.1) ≈ 9.5135", () => {
    expect(Math.exp(logGamma(-0.5)) * gammaSign(-0.5)).toBeCloseTo(-2 * Math.sqrt(Math.PI), 12);
    expect(Math.exp(logGamma(0.1))).toBeCloseTo(9.513507698668732, 11);
    expect(gammaSign(-1.5)).toBe(1);
    expect(logGamma(-2)).toBe(Infinity);
  });

  it("satisfies Γ(x+1) = xΓ(x) across the range", () => {
    for (const x of [1e-6, 0.3, 2.7, 13.1, 250.25, 1e5]) expect(logGamma(x + 1) - logGamma(x)).toBeCloseTo(Math.log(x), 9);
  });
});
