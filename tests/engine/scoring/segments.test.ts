import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { segmentOf, toFivePoint } from "../../../src/engine/scoring/segments";
import { SEGMENT_GRID, SEGMENT_KEYS } from "../../../src/engine/scoring/data/segmentGrid";
import { SEGMENT_NAMES, segmentName } from "../../../src/engine/scoring/i18n/segmentNames";

describe("segmentOf", () => {
  it("reads the documented R × F map", () => {
    expect(segmentOf(5, 5)).toBe("champions");
    expect(segmentOf(5, 4)).toBe("champions");
    expect(segmentOf(4, 5)).toBe("loyalCustomers");
    expect(segmentOf(3, 4)).toBe("loyalCustomers");
    expect(segmentOf(5, 2)).toBe("potentialLoyalists");
    expect(segmentOf(5, 1)).toBe("newCustomers");
    expect(segmentOf(4, 1)).toBe("promising");
    expect(segmentOf(3, 3)).toBe("needAttention");
    expect(segmentOf(3, 1)).toBe("aboutToSleep");
    expect(segmentOf(2, 3)).toBe("atRisk");
    expect(segmentOf(1, 5)).toBe("cantLoseThem");
    expect(segmentOf(2, 2)).toBe("hibernating");
    expect(segmentOf(1, 1)).toBe("lost");
  });

  it("uses every one of the 11 segments", () => {
    expect(new Set(SEGMENT_GRID.flat())).toEqual(new Set(SEGMENT_KEYS));
  });

  it("maps other scales by the middle of each class", () => {
    expect([1, 2, 3].map((s) => toFivePoint(s, 3))).toEqual([1, 3, 5]);
    expect([1, 2, 3, 4].map((s) => toFivePoint(s, 4))).toEqual([1, 2, 4, 5]);
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((s) => toFivePoint(s, 10))).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
    expect(segmentOf(3, 3, 3)).toBe("champions");
    expect(segmentOf(1, 1, 10)).toBe("lost");
  });

  it("property: any scale gives a known segment", () => {
    fc.assert(
      fc.property(fc.constantFrom(3, 4, 5, 10), fc.nat(), fc.nat(), (k, a, b) => {
        expect(SEGMENT_KEYS).toContain(segmentOf(1 + (a % k), 1 + (b % k), k));
      }),
    );
  });

  it("names every segment in French and English", () => {
    for (const key of SEGMENT_KEYS) {
      expect(SEGMENT_NAMES[key].fr).not.toBe("");
      expect(SEGMENT_NAMES[key].en).not.toBe("");
    }
    expect(segmentName("cantLoseThem", "fr")).toBe("À ne pas perdre");
    expect(segmentName("aboutToSleep", "en")).toBe("About to Sleep");
  });
});
