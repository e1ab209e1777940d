import { describe, expect, it } from "vitest";
import { createExcelHost } from "../../../src/hosts/excel/excelHost";
import { createJobRunner } from "../../../src/app/jobRunner";
import { excelOperations } from "../../../src/taskpane/excelOperations";
import { applySuggestions } from "../../../src/ui/applySuggestions";
import { createFakeExcel, FakeWorkbook, type FakeSheet } from "./fakeExcel";

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
    // The user's "Ville" (not Tria's, which stands right of the address) is untouched.
    expect(now.filter((h) => h === "Ville")).toHaveLength(2);
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
