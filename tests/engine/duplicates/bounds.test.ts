import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { jaroWinkler } from "../../../src/engine/duplicates/compare/jaroWinkler";
import { mayReachJaroWinkler } from "../../../src/engine/duplicates/compare/similarityBound";
import { letterBits } from "../../../src/engine/duplicates/compare/oneLetterApart";
import { countValues } from "../../../src/engine/duplicates/valueCounts";
import { hash53 } from "../../../src/engine/duplicates/hash53";
import { radixSort, radixSortByKey } from "../../../src/engine/duplicates/radixSort";
import { Interner } from "../../../src/engine/duplicates/interner";
import { INITIAL_MATCH, SAME_WORD, wordSimilarity } from "../../../src/engine/duplicates/compare/wordMatch";
import { WordShapes } from "../../../src/engine/duplicates/compare/wordShapes";

const word = fc.string({ unit: fc.constantFrom("a", "e", "i", "n", "r", "t", "m", "l", "o", "u", " ", "-"), minLength: 1, maxLength: 14 });

describe("shortcuts that must never change a result", () => {
  it("the letter bound never rules out a pair that reaches the Jaro-Winkler threshold", () => {
    fc.assert(
      fc.property(word, word, fc.constantFrom(0.85, 0.88, 0.9, 0.95), (a, b, threshold) => {
        if (jaroWinkler(a, b) >= threshold) expect(mayReachJaroWinkler(letterBits(a), letterBits(b), a.length, b.length, threshold)).toBe(true);
      }),
      { numRuns: 20_000 },
    );
    // and it does rule out different names: that is its point.
    expect(mayReachJaroWinkler(letterBits("jean"), letterBits("julien"), 4, 6, 0.88)).toBe(false);
    expect(mayReachJaroWinkler(letterBits("lefebvre"), letterBits("lefevre"), 8, 7, 0.88)).toBe(true);
  });

  it("compares two words from their shapes (length, first letters, letters) as from their texts", () => {
    // The rule as it read the texts, before the shapes: initials, length gap, first letters (or swapped), Jaro-Winkler.
    const byTexts = (a: string, b: string): number => {
      if (a === b) return 1;
      if (a.length === 1 || b.length === 1) return a[0] === b[0] ? INITIAL_MATCH : 0;
      if (Math.abs(a.length - b.length) > 3) return 0;
      if (a[0] !== b[0] && !(a[0] === b[1] && a[1] === b[0])) return 0;
      const sim = jaroWinkler(a, b);
      return sim >= SAME_WORD ? sim : 0;
    };
    fc.assert(
      fc.property(word, word, (a, b) => {
        const words = new Interner();
        const shapes = new WordShapes((words.id(a), words.id(b), words));
        expect(wordSimilarity(words.find(a), words.find(b), shapes)).toBe(byTexts(a, b));
      }),
      { numRuns: 20_000 },
    );
    const words = new Interner();
    for (const w of ["jean", "j", "jaen", "lefebvre", "lefevre", "ejan"]) words.id(w);
    const shapes = new WordShapes(words);
    expect(wordSimilarity(words.find("j"), words.find("jean"), shapes)).toBe(INITIAL_MATCH);
    expect(wordSimilarity(words.find("lefebvre"), words.find("lefevre"), shapes)).toBeGreaterThan(SAME_WORD);
    expect(wordSimilarity(words.find("jean"), words.find("ejan"), shapes)).toBeGreaterThan(0);
  });

  it("counts each value's occurrences, missing values counting 0", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constant(Number.NaN), fc.integer({ min: 0, max: 40 }), fc.string({ maxLength: 3 }).map(hash53)), { maxLength: 400 }),
        (values) => {
          const counts = countValues(values);
          values.forEach((v, i) => expect(counts[i]).toBe(Number.isNaN(v) ? 0 : values.filter((x) => x === v).length));
        },
      ),
      { numRuns: 200 },
    );
  });

  it("hashes texts to exact integers, equal texts equal", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(Number.isSafeInteger(hash53(a))).toBe(true);
        if (a === b) expect(hash53(a)).toBe(hash53(b));
      }),
    );
    const seen = new Set<number>();
    for (let i = 0; i < 100_000; i++) seen.add(hash53(`client${i}@gmail.com`));
    expect(seen.size).toBe(100_000);
  });
});

describe("radix sort", () => {
  it("sorts integers below 2^53 exactly as a comparison sort does", () => {
    const big = fc.oneof(
      fc.integer({ min: 0, max: 70_000 }),
      fc.maxSafeNat(),
      fc.nat().map((x) => x * 1_048_576 + 5),
    );
    fc.assert(
      fc.property(fc.array(big, { maxLength: 3000 }), (values) => {
        const sorted = radixSort(Float64Array.from(values));
        expect([...sorted]).toEqual([...Float64Array.from(values).sort()]);
      }),
      { numRuns: 200 },
    );
  });
});

describe("radix sort by key", () => {
  it("sorts (key, row) entries pushed row after row as a full sort does", () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.nat({ max: 0xffffffff }), { maxLength: 4 }), { maxLength: 500 }), (keysOfRow) => {
        const shift = 1024;
        const entries: number[] = [];
        keysOfRow.forEach((keys, row) => keys.forEach((key) => entries.push(key * shift + row)));
        const sorted = radixSortByKey(Float64Array.from(entries), shift);
        expect([...sorted]).toEqual([...Float64Array.from(entries).sort()]);
      }),
      { numRuns: 200 },
    );
  });
});
