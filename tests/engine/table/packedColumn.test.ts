import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { PackedColumn, withPackedValues } from "../../../src/engine/table/packedColumn";
import type { CellValue } from "../../../src/engine/table/cellValue";
import { arbitraryCell } from "./arbitraryCells";

describe("PackedColumn", () => {
  it("gives back every value it was given, row by row (texts, numbers, dates, booleans, errors, null)", () => {
    fc.assert(
      fc.property(fc.array(arbitraryCell, { maxLength: 200 }), (values) => {
        const column = PackedColumn.of(values);
        expect(column.length).toBe(values.length);
        expect(column.toArray()).toEqual(values);
        values.forEach((value, row) => expect(column.isEmpty(row)).toBe(value === null));
      }),
    );
  });

  it("gives back every value when its texts go to bytes after a short sample (Latin-1, beyond it, numbers, null)", () => {
    const text = fc.oneof(
      fc.string(),
      fc.string({ unit: "binary", maxLength: 30 }),
      fc.string({ unit: "grapheme-composite" }),
      fc.stringMatching(/^[A-Za-zÀ-ÿ0-9 '’-]*$/),
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(arbitraryCell, text), { maxLength: 200 }), fc.integer({ min: 1, max: 8 }), (values, sample) => {
        const column = new PackedColumn(values.length, sample);
        values.forEach((value, row) => column.set(row, value));
        expect(column.toArray()).toEqual(values);
        values.forEach((value, row) => expect(column.isEmpty(row)).toBe(value === null));
      }),
    );
  });

  it("keeps the last value set on a row, texts as bytes or not, trimmed or not between writes", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(9), arbitraryCell, fc.boolean())), fc.integer({ min: 1, max: 10_000 }), (writes, sample) => {
        const column = new PackedColumn(10, sample);
        const expected: CellValue[] = new Array<CellValue>(10).fill(null);
        for (const [row, value, trim] of writes) {
          column.set(row, value);
          expected[row] = value;
          if (trim) column.trim();
        }
        expect(column.toArray()).toEqual(expected);
      }),
    );
  });

  it("holds a repeated text once, whatever the number of rows", () => {
    const column = new PackedColumn(50_000);
    const towns = ["PARIS", "LYON", "MARSEILLE"];
    for (let row = 0; row < column.length; row++) column.set(row, `${towns[row % 3]}`);
    expect(column.get(0)).toBe("PARIS");
    // The same string object each time: the dictionary shares it.
    expect(Object.is(column.get(3), column.get(30_000))).toBe(true);
  });

  it("shares its dictionary's string for a row, and gives the caller's own text for a row held as bytes", () => {
    const column = new PackedColumn(4, 2);
    ["rue A", "rue B", "rue C", "rue D"].forEach((text, row) => column.set(row, text));
    const own = ["rue", "C"].join(" ");
    expect(column.sharedText(2, own)).toBe(own);
    expect(column.sharedText(0, "ignored")).toBe("rue A");
    expect(column.get(2)).toBe("rue C");
  });

  it("gives back distinct texts beyond the sample where it stops sharing", () => {
    const values = Array.from({ length: 30_000 }, (_, i) => `rue ${i}`);
    expect(PackedColumn.of(values).toArray()).toEqual(values);
  });
});

describe("withPackedValues", () => {
  it("reads `values` from the column once, and carries only `values` in a copy", () => {
    const packed = PackedColumn.of(["a", null, 3]);
    const column = withPackedValues({ key: "k" }, packed);
    expect(column.values).toEqual(["a", null, 3]);
    expect(column.values).toBe(column.values);
    expect(column.packed).toBe(packed);
    expect({ ...column }).toEqual({ key: "k", values: ["a", null, 3] });
    expect(structuredClone(column)).toEqual({ key: "k", values: ["a", null, 3] });
    expect(JSON.parse(JSON.stringify(column))).toEqual({ key: "k", values: ["a", null, 3] });
  });
});
