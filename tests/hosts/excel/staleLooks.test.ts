import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { Plan } from "../../../src/engine/plan";
import { createExcelHost } from "../../../src/hosts/excel/excelHost";
import { parseMetadata } from "../../../src/hosts/excel/excelMetadata";
import { columnRunAddress } from "../../../src/hosts/excel/a1";
import { parseSpan } from "../../../src/hosts/excel/staleLooks";
import { createFakeExcel, FakeWorkbook } from "../../../src/tools/fakeExcel/fakeExcel";

const ROWS = [
  ["Nom", "Adresse"],
  ["ana", "3 rue Neuve"],
  ["bob", "12 rue de la Paix"],
];

function plan(withColumn: boolean, flagged: boolean): Plan {
  return {
    job: "structure",
    sheet: "Clients",
    headerRow: 1,
    rows: [2, 3],
    addedColumns: withColumn ? [{ key: "name.clean", header: "Nom (propre)", after: 0, values: ["Ana", "Bob"] }] : [],
    flags: flagged ? [{ row: 2, column: { source: 1 }, kind: "incomplete", message: "Code postal manquant" }] : [],
    addedSheets: [],
    extras: {},
  };
}

describe("Excel host: stale looks on rerun", () => {
  it("a cell flagged by the first run is cleaned by the second even after a column was inserted to its left", async () => {
    const book = new FakeWorkbook();
    const sheet = book.addSheet("Clients", ROWS);
    sheet.update(1, 1, (cell) => (cell.fill = "#00FF00"));
    const excel = createFakeExcel(book);
    const host = createExcelHost({ run: excel.run, supports: excel.supports });
    await host.apply(plan(false, true), { lang: "fr" });
    expect(sheet.cell(1, 1).borders.EdgeTop?.style).toBeDefined();
    await host.apply(plan(true, false), { lang: "fr" });
    // Adresse moved from B to C: its cell is back to the user's green, no border, no note.
    expect(sheet.cell(0, 2).value).toBe("Adresse");
    expect(sheet.cell(1, 2).fill).toBe("#00FF00");
    expect(sheet.cell(1, 2).borders.EdgeTop).toBeUndefined();
    expect(sheet.notes.get("1,2")).toBeUndefined();
    await host.undoLastRun();
    expect(sheet.notes.get("1,1")).toContain("Code postal manquant");
  });

  it("a damaged looks record is dropped, the rest of the metadata kept", () => {
    const text = JSON.stringify({ version: 1, columns: [], sheets: ["Légende"], looks: [{ sheet: "Clients", painted: [3], noted: [], before: [] }] });
    expect(parseMetadata(text)).toEqual({ version: 1, columns: [], sheets: ["Légende"] });
  });

  it("parseSpan reads back every column run address", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 16_384 }), fc.integer({ min: 1, max: 1_048_576 }), fc.nat(1000), (column, first, extra) => {
        expect(parseSpan(columnRunAddress(column, first, first + extra))).toEqual({ column, first, last: first + extra });
      }),
    );
    expect(parseSpan("B3:C4")).toBeNull();
    expect(parseSpan("nonsense")).toBeNull();
  });
});
