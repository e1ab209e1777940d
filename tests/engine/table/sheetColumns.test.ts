import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { CellValue } from "../../../src/engine/table/cellValue";
import { SheetColumnsBuilder, type SheetColumns } from "../../../src/engine/table/sheetColumns";
import { sheetColumnsOf, sheetRowsView } from "../../../src/engine/table/sheetRowsView";
import { tableFromSheet } from "../../../src/engine/table/tableFromSheet";
import { columnValues, tableColumn } from "../../../src/engine/table/tableColumns";
import { PackedColumn } from "../../../src/engine/table/packedColumn";
import type { Table } from "../../../src/engine/table/table";
import { arbitraryCell, arbitraryGrid } from "./arbitraryCells";

/** A grid held column-wise; a small sample sends mostly distinct texts to bytes after a few rows. */
function columnsOf(grid: readonly (readonly CellValue[])[], sample: number): SheetColumns {
  const builder = new SheetColumnsBuilder(sample);
  for (const row of grid) builder.push(row);
  return builder.finish();
}

/** What a job reads of a table: its shape and every row's number and cells. */
function readable(table: Table) {
  return { ...table, rows: table.rows.map((row) => ({ rowNumber: row.rowNumber, cells: [...row.cells] })) };
}

const sample = fc.integer({ min: 1, max: 6 });
/** Grids like a CSV's: many rows, texts that repeat or not, blanks, white space, the odd error or number. */
const grid = fc.oneof(arbitraryGrid(40, 6), arbitraryGrid(200, 3));

describe("SheetColumns (a sheet held column-wise)", () => {
  it("gives back every row as it was put, ragged, through the view and by cell", () => {
    fc.assert(
      fc.property(grid, sample, (rows, size) => {
        const columns = columnsOf(rows, size);
        const view = sheetRowsView(columns);
        expect(view.length).toBe(rows.length);
        expect([...view]).toEqual(rows);
        expect(view.map((row) => row.length)).toEqual(rows.map((row) => row.length));
        expect(columns.width).toBe(rows.reduce((most, row) => Math.max(most, row.length), 0));
        rows.forEach((row, r) => row.forEach((cell, c) => expect(columns.cell(r, c)).toEqual(cell)));
        expect(sheetColumnsOf(view)).toBe(columns);
        // A copy of the rows is a plain array, read as such.
        expect(sheetColumnsOf(view.slice(0, 3))).toBeUndefined();
      }),
      { numRuns: 60 },
    );
  });

  it("makes the same table as the rows held as arrays, and its columns read the same cells", () => {
    fc.assert(
      fc.property(grid, sample, fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }), (rows, size, headerRow) => {
        const options = headerRow === undefined ? {} : { headerRow };
        const plain = tableFromSheet({ name: "S", rows }, options);
        const held = tableFromSheet({ name: "S", rows: sheetRowsView(columnsOf(rows, size)) }, options);
        expect(readable(held)).toEqual(readable(plain));
        plain.headers.forEach((_, c) => {
          expect(columnValues(held, c)).toEqual(columnValues(plain, c));
          const column = tableColumn(held, c);
          held.rows.forEach((row, r) => expect(column.isBlank(r)).toBe(tableColumn(plain, c).isBlank(r)));
        });
      }),
      { numRuns: 60 },
    );
  });

  it("puts an empty row above, the cells moving down one row, the columns shared", () => {
    fc.assert(
      fc.property(grid, sample, (rows, size) => {
        const columns = columnsOf(rows, size);
        const above = columns.withRowAbove();
        expect([...sheetRowsView(above)]).toEqual([[], ...rows]);
        expect(above.columns).toBe(columns.columns);
      }),
      { numRuns: 30 },
    );
  });

  it("replaces a row and drops the last rows, as the CSV reader does for a row with its own delimiter", () => {
    const builder = new SheetColumnsBuilder(2);
    const rows: CellValue[][] = [["a", "b", "c"], ["a,b,c"], ["x", null, "z"], [null], [null, null]];
    for (const row of rows) builder.push(row);
    builder.replace(1, ["1", "2", "3"]);
    expect(builder.isNullRow(4)).toBe(true);
    expect(builder.isNullRow(2)).toBe(false);
    builder.truncate(3);
    expect([...sheetRowsView(builder.finish())]).toEqual([
      ["a", "b", "c"],
      ["1", "2", "3"],
      ["x", null, "z"],
    ]);
  });

  it("refuses to be changed through the view", () => {
    const view = sheetRowsView(columnsOf([["a"]], 2)) as CellValue[][];
    expect(() => {
      view[0] = ["b"];
    }).toThrow(TypeError);
    expect(view[0]).toEqual(["a"]);
  });
});

describe("PackedColumn held by a reader", () => {
  it("keeps its values when resized, new rows empty", () => {
    fc.assert(
      fc.property(fc.array(arbitraryCell, { maxLength: 50 }), fc.integer({ min: 0, max: 80 }), (values, length) => {
        const column = PackedColumn.of(values);
        column.resize(length);
        expect(column.length).toBe(length);
        expect(column.toArray()).toEqual(Array.from({ length }, (_, row) => values[row] ?? null));
      }),
    );
  });
});
