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

  it("property: each group is the share of revenue from customers who spend strictly more (the rule, one customer at a time)", () => {
    // Counted customer by customer, as the rule says, with the same floating-point steps: the
    // sum of the amounts up to and including this one, taken from the total.
    const byRule = (list: readonly (number | null)[], limits: readonly [number, number, number]) => {
      const sorted = list.filter((v): v is number => v !== null && v > 0).sort((a, b) => a - b);
      let total = 0;
      for (const v of sorted) total += v;
      return list.map((v) => {
        if (v === null) return null;
        if (v <= 0 || total <= 0) return "D";
        let upTo = 0;
        for (const w of sorted) if (w <= v) upTo += w;
        const share = (total - upTo) / total;
        return share < limits[0] ? "A" : share < limits[1] ? "B" : share < limits[2] ? "C" : "D";
      });
    };
    const amount = fc.oneof(fc.constant(null), fc.integer({ min: -5, max: 60 }), fc.double({ min: 0, max: 1e6, noNaN: true }));
    const limits = fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }));
    fc.assert(
      fc.property(fc.array(amount, { maxLength: 80 }), fc.oneof(fc.constant(LIMITS), limits), (list, chosen) => {
        expect(valueGroups(list, chosen)).toEqual(byRule(list, chosen));
      }),
      { numRuns: 500 },
    );
  });
});
