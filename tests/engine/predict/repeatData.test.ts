import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { distinctTriples } from "../../../src/engine/predict/repeatData";

describe("distinctTriples", () => {
  it("the packed-key path (whole days) groups exactly as the comparator path", () => {
    const triple = fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 900 }), fc.integer({ min: 0, max: 900 }));
    fc.assert(
      fc.property(fc.array(triple, { minLength: 1, maxLength: 300 }), (list) => {
        const x = list.map((t) => t[0]);
        const tx = list.map((t) => Math.min(t[1], t[2]));
        const T = list.map((t) => t[2]);
        const fast = distinctTriples(x, tx, T);
        // Half a day more everywhere: not whole days, so the comparator path runs.
        const slow = distinctTriples(
          x,
          tx.map((v) => v + 0.5),
          T.map((v) => v + 0.5),
        );
        expect(Array.from(fast.x)).toEqual(Array.from(slow.x));
        expect(Array.from(fast.tx)).toEqual(Array.from(slow.tx, (v) => v - 0.5));
        expect(Array.from(fast.weight)).toEqual(Array.from(slow.weight));
        expect(Array.from(fast.weight).reduce((s, w) => s + w, 0)).toBe(list.length);
        list.forEach((_, i) => {
          expect(fast.x[fast.tripleOf[i]!]).toBe(x[i]);
          expect(fast.T[fast.tripleOf[i]!]).toBe(T[i]);
          expect(fast.tx[fast.tripleOf[i]!]).toBe(tx[i]);
        });
      }),
    );
  });
});
