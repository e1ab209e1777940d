import { describe, expect, it } from "vitest";
import { bgNbdExpectedPurchases, bgNbdLogLikelihood, bgNbdPAlive, fitBgNbd } from "../../../src/engine/predict/bgNbd";
import { fitGammaGamma, gammaGammaExpectedSpend } from "../../../src/engine/predict/gammaGamma";
import { fitParetoNbd, paretoNbdExpectedPurchases, paretoNbdPAlive } from "../../../src/engine/predict/paretoNbd";
import { distinctTriples } from "../../../src/engine/predict/repeatData";
import { CDNOW_FILE, cdnowCustomers } from "./cdnow";

/** Within 0.1 % of a published figure, as the issue asks. */
const close = (actual: number, published: number) => expect(Math.abs(actual - published) / Math.abs(published)).toBeLessThan(0.001);

// Published on CDNOW_sample (shared/data/README.md): Fader, Hardie & Lee (2005) and the
// Gamma-Gamma note; Pareto/NBD from the same paper's comparison (r 0.55, α 10.58, s 0.61, β 11.67, LL −9595.0).
describe.skipIf(CDNOW_FILE === null)("fits on CDNOW_sample against the published results", () => {
  const customers = CDNOW_FILE === null ? null : cdnowCustomers();
  const data = customers ? distinctTriples(customers.x, customers.tx, customers.T) : null;

  it("reads 2,357 customers, 1,882 repeat purchases in the 39-week holdout", () => {
    expect(customers!.x).toHaveLength(2357);
    expect(customers!.holdoutPurchases.reduce((s, v) => s + v, 0)).toBe(1882);
    expect(customers!.x.filter((x) => x > 0)).toHaveLength(946);
  });

  it("BG/NBD: r = 0.2426, α = 4.4136, a = 0.7929, b = 2.4259, LL = −9582.43; E[Y(39) | 2, 30.43, 38.86] = 1.226", () => {
    const fit = fitBgNbd(data!);
    close(fit.r, 0.2426);
    close(fit.alpha, 4.4136);
    close(fit.a, 0.7929);
    close(fit.b, 2.4259);
    expect(fit.logLikelihood).toBeCloseTo(-9582.43, 1);
    expect(bgNbdLogLikelihood(fit, data!)).toBeCloseTo(fit.logLikelihood, 6);
    expect(bgNbdExpectedPurchases(fit, 39, 2, 30.43, 38.86)).toBeCloseTo(1.226, 3);
    // P(alive) is 1 without repeat purchases, and falls the longer a frequent buyer stays silent.
    expect(bgNbdPAlive(fit, 0, 0, 38.86)).toBe(1);
    expect(bgNbdPAlive(fit, 5, 10, 38.86)).toBeLessThan(bgNbdPAlive(fit, 5, 35, 38.86));
  });

  it("BG/NBD from a sample then refined on all the data lands on the same optimum", () => {
    const every3rd = (v: number[]) => v.filter((_, i) => i % 3 === 0);
    const sample = distinctTriples(every3rd(customers!.x), every3rd(customers!.tx), every3rd(customers!.T));
    const fit = fitBgNbd(data!, sample);
    close(fit.r, 0.2426);
    close(fit.b, 2.4259);
    expect(fit.logLikelihood).toBeCloseTo(-9582.43, 1);
  });

  it("Gamma-Gamma on the 946 repeat customers: p = 6.25, q = 3.74, v = 15.44", () => {
    const repeaters = customers!.x.map((x, i) => i).filter((i) => customers!.x[i]! > 0);
    const fit = fitGammaGamma({
      x: Float64Array.from(repeaters, (i) => customers!.x[i]!),
      meanValue: Float64Array.from(repeaters, (i) => customers!.meanRepeatValue[i]!),
    });
    expect(fit.customers).toBe(946);
    expect(Math.abs(fit.p - 6.25)).toBeLessThan(0.005);
    expect(Math.abs(fit.q - 3.74)).toBeLessThan(0.005);
    expect(Math.abs(fit.v - 15.44)).toBeLessThan(0.01);
    // The spend expected from a customer lies between the population mean and their own mean.
    const population = (fit.p * fit.v) / (fit.q - 1);
    const spend = gammaGammaExpectedSpend(fit, 4, 60);
    expect(spend).toBeGreaterThan(population);
    expect(spend).toBeLessThan(60);
  });

  it("Pareto/NBD: r = 0.55, α = 10.58, s = 0.61, β = 11.67, LL = −9595.0", () => {
    const fit = fitParetoNbd(data!);
    expect(fit.r).toBeCloseTo(0.55, 2);
    expect(fit.alpha).toBeCloseTo(10.58, 1);
    expect(fit.s).toBeCloseTo(0.61, 2);
    expect(fit.beta).toBeCloseTo(11.67, 1);
    expect(fit.logLikelihood).toBeCloseTo(-9595.0, 0);
    const pAlive = paretoNbdPAlive(fit, 2, 30.43, 38.86);
    expect(pAlive).toBeGreaterThan(0.5);
    expect(pAlive).toBeLessThan(1);
    // Same order as BG/NBD's 1.226 for this customer (Pareto/NBD keeps more customers alive).
    expect(paretoNbdExpectedPurchases(fit, 39, 2, 30.43, 38.86)).toBeGreaterThan(1.1);
    expect(paretoNbdExpectedPurchases(fit, 39, 2, 30.43, 38.86)).toBeLessThan(1.6);
  });
});
