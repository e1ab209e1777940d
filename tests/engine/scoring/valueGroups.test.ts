import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { valueGroups } from "../../../src/engine/scoring/valueGroups";

const LIMITS = [0.5, 0.8, 0.95] as const;

describe("valueGroups", () => {
  it("hand-computed Pareto groups", () => {
    // Total 100: revenue above 60 → 0 % (A); 20 → 60 % (B); 10 → 80 % (C); 5 → 90 % (C); 5 → 90 % (C)
    expect(valueGroups([60, 20, 10, 5, 5], LIMITS)).toEqual(["A", "B", "C", "C", "C"]);
    expect(valueGroups([40, 30, 20, 6, 4], LIMITS)).toEqual(["A", "A", "B", "C", "D"]);
  });

  it("puts nothing spent in D and keeps unknown as null", () => {
    expect(valueGroups([0, null, -5, 10], LIMITS)).toEqual(["D", null, "D", "A"]);
    expect(valueGroups([0, 0], LIMITS)).toEqual(["D", "D"]);
  });

  it("property: equal spenders share a group, whatever the order; more spent is never a worse group", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 40 }), (list) => {
        const groups = valueGroups(list, LIMITS);
        const reversed = valueGroups([...list].reverse(), LIMITS).reverse();
        expect(reversed).toEqual(groups);
        list.forEach((v, i) =>
          list.forEach((w, j) => {
            if (w > v) expect(groups[j]! <= groups[i]!).toBe(true);
          }),
        );
      }),
      { numRuns: 200 },
    );
  });
});
