/**
 * `tria predict` on a workbook where the user already has a sheet named "Tria modèle": the
 * user's sheet stays as it was, the model goes to "Tria modèle (2)" (hidden, with its marker),
 * a second run replaces that sheet instead of adding "(3)", and a reader that follows the
 * functions' rule (modelSheetCandidates, then the marker) finds the model. Read back by ExcelJS.
 */
import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Report } from "../../src/engine/report";
import type { CellValue } from "../../src/engine/table/cellValue";
import type { StoredModel } from "../../src/engine/predict/storedModel";
import { hasModelMarker, modelFromRows, modelSheetCandidates } from "../../src/engine/predict/modelSheet";
import { runCli } from "./cliHarness";

const USER_ROWS = [
  ["Mes hypothèses", "valeur"],
  ["marge", 0.42],
];

async function ordersWorkbook(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const orders = workbook.addWorksheet("Commandes");
  orders.addRow(["N° client", "Date commande", "Montant"]);
  for (let c = 0; c < 60; c++) {
    const gap = 10 + (c % 6) * 10;
    for (let k = 0; k < 1 + (c % 7); k++)
      orders.addRow([`C${String(c).padStart(3, "0")}`, new Date(Date.UTC(2024, 0, 1 + c + k * gap)), 20 + (c % 5) * 15 + k]);
  }
  workbook.addWorksheet("Tria modèle").addRows(USER_ROWS);
  await workbook.xlsx.writeFile(file);
}

function rowsOf(sheet: ExcelJS.Worksheet): CellValue[][] {
  return sheet.getSheetValues().flatMap((row) => (Array.isArray(row) ? [row.slice(1) as CellValue[]] : []));
}

/** What the CRM. functions do in a host: the candidate sheets in order, the first with the marker. */
function foundModel(workbook: ExcelJS.Workbook): { name: string; model: StoredModel | null } | null {
  for (const name of modelSheetCandidates(workbook.worksheets.map((w) => w.name))) {
    const rows = rowsOf(workbook.getWorksheet(name)!);
    if (hasModelMarker(rows[0])) return { name, model: modelFromRows(rows) };
  }
  return null;
}

describe("tria predict beside a user's sheet named 'Tria modèle'", () => {
  it("leaves the user's sheet alone, writes and then replaces 'Tria modèle (2)', which the functions' rule finds", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tria-model-sheet-"));
    const input = join(dir, "commandes.xlsx");
    await ordersWorkbook(input);
    const first = join(dir, "run1.xlsx");
    const run1 = await runCli(["predict", input, "--sheet", "Commandes", "--unit", "months", "--horizon", "12", "-o", first, "--report", join(dir, "r1.json")]);
    expect(run1.stderr).toBe("");
    expect(run1.code).toBe(0);
    const book1 = new ExcelJS.Workbook();
    await book1.xlsx.readFile(first);
    const user = book1.getWorksheet("Tria modèle")!;
    expect(user.state).toBe("visible");
    expect(rowsOf(user)).toEqual(USER_ROWS);
    expect(book1.getWorksheet("Tria modèle (2)")!.state).toBe("hidden");
    const report1 = JSON.parse(readFileSync(join(dir, "r1.json"), "utf8")) as Report;
    const found1 = foundModel(book1)!;
    expect(found1.name).toBe("Tria modèle (2)");
    expect(found1.model!.bgNbd.r).toBe(report1.predictions!.model.bgnbd.r);
    expect([found1.model!.unit, found1.model!.horizon]).toEqual(["months", 12]);

    // Run again on Tria's own output: its "(2)" is replaced, not joined by a "(3)".
    const second = join(dir, "run2.xlsx");
    const run2 = await runCli(["predict", first, "--sheet", "Commandes", "--unit", "weeks", "--horizon", "26", "-o", second]);
    expect(run2.code, run2.stderr).toBe(0);
    const book2 = new ExcelJS.Workbook();
    await book2.xlsx.readFile(second);
    expect(book2.worksheets.map((w) => w.name).filter((name) => name.toLowerCase().startsWith("tria modèle"))).toEqual(["Tria modèle", "Tria modèle (2)"]);
    expect(rowsOf(book2.getWorksheet("Tria modèle")!)).toEqual(USER_ROWS);
    const found2 = foundModel(book2)!;
    expect([found2.name, found2.model!.unit, found2.model!.horizon]).toEqual(["Tria modèle (2)", "weeks", 26]);
  }, 60_000);
});
