import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { PIECE_ITEMS, PieceCollector, splitIntoPieces } from "../../src/app/messagePieces";

/** What the page gets: each message cloned as postMessage does, the pieces first, then the skeleton. */
function roundTrip(value: unknown): { whole: unknown; largestMessage: number } {
  const collector = new PieceCollector();
  let largestMessage = 0;
  const skeleton = splitIntoPieces(value, (slot, items) => {
    largestMessage = Math.max(largestMessage, items.length);
    collector.add(slot, structuredClone(items));
  });
  return { whole: collector.fill(structuredClone(skeleton)), largestMessage };
}

describe("messagePieces (a worker's big answer, read by the page in short tasks)", () => {
  it("gives back any answer as it was, whatever its long arrays and where they sit", () => {
    const leaf = fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.boolean(), fc.date({ noInvalidDate: true }));
    const long = fc
      .tuple(fc.integer({ min: PIECE_ITEMS - 2, max: 3 * PIECE_ITEMS + 3 }), leaf)
      .map(([length, item]) => Array.from({ length }, (_v, i) => (i % 7 === 0 ? i : item)));
    const tree = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: "small" }, leaf, long, fc.array(tie("node"), { maxLength: 4 }), fc.dictionary(fc.string(), tie("node"), { maxKeys: 4 })),
    })).node;
    fc.assert(
      fc.property(tree, (value) => {
        expect(roundTrip(value).whole).toEqual(value);
      }),
      { numRuns: 60 },
    );
  });

  it("sends a Structure-sized answer in messages of a few thousand items", () => {
    const values = Array.from({ length: 50_000 }, (_v, i) => `rue ${i}`);
    const answer = {
      plan: { rows: values.map((_v, i) => i + 2), addedColumns: [{ key: "a", header: "Adresse", values }] },
      report: { flags: [], sheet: "Clients" },
    };
    const { whole, largestMessage } = roundTrip(answer);
    expect(whole).toEqual(answer);
    expect(largestMessage).toBe(PIECE_ITEMS);
  });

  it("reads the values an enumerable getter makes (a packed column's), as postMessage does", () => {
    const column = { key: "k" };
    Object.defineProperty(column, "values", { enumerable: true, get: () => Array.from({ length: PIECE_ITEMS + 1 }, (_v, i) => i) });
    expect((roundTrip({ column }).whole as { column: { values: number[] } }).column.values).toHaveLength(PIECE_ITEMS + 1);
  });
});
