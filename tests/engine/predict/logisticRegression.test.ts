import { describe, expect, it } from "vitest";
import { fitLogistic } from "../../../src/engine/predict/logisticRegression";
import { deciles } from "../../../src/engine/predict/responseModel";

describe("logistic regression (maximum likelihood, Newton–Raphson)", () => {
  it("reproduces the published Challenger O-ring fit (Dalal, Fowlkes & Hoadley 1989; R's glm)", () => {
    // 23 launches before the accident: temperature (°F), and whether an O-ring was damaged.
    const temperature = [66, 70, 69, 68, 67, 72, 73, 70, 57, 63, 70, 78, 67, 53, 67, 75, 70, 81, 76, 79, 75, 76, 58];
    const damaged = [0, 1, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, 1];
    const fit = fitLogistic(
      temperature.map((t) => [t]),
      damaged,
    );
    expect(fit.converged).toBe(true);
    // Published: β₀ = 15.0429 (SE 7.3786), β₁ = −0.2322 (SE 0.1082), residual deviance 20.315, null deviance 28.267.
    expect(fit.coefficients[0]).toBeCloseTo(15.0429, 3);
    expect(fit.coefficients[1]).toBeCloseTo(-0.2322, 4);
    expect(fit.standardErrors[0]).toBeCloseTo(7.3786, 3);
    expect(fit.standardErrors[1]).toBeCloseTo(0.1082, 4);
    expect(-2 * fit.logLikelihood).toBeCloseTo(20.315, 3);
    expect(-2 * fit.nullLogLikelihood).toBeCloseTo(28.267, 3);
  });

  it("matches numpy/scipy on recency, frequency and monetary value (60 customers)", () => {
    // Computed independently with python3 (scipy BFGS on the log-likelihood, then numpy Newton steps):
    // coef [-0.536362, -0.0372709, 0.271161, 0.0118306], se [0.947395, 0.0227506, 0.125045, 0.00947596], LL −35.155604.
    const rows: [number, number, number][] = [
      [34, 3, 96.0],
      [27, 4, 87.3],
      [14, 3, 114.07],
      [16, 6, 109.76],
      [41, 4, 79.68],
      [13, 6, 100.95],
      [17, 4, 100.01],
      [10, 1, 108.91],
      [31, 2, 81.78],
      [21, 2, 92.51],
      [16, 8, 115.14],
      [36, 2, 87.93],
      [36, 8, 62.62],
      [32, 1, 60.0],
      [29, 3, 32.98],
      [5, 1, 38.63],
      [28, 4, 60.15],
      [24, 3, 60.25],
      [48, 7, 67.11],
      [2, 8, 34.15],
      [38, 6, 114.85],
      [36, 1, 133.95],
      [9, 8, 96.2],
      [13, 6, 33.95],
      [23, 7, 74.8],
      [40, 1, 110.59],
      [7, 2, 68.98],
      [38, 6, 48.82],
      [35, 5, 120.66],
      [8, 5, 133.51],
      [20, 1, 49.27],
      [12, 3, 65.88],
      [40, 8, 90.66],
      [30, 5, 104.87],
      [21, 3, 20.98],
      [24, 2, 93.58],
      [40, 8, 125.61],
      [34, 4, 90.66],
      [4, 1, 53.07],
      [34, 1, 86.71],
      [37, 8, 113.9],
      [6, 6, 125.69],
      [46, 1, 104.6],
      [43, 3, 111.35],
      [2, 8, 96.51],
      [7, 1, 18.6],
      [33, 1, 69.71],
      [14, 1, 29.95],
      [47, 7, 71.97],
      [39, 2, 116.87],
      [20, 6, 62.6],
      [35, 4, 26.26],
      [44, 3, 41.41],
      [21, 6, 31.8],
      [8, 1, 102.57],
      [44, 4, 50.38],
      [37, 3, 53.54],
      [2, 7, 123.51],
      [7, 7, 38.97],
      [43, 8, 103.72],
    ];
    const answers = [
      1, 1, 1, 0, 0, 0, 1, 1, 0, 0, 1, 0, 1, 1, 0, 0, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 0, 1, 1, 0, 1, 0, 0, 0, 1, 0, 1, 1, 0, 1, 1, 1, 0, 0, 1, 0, 1,
      0, 0, 0, 1, 1, 0, 1, 1, 1,
    ];
    const fit = fitLogistic(rows, answers);
    const expected = [-0.5363618759, -0.0372708886, 0.2711614611, 0.0118306254];
    const errors = [0.9473948189, 0.0227505996, 0.1250445027, 0.0094759562];
    expected.forEach((value, j) => expect(fit.coefficients[j]).toBeCloseTo(value, 6));
    errors.forEach((value, j) => expect(fit.standardErrors[j]).toBeCloseTo(value, 6));
    expect(fit.logLikelihood).toBeCloseTo(-35.155604028, 6);
    expect(fit.nullLogLikelihood).toBeCloseTo(-39.940343999, 6);
  });

  it("cuts the ranked customers in ten: lift and cumulative gains", () => {
    // 20 customers, the model ranks them perfectly: the 4 responders are the top two tenths.
    const probabilities = Array.from({ length: 20 }, (_, i) => 1 - i / 20);
    const answers = probabilities.map((_, i) => (i < 4 ? 1 : 0));
    const table = deciles(probabilities, answers);
    expect(table.map((d) => d.customers)).toEqual(Array(10).fill(2));
    expect(table[0]!.lift).toBeCloseTo(5, 10); // 100 % answered against 20 % overall
    expect(table[1]!.cumulativeGain).toBe(1);
    expect(table[9]!.cumulativeGain).toBe(1);
    expect(table[2]!.responseRate).toBe(0);
  });
});
