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
});

describe("JobMemos", () => {
  it("hands the same memo for the same name, another for another name", () => {
    const memos = new JobMemos(5);
    expect(memos.memo("a")).toBe(memos.memo("a"));
    expect(memos.memo("a")).not.toBe(memos.memo("b"));
    expect(memos.memo("a").limit).toBe(5);
  });
});
