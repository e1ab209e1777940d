import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../../src/engine/table/cellValue";
import { sampleColumn, sampleValues } from "../../../../src/engine/table/sniff/sampleColumn";
import type { Table } from "../../../../src/engine/table/table";

describe("sampleValues", () => {
  it("returns every non-empty value of a short column", () => {
    const values: CellValue[] = ["a", null, "  ", "b", 3];
    expect(sampleValues(values.length, (i) => values[i])).toEqual(["a", "b", 3]);
  });

  it("spreads the sample over the whole column, not its top", () => {
    const sample = sampleValues(1_000_000, (i) => i, 200) as number[];
    expect(sample).toHaveLength(200);
    expect(Math.min(...sample)).toBeLessThan(10_000);
    expect(Math.max(...sample)).toBeGreaterThan(990_000);
  });

  it("reads a bounded number of cells whatever the length", () => {
    let reads = 0;
    sampleValues(1_048_576, () => (reads++, "x"), 200);
    expect(reads).toBeLessThanOrEqual(2000);
  });

  it("still fills a sample from a sparse column", () => {
    const sample = sampleValues(100_000, (i) => (i % 10 === 3 ? "x" : null), 50);
    expect(sample.length).toBeGreaterThan(40);
  });

  it("never returns more than asked nor an empty value", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.constant(null),
            fc.constant(""),
            fc.string({ minLength: 1 }).filter((s) => s.trim() !== ""),
          ),
        ),
        fc.integer({ min: 1, max: 20 }),
        (values, max) => {
          const sample = sampleValues(values.length, (i) => values[i], max);
          expect(sample.length).toBeLessThanOrEqual(max);
          expect(sample.every((v) => typeof v === "string" && v.trim() !== "")).toBe(true);
        },
      ),
    );
  });

  it("samples a table column by index", () => {
    const table: Table = {
      sheet: "s",
      headerRow: 1,
      headers: ["a", "b"],
      rows: [
        { rowNumber: 2, cells: [1, "x"] },
        { rowNumber: 3, cells: [2] },
      ],
    };
    expect(sampleColumn(table, 1)).toEqual(["x"]);
  });
});
