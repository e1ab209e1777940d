import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { chance, mulberry32, pick, randomDigits, randomInt, weightedPicker } from "../../../src/tools/samples/random";

describe("seeded random", () => {
  it("gives the same sequence for the same seed and another for another seed", () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const seqA = Array.from({ length: 20 }, a);
    expect(Array.from({ length: 20 }, b)).toEqual(seqA);
    expect(Array.from({ length: 20 }, c)).not.toEqual(seqA);
  });

  it("stays in [0, 1) for any seed", () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const rand = mulberry32(seed);
        for (let i = 0; i < 50; i++) {
          const x = rand();
          if (!(x >= 0 && x < 1)) return false;
        }
        return true;
      }),
    );
  });

  it("is roughly uniform (mean near 0.5 over many draws)", () => {
    const rand = mulberry32(7);
    let sum = 0;
    for (let i = 0; i < 20000; i++) sum += rand();
    expect(sum / 20000).toBeGreaterThan(0.49);
    expect(sum / 20000).toBeLessThan(0.51);
  });

  it("draws integers within bounds, both included", () => {
    const rand = mulberry32(1);
    const seen = new Set<number>();
    for (let i = 0; i < 500; i++) seen.add(randomInt(rand, 3, 6));
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
  });

  it("respects weights", () => {
    const rand = mulberry32(3);
    const pickOne = weightedPicker([["a", 9], ["b", 1]] as const);
    let a = 0;
    for (let i = 0; i < 10000; i++) if (pickOne(rand) === "a") a++;
    expect(a).toBeGreaterThan(8700);
    expect(a).toBeLessThan(9300);
  });

  it("picks from the list, refuses an empty one, makes digits", () => {
    const rand = mulberry32(5);
    expect(["x", "y"]).toContain(pick(rand, ["x", "y"]));
    expect(() => pick(rand, [])).toThrow();
    expect(randomDigits(rand, 8)).toMatch(/^\d{8}$/);
    expect(() => randomDigits(rand, 10)).toThrow();
    expect(chance(rand, 0)).toBe(false);
    expect(chance(rand, 1)).toBe(true);
  });
});
