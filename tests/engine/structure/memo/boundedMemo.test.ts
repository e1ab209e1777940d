import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { BoundedMemo } from "../../../../src/engine/structure/memo/boundedMemo";
import { JobMemos } from "../../../../src/engine/structure/memo/jobMemos";

describe("BoundedMemo", () => {
  it("gives what the function gives, for any keys, across evictions, and stays bounded", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 4 }), { maxLength: 300 }), fc.integer({ min: 1, max: 20 }), (keys, limit) => {
        const memo = new BoundedMemo<string>(limit);
        const compute = (key: string) => `${key.length}:${key.toUpperCase()}`;
        for (const key of keys) {
          expect(memo.get(key, compute)).toBe(compute(key));
          expect(memo.size).toBeLessThanOrEqual(2 * limit);
        }
      }),
    );
  });

  it("computes each key once while it is held, and keeps null and undefined results", () => {
    const memo = new BoundedMemo<string | null | undefined>(10);
    let calls = 0;
    const compute = (key: string) => {
      calls++;
      return key === "a" ? null : key === "b" ? undefined : key;
    };
    for (let round = 0; round < 3; round++) for (const key of ["a", "b", "c"]) memo.get(key, compute);
    expect(calls).toBe(3);
    expect(memo.get("a", compute)).toBeNull();
    expect(memo.get("b", compute)).toBeUndefined();
  });

  it("keeps a value used often through generations (it moves back to the young map)", () => {
    const memo = new BoundedMemo<number>(2);
    let calls = 0;
    const compute = (key: string) => (calls++, key.length);
    for (const key of ["hot", "x1", "hot", "x2", "hot", "x3", "hot", "x4", "hot"]) memo.get(key, compute);
    expect(calls).toBe(5); // "hot" once, and each x once
  });

  it("sets itself aside when keys do not repeat, giving the same results, and memoizes again later", () => {
    const memo = new BoundedMemo<string>(100_000);
    let calls = 0;
    const compute = (key: string) => (calls++, `<${key}>`);
    // 20,000 distinct keys: not one in ten found, so the memo empties and computes directly.
    for (let i = 0; i < 20_000; i++) expect(memo.get(`k${i}`, compute)).toBe(`<k${i}>`);
    expect(memo.size).toBeLessThanOrEqual(1);
    calls = 0;
    for (let round = 0; round < 3; round++) expect(memo.get("same", compute)).toBe("<same>");
    expect(calls).toBe(3);
    // After 200,000 lookups computed directly, a new sample: repeated keys are held again.
    for (let i = 0; i < 200_000; i++) memo.get(`d${i % 5}`, compute);
    calls = 0;
    for (let round = 0; round < 100; round++) memo.get("hot", compute);
    expect(calls).toBe(1);
  });
});

describe("JobMemos", () => {
  it("hands the same memo for the same name, another for another name", () => {
    const memos = new JobMemos(5);
    expect(memos.memo("a")).toBe(memos.memo("a"));
    expect(memos.memo("a")).not.toBe(memos.memo("b"));
    expect(memos.memo("a").limit).toBe(5);
  });
});
