import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { midRankScore, quantileScores, scoreAgainst, thresholdScore } from "../../../src/engine/scoring/quantileScores";

describe("quantileScores", () => {
  it("gives quintiles 1..5 to five distinct values, recency reversed", () => {
    expect(quantileScores([100, 200, 300, 400, 500], 5, "higherIsBetter")).toEqual([1, 2, 3, 4, 5]);
    expect(quantileScores([10, 20, 30, 40, 50], 5, "lowerIsBetter")).toEqual([5, 4, 3, 2, 1]);
  });

  it("hand-computed: ten values in quintiles, two per class", () => {
    // p = (i + 0.5) / 10 → ceil(5p) = 1,1,2,2,3,3,4,4,5,5
    expect(quantileScores([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 5, "higherIsBetter")).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
  });

  it("gives ties the same score", () => {
    // n = 5. 1: ceil(5·1/10) = 1; the three 2s (1 below, 3 equal): ceil(5·5/10) = 3; 9: ceil(5·9/10) = 5
    expect(quantileScores([2, 1, 2, 9, 2], 5, "higherIsBetter")).toEqual([3, 1, 3, 5, 3]);
  });

  it("gives one customer, and all-equal values, the middle score", () => {
    expect(quantileScores([42], 5, "higherIsBetter")).toEqual([3]);
    expect(quantileScores([7, 7, 7, 7], 5, "lowerIsBetter")).toEqual([3, 3, 3, 3]);
    expect(quantileScores([7, 7, 7], 4, "higherIsBetter")).toEqual([2, 2, 2]);
    expect(quantileScores([7, 7, 7], 10, "higherIsBetter")).toEqual([5, 5, 5]);
  });

  it("spreads a small file over the scale (two customers: 2 and 4 of 5)", () => {
    expect(quantileScores([1, 2], 5, "higherIsBetter")).toEqual([2, 4]);
  });

  it("keeps null as no score", () => {
    expect(quantileScores([null, 5, null, 1], 5, "higherIsBetter")).toEqual([null, 4, null, 2]);
  });

  it("midRankScore is the exact integer ceiling", () => {
    expect(midRankScore(0, 1, 5, 5)).toBe(1);
    expect(midRankScore(4, 1, 5, 5)).toBe(5);
    expect(midRankScore(1, 1, 10, 5)).toBe(1); // 5·3/20 = 0.75
  });

  const values = fc.array(fc.oneof(fc.constant(null), fc.integer({ min: -1000, max: 1000 }), fc.double({ noNaN: true, min: -1e9, max: 1e9 })), {
    maxLength: 60,
  });
  const classes = fc.constantFrom(3, 4, 5, 10);

  it("property: never throws, scores in 1..k, same value same score, higher value never lower score", () => {
    fc.assert(
      fc.property(values, classes, (list, k) => {
        const scores = quantileScores(list, k, "higherIsBetter");
        list.forEach((v, i) => {
          const s = scores[i];
          if (v === null) return expect(s).toBeNull();
          expect(s).toBeGreaterThanOrEqual(1);
          expect(s).toBeLessThanOrEqual(k);
          list.forEach((w, j) => {
            if (w === null) return;
            if (w === v) expect(scores[j]).toBe(s);
            if (w > v) expect(scores[j]!).toBeGreaterThanOrEqual(s!);
          });
        });
      }),
      { numRuns: 200 },
    );
  });

  it("property: scores never depend on row order", () => {
    fc.assert(
      fc.property(values, classes, fc.func(fc.integer()), (list, k, key) => {
        const shuffled = list.map((v, i) => ({ v, i, k: key(i) })).sort((a, b) => a.k - b.k || a.i - b.i);
        const direct = quantileScores(list, k, "lowerIsBetter");
        const reordered = quantileScores(
          shuffled.map((x) => x.v),
          k,
          "lowerIsBetter",
        );
        shuffled.forEach((x, position) => expect(reordered[position]).toBe(direct[x.i]));
      }),
      { numRuns: 200 },
    );
  });

  it("property: scoreAgainst a population that holds the value equals the table's score", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 40 }), classes, (list, k) => {
        const scores = quantileScores(list, k, "lowerIsBetter");
        list.forEach((v, i) => expect(scoreAgainst(v, list, k, "lowerIsBetter")).toBe(scores[i]));
      }),
      { numRuns: 200 },
    );
  });
});

describe("quantileScores against scoreAgainst", () => {
  it("property: each score is the value's mid-rank class among all (ties, doubles, infinities, both directions)", () => {
    // scoreAgainst counts below and equal one value at a time: an independent reading of the same rule.
    const value = fc.oneof(fc.integer({ min: -20, max: 20 }), fc.double({ noNaN: true }), fc.constantFrom(0, -0, Infinity, -Infinity));
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 120 }), fc.constantFrom(3, 4, 5, 10), fc.boolean(), (list, k, lower) => {
        const direction = lower ? "lowerIsBetter" : "higherIsBetter";
        const scores = quantileScores(list, k, direction);
        list.forEach((v, i) => expect(scores[i]).toBe(scoreAgainst(v, list, k, direction)));
      }),
      { numRuns: 500 },
    );
  });
});

describe("thresholdScore", () => {
  it("F and M: v < t1 → 1 … v ≥ t(k−1) → k", () => {
    const t = [2, 4, 8, 12];
    expect([0, 2, 3, 4, 8, 11, 12, 99].map((v) => thresholdScore(v, t, "higherIsBetter"))).toEqual([1, 2, 2, 3, 4, 4, 5, 5]);
  });

  it("R in days: d ≤ t1 → k … d > t(k−1) → 1", () => {
    const t = [30, 90, 180, 365];
    expect([0, 30, 31, 90, 180, 365, 366].map((d) => thresholdScore(d, t, "lowerIsBetter"))).toEqual([5, 5, 4, 4, 3, 2, 1]);
  });
});
