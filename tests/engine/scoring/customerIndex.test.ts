import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { CustomerIndex } from "../../../src/engine/scoring/customerIndex";

/** What CustomerIndex replaces: a Map from the id text, indexes in the order first seen. */
function byMap(ids: readonly string[]): number[] {
  const map = new Map<string, number>();
  return ids.map((id) => {
    if (!map.has(id)) map.set(id, map.size);
    return map.get(id)!;
  });
}

const byIndex = (ids: readonly string[]): number[] => {
  const index = new CustomerIndex();
  return ids.map((id) => index.indexOf(id));
};

describe("CustomerIndex", () => {
  it("gives each id one index, in the order first seen, leading zeros and other shapes kept apart", () => {
    const ids = ["C296362", "C01512", "C1512", "C01512", "CL-0042", "C296362", "Dupont", "C0000000001", "C", "c1512", "C1512", "Dupont"];
    const index = new CustomerIndex();
    expect(ids.map((id) => index.indexOf(id))).toEqual([0, 1, 2, 1, 3, 0, 4, 5, 6, 7, 2, 4]);
    expect(index.ids).toEqual(["C296362", "C01512", "C1512", "CL-0042", "Dupont", "C0000000001", "C", "c1512"]);
  });

  it("numbers hundreds of thousands of prefixed ids as a Map would (the table grows)", () => {
    const ids = Array.from({ length: 300_000 }, (_, i) => `C${String((i * 7919) % 200_003).padStart(i % 3 === 0 ? 6 : 5, "0")}`);
    expect(byIndex(ids)).toEqual(byMap(ids));
  });

  it("agrees with a Map on any list of ids: digits, prefixes, leading zeros, other texts", () => {
    const id = fc.oneof(
      fc.stringMatching(/^[0-9]{1,12}$/),
      fc.stringMatching(/^(C|CL-|CUST)[0-9]{0,11}$/),
      fc.string({ maxLength: 8 }).filter((s) => s.length > 0),
    );
    fc.assert(
      fc.property(fc.array(id, { maxLength: 200 }), (ids) => {
        expect(byIndex(ids)).toEqual(byMap(ids));
      }),
    );
  });
});
