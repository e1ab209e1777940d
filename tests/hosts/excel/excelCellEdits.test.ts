import { describe, expect, it } from "vitest";
import { createExcelHost } from "../../../src/hosts/excel/excelHost";
import { createJobRunner } from "../../../src/app/jobRunner";
import { excelOperations } from "../../../src/taskpane/excelOperations";
import { applySuggestions } from "../../../src/ui/applySuggestions";
import { createFakeExcel, FakeWorkbook, type FakeSheet } from "../../../src/tools/fakeExcel/fakeExcel";

/** Two "Tél." columns and an address whose postal code lost its zero, in the fake Excel. */
function setup() {
  const book = new FakeWorkbook();
  const sheet = book.addSheet("Clients", [
    ["Nom", "Tél.", "Adresse", "Ville", "Tél."],
    ["Ana Martin", "04 78 00 00 01", "3 rue Neuve 1000 Bourg-en-Bresse", "Bourg", "O6 12 34 56 78"],
    ["Bruno Petit", "O4 78 00 00 02", "12 rue de la Paix 75002 Paris", "Paris", "06 98 76 54 32"],
  ]);
  const excel = createFakeExcel(book);
  const host = createExcelHost({ run: excel.run, supports: excel.supports });
  return { sheet, excel, ops: excelOperations(host, createJobRunner(null), excel.run) };
}

function headers(sheet: FakeSheet): string[] {
  const out: string[] = [];
  for (let c = 0; sheet.cell(0, c).value !== ""; c++) out.push(String(sheet.cell(0, c).value));
  return out;
}

describe("suggestions written into Excel by sheet position", () => {
  it("after a Structure run moved the columns, the second « Tél. » column's fix lands in that column only", async () => {
    const { sheet, ops } = setup();
    const { plan, report } = await ops.run("structure", { lang: "fr" }, {});
    const second = report.flags.find((f) => f.row === 2 && f.columnIndex === 4 && f.suggestion)!;
    const { edits } = applySuggestions(plan, report.columns, [second]);
    await ops.writeCells(report.sheet, edits);
    const now = headers(sheet);
    const phones = now.flatMap((h, i) => (h === "Tél." ? [i] : []));
    expect(phones).toHaveLength(2);
    expect(phones[1]).toBeGreaterThan(4); // Tria's columns went in between
    expect(sheet.cell(1, phones[0]!).value).toBe("04 78 00 00 01");
    expect(sheet.cell(1, phones[1]!).value).toBe("06 12 34 56 78");
    // The user's "Ville" is untouched; Tria's, right of the address, is named after its source.
    expect(now.filter((h) => h === "Ville")).toHaveLength(1);
    expect(now.indexOf("Ville (Adresse)")).toBeGreaterThan(now.indexOf("Adresse"));
    await ops.undo!();
    expect(sheet.cell(1, phones[1]!).value).toBe("O6 12 34 56 78");
  });

  it("puts « 01000 » into Tria's « Code postal » column, the address as typed", async () => {
    const { sheet, ops } = setup();
    const { plan, report } = await ops.run("structure", { lang: "fr" }, {});
    const fix = report.flags.find((f) => f.row === 2 && f.column === "Adresse" && f.suggestion === "01000")!;
    const { plan: next, edits } = applySuggestions(plan, report.columns, [fix]);
    expect(edits).toEqual([]);
    await ops.applyPlan(next!, "fr");
    const now = headers(sheet);
    const address = now.indexOf("Adresse");
    expect(sheet.cell(1, address).value).toBe("3 rue Neuve 1000 Bourg-en-Bresse");
    expect(sheet.cell(1, now.indexOf("Code postal", address)).value).toBe("01000");
  });
});

describe("text stays text in Excel: written with the prefix, restored as text by Undo", () => {
  it("writes « 01000 » and « =1+1 » as text, and Undo puts back a number, a text « 00123 » and a text « =A1 »", async () => {
    const book = new FakeWorkbook();
    const sheet = book.addSheet("Clients", [
      ["Nom", "CP", "Note", "Total"],
      ["Ana", 1000, "00123", 5],
      ["Bruno", "75002", "=A1", 6],
    ]);
    // Text constants as Excel holds them: "00123" and "=A1" typed with the prefix.
    sheet.update(1, 2, (cell) => (cell.value = "00123"));
    sheet.update(2, 2, (cell) => ((cell.value = "=A1"), (cell.formula = null)));
    const excel = createFakeExcel(book);
    const ops = excelOperations(createExcelHost({ run: excel.run, supports: excel.supports }), createJobRunner(null), excel.run);
    await ops.writeCells("Clients", [
      { row: 2, userColumn: 1, header: "CP", value: "01000" },
      { row: 2, userColumn: 2, header: "Note", value: "=1+1" },
      { row: 3, userColumn: 2, header: "Note", value: "+33612345678" },
    ]);
    expect(sheet.cell(1, 1)).toMatchObject({ value: "01000", formula: null });
    expect(sheet.cell(1, 2)).toMatchObject({ value: "=1+1", formula: null });
    expect(sheet.cell(2, 2)).toMatchObject({ value: "+33612345678", formula: null });
    await ops.undo!();
    expect(sheet.cell(1, 1)).toMatchObject({ value: 1000, formula: null });
    expect(sheet.cell(1, 2)).toMatchObject({ value: "00123", formula: null });
    expect(sheet.cell(2, 2)).toMatchObject({ value: "=A1", formula: null });
  });

  it("leaves a formula cell alone", async () => {
    const book = new FakeWorkbook();
    const sheet = book.addSheet("Clients", [
      ["Nom", "Total"],
      ["Ana", 3],
    ]);
    sheet.update(1, 1, (cell) => (cell.formula = "=1+2"));
    const excel = createFakeExcel(book);
    const ops = excelOperations(createExcelHost({ run: excel.run, supports: excel.supports }), createJobRunner(null), excel.run);
    await ops.writeCells("Clients", [{ row: 2, userColumn: 1, header: "Total", value: "4" }]);
    expect(sheet.cell(1, 1)).toMatchObject({ value: 3, formula: "=1+2" });
  });

  it("Undo of a run restores text in Tria's own columns as text, « =x » included", async () => {
    const { sheet, ops } = setup();
    await ops.run("structure", { lang: "fr" }, {});
    const issues = headers(sheet).indexOf("Problèmes");
    expect(issues).toBeGreaterThan(0);
    sheet.update(1, issues, (cell) => ((cell.value = "=à revoir"), (cell.formula = null)));
    sheet.update(2, issues, (cell) => ((cell.value = "00123"), (cell.formula = null)));
    await ops.run("structure", { lang: "fr" }, {});
    expect(sheet.cell(1, issues).value).not.toBe("=à revoir");
    await ops.undo!();
    expect(sheet.cell(1, issues)).toMatchObject({ value: "=à revoir", formula: null });
    expect(sheet.cell(2, issues)).toMatchObject({ value: "00123", formula: null });
  });
});
