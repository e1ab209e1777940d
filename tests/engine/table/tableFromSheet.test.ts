import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isEmptyCell, type CellValue } from "../../../src/engine/table/cellValue";
import { columnLetter, tableFromSheet } from "../../../src/engine/table/tableFromSheet";
import { arbitraryGrid } from "./arbitraryCells";
import { FRENCH_DATA, FRENCH_HEADER, TITLE } from "./sampleSheets";

const sheet = (rows: CellValue[][]) => ({ name: "Clients", rows });

describe("tableFromSheet", () => {
  it("reads the header below a title and keeps the sheet's row numbers", () => {
    const table = tableFromSheet(sheet([[TITLE], [], FRENCH_HEADER, ...FRENCH_DATA]));
    expect(table.sheet).toBe("Clients");
    expect(table.headerRow).toBe(3);
    expect(table.headers).toEqual(FRENCH_HEADER);
    expect(table.rows[0]?.rowNumber).toBe(4);
    expect(table.rows).toHaveLength(FRENCH_DATA.length);
  });

  it("trims headers, names empty ones and extra data columns from their letter", () => {
    const rows: CellValue[][] = [
      ["  Nom ", null, "Ville"],
      ["Dupont", "x", "Paris", "extra"],
    ];
    expect(tableFromSheet(sheet(rows), { headerRow: 1 }).headers).toEqual(["Nom", "Colonne B", "Ville", "Colonne D"]);
    expect(tableFromSheet(sheet(rows), { headerRow: 1, lang: "en" }).headers).toEqual(["Nom", "Column B", "Ville", "Column D"]);
  });

  it("drops fully empty rows anywhere, pads ragged rows, keeps row numbers", () => {
    const rows: CellValue[][] = [["Nom", "Ville"], ["Dupont"], [null, "  "], [], ["Martin", "Lyon"], [null, null]];
    const table = tableFromSheet(sheet(rows), { headerRow: 1 });
    expect(table.rows).toEqual([
      { rowNumber: 2, cells: ["Dupont", null] },
      { rowNumber: 5, cells: ["Martin", "Lyon"] },
    ]);
  });

  it("treats row 1 as data when there is no header", () => {
    const table = tableFromSheet(sheet(FRENCH_DATA), { lang: "en" });
    expect(table.headerRow).toBe(0);
    expect(table.headers.slice(0, 3)).toEqual(["Column A", "Column B", "Column C"]);
    expect(table.rows[0]?.rowNumber).toBe(1);
    expect(table.rows).toHaveLength(FRENCH_DATA.length);
  });

  it("takes the empty row 1 a host added (headerAdded) as the header; the user's --header-row counts the file's rows", () => {
    const added = { name: "Clients", rows: [[], ...FRENCH_DATA], headerAdded: true };
    const table = tableFromSheet(added, { lang: "fr" });
    expect([table.headerRow, table.headerAdded, table.rows[0]?.rowNumber, table.rows.length]).toEqual([1, true, 2, FRENCH_DATA.length]);
    expect(table.headers.slice(0, 2)).toEqual(["Colonne A", "Colonne B"]);
    // The user says "my header is row 1 of the file": that is row 2 under the added row, and nothing was added.
    const given = tableFromSheet(added, { headerRow: 1 });
    expect([given.headerRow, given.headerAdded, given.rows.length]).toEqual([2, undefined, FRENCH_DATA.length - 1]);
  });

  it("honours a header row given by the user, even 0 for none", () => {
    const rows: CellValue[][] = [
      ["a", "b"],
      ["c", "d"],
    ];
    expect(tableFromSheet(sheet(rows), { headerRow: 2 }).rows).toEqual([]);
    expect(tableFromSheet(sheet(rows), { headerRow: 0 }).rows).toHaveLength(2);
  });

  it("writes header cells that are not text as the user sees them", () => {
    expect(
      tableFromSheet(
        sheet([
          [2024, "CA"],
          [1, 2],
        ]),
        { headerRow: 1 },
      ).headers,
    ).toEqual(["2024", "CA"]);
  });

  it("names columns like Excel", () => {
    expect([0, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(["A", "Z", "AA", "AB", "ZZ", "AAA"]);
  });

  it("loses no non-empty data cell below the header", () => {
    fc.assert(
      fc.property(arbitraryGrid(), (rows) => {
        const table = tableFromSheet(sheet(rows));
        const kept = new Map(table.rows.map((row) => [row.rowNumber, row.cells]));
        for (let r = table.headerRow; r < rows.length; r++) {
          (rows[r] ?? []).forEach((value, c) => {
            if (isEmptyCell(value)) return;
            expect(kept.get(r + 1)?.[c]).toBe(value);
          });
        }
        for (const row of table.rows) expect(row.cells).toHaveLength(table.headers.length);
      }),
      { numRuns: 150 },
    );
  });
});
