import { describe, expect, it } from "vitest";
import { chiSquareTail, kaplanMeier, logRank, medianLifetime, survivalAt } from "../../../src/engine/predict/survival";
import { channelSurvival } from "../../../src/engine/predict/channelSurvival";
import type { PurchaseHistories } from "../../../src/engine/predict/purchaseHistories";

// Freireich et al. (1963), remission times in weeks of 42 leukaemia patients, the textbook
// example of Kleinbaum & Klein, "Survival Analysis" (ch. 2): 21 on 6-MP (12 censored), 21 on placebo.
const sixMp = {
  times: [6, 6, 6, 7, 10, 13, 16, 22, 23, 6, 9, 10, 11, 17, 19, 20, 25, 32, 32, 34, 35],
  events: [1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
};
const placebo = { times: [1, 1, 2, 2, 3, 4, 4, 5, 5, 8, 8, 8, 8, 11, 11, 12, 12, 15, 17, 22, 23], events: new Array<number>(21).fill(1) };

describe("Kaplan–Meier and the log-rank test, against the published leukaemia example", () => {
  it("gives the book's survival table and medians (23 and 8 weeks)", () => {
    const steps = kaplanMeier(sixMp);
    // Kleinbaum & Klein, table of S(t) for the 6-MP group.
    const published: [number, number][] = [
      [6, 0.8571],
      [7, 0.8067],
      [10, 0.7529],
      [13, 0.6902],
      [16, 0.6275],
      [22, 0.5378],
      [23, 0.4482],
    ];
    expect(steps.map((s) => s.time)).toEqual(published.map(([t]) => t));
    published.forEach(([time, survival]) => expect(survivalAt(steps, time)).toBeCloseTo(survival, 4));
    expect(steps[0]!.atRisk).toBe(21);
    expect(steps[0]!.events).toBe(3);
    expect(survivalAt(steps, 5)).toBe(1);
    expect(medianLifetime(steps)).toBe(23);
    expect(medianLifetime(kaplanMeier(placebo))).toBe(8);
    // Censored after the last event: the curve stays above ½ when too few events are seen.
    expect(medianLifetime(kaplanMeier({ times: [1, 2, 3], events: [1, 0, 0] }))).toBeNull();
  });

  it("gives the published log-rank χ² = 16.79 (1 df, p < 0.0001), O = 9 against E = 19.25", () => {
    const test = logRank([sixMp, placebo])!;
    expect(test.observed).toEqual([9, 21]);
    expect(test.expected[0]).toBeCloseTo(19.25, 2);
    expect(test.expected[1]).toBeCloseTo(10.75, 2);
    expect(test.chiSquare).toBeCloseTo(16.793, 3);
    expect(test.degreesOfFreedom).toBe(1);
    expect(test.pValue).toBeCloseTo(4.1688e-5, 8);
    expect(logRank([sixMp])).toBeNull();
  });

  it("has the χ² tail of scipy.stats.chi2.sf", () => {
    expect(chiSquareTail(16.79294098921654, 1)).toBeCloseTo(4.168809109334532e-5, 12);
    expect(chiSquareTail(3.2, 3)).toBeCloseTo(0.36180502749753174, 12);
    expect(chiSquareTail(40, 2)).toBeCloseTo(2.0611536224385566e-9, 16);
    expect(chiSquareTail(0, 4)).toBe(1);
  });
});

describe("channelSurvival on a file the size of the bench (150,000 customers: a spread of that many arguments overflows)", () => {
  it("does not overflow the call stack (the longest time was once Math.max(...times))", () => {
    const n = 150_000;
    const purchaseDays = new Float64Array(2 * n);
    const dayStart = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) {
      purchaseDays[2 * i] = i % 400;
      purchaseDays[2 * i + 1] = (i % 400) + 30 + (i % 500);
      dayStart[i + 1] = 2 * (i + 1);
    }
    const histories = {
      ids: Array.from({ length: n }, (_, i) => `C${i}`),
      purchaseDays,
      dayStart,
      dataEnd: 1000,
      firstChannel: null,
    } as unknown as PurchaseHistories;
    const result = channelSurvival(histories, 7, 52, "Tous");
    expect(result.channels[0]!.customers).toBe(n);
    expect(result.curve.length).toBeGreaterThan(2);
  });
});
