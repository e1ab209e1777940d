import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RowMap } from "../../../../src/engine/structure/processors/rowMap";

describe("RowMap", () => {
  it("answers as a Map filled with the same rows in order", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat(5000), { maxLength: 60 }), fc.array(fc.nat(5100), { maxLength: 20 }), (drawn, asked) => {
        const rows = [...drawn].sort((a, b) => a - b);
        const map = new Map<number, string>();
        const rowMap = new RowMap<string>();
        for (const row of rows) {
          map.set(row, `v${row}`);
          rowMap.add(row, `v${row}`);
        }
        expect(rowMap.size).toBe(map.size);
        expect([...rowMap]).toEqual([...map]);
        expect([...rowMap.keys()]).toEqual([...map.keys()]);
        expect([...rowMap.values()]).toEqual([...map.values()]);
        const seen: [number, string][] = [];
        rowMap.forEach((value, row) => seen.push([row, value]));
        expect(seen).toEqual([...map.entries()]);
        for (const row of [...asked, ...rows]) {
          expect(rowMap.get(row)).toBe(map.get(row));
          expect(rowMap.has(row)).toBe(map.has(row));
        }
      }),
      { numRuns: 500 },
    );
  });

  it("refuses a row that does not come after the last one", () => {
    const rowMap = new RowMap<number>();
    rowMap.add(3, 1);
    expect(() => rowMap.add(3, 2)).toThrow(/after row 3/);
    expect(() => rowMap.add(1, 2)).toThrow(/after row 3/);
  });
});
