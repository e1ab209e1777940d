import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Interner } from "../../../src/engine/duplicates/interner";

describe("Interner (its own hash table)", () => {
  it("numbers texts in order of first sight, counts them and finds them, as a Map would", () => {
    // Short texts from few letters: many repeats, and hashes that share their low bits.
    const text = fc.string({ unit: fc.constantFrom("a", "b", "é", "1", " ", "\u0000", "\uffff"), maxLength: 6 });
    fc.assert(
      fc.property(fc.array(fc.tuple(text, fc.boolean()), { maxLength: 3000 }), fc.array(text, { maxLength: 50 }), (adds, probes) => {
        const interner = new Interner();
        const ids = new Map<string, number>();
        const counts: number[] = [];
        for (const [value, count] of adds) {
          if (!ids.has(value)) ids.set(value, ids.size);
          const id = ids.get(value)!;
          counts[id] = (counts[id] ?? 0) + (count ? 1 : 0);
          expect(interner.id(value, count)).toBe(id);
        }
        expect(interner.size).toBe(ids.size);
        for (const [value, id] of ids) {
          expect(interner.text(id)).toBe(value);
          expect(interner.find(value)).toBe(id);
          expect(interner.count(id)).toBe(Math.max(1, counts[id]!));
        }
        for (const value of probes) expect(interner.find(value)).toBe(ids.get(value) ?? -1);
      }),
      { numRuns: 200 },
    );
  });

  it("keeps 200,000 distinct words apart through its growth", () => {
    const interner = new Interner();
    const words = Array.from({ length: 200_000 }, (_, i) => `w${i}`);
    const ids = words.map((w) => interner.id(w));
    expect(ids.every((id, i) => id === i)).toBe(true);
    expect(words.every((w, i) => interner.find(w) === i && interner.text(i) === w)).toBe(true);
    expect(interner.find("w200000")).toBe(-1);
    expect(interner.id("w5")).toBe(5);
    expect(interner.count(5)).toBe(2);
  });
});
