/**
 * A user's own sheet named "Tria modèle" must not hide the forecasting model from the CRM.
 * functions: Predict writes "Tria modèle (2)" beside it (the user's sheet is never replaced),
 * and the functions' reader takes the first sheet of that family whose A1:B1 carries the
 * marker. Through the fake Excel, as the taskpane writes and the shared runtime reads.
 */
import { describe, expect, it } from "vitest";
import { createExcelHost } from "../../../src/hosts/excel/excelHost";
import { readModelSheetIn } from "../../../src/hosts/excel/workbookModel";
import { runPredict } from "../../../src/app/runPredict";
import { MODEL_FORMAT, modelFromRows } from "../../../src/engine/predict/modelSheet";
import { createFakeExcel, FakeWorkbook } from "../../../src/tools/fakeExcel/fakeExcel";

/** 60 customers buying every 10 to 60 days from January 2024, dates typed as text. */
function ordersRows(): (string | number)[][] {
  const rows: (string | number)[][] = [["N° client", "Date commande", "Montant"]];
  for (let c = 0; c < 60; c++) {
    const gap = 10 + (c % 6) * 10;
    for (let k = 0; k < 1 + (c % 7); k++) {
      const day = new Date(Date.UTC(2024, 0, 1 + c + k * gap));
      const text = `${String(day.getUTCDate()).padStart(2, "0")}/${String(day.getUTCMonth() + 1).padStart(2, "0")}/${day.getUTCFullYear()}`;
      rows.push([`C${String(c).padStart(3, "0")}`, text, 20 + (c % 5) * 15 + k]);
    }
  }
  return rows;
}

const USER_SHEET = [
  ["Mes notes sur le modèle", "à garder"],
  ["format", "le mien"],
];

describe("the model sheet beside a user's sheet of the same name (fake Excel)", () => {
  it("is written as 'Tria modèle (2)', found by the functions' reader, and replaced on the next run", async () => {
    const book = new FakeWorkbook();
    book.addSheet("Commandes", ordersRows());
    book.addSheet("Tria modèle", USER_SHEET);
    const excel = createFakeExcel(book);
    const host = createExcelHost({ run: excel.run, supports: excel.supports });

    // Before any run: the user's sheet bears the name but not the marker, so no model.
    expect(await excel.run((context) => readModelSheetIn(context))).toBeNull();

    const first = await runPredict(host, { lang: "fr", sheet: "Commandes", apply: true, unit: "months", horizon: 12 });
    const user = book.sheet("Tria modèle")!;
    expect([0, 1].map((r) => [0, 1].map((c) => user.cell(r, c).value))).toEqual(USER_SHEET);
    expect(user.visibility).toBe("Visible");
    const ours = book.sheet("Tria modèle (2)")!;
    expect(ours.visibility).toBe("Hidden");
    expect(ours.cell(0, 1).value).toBe(MODEL_FORMAT);

    const model = modelFromRows((await excel.run((context) => readModelSheetIn(context)))!)!;
    expect(model).not.toBeNull();
    expect(model.bgNbd.r).toBe(first.report.predictions!.model.bgnbd.r);
    expect(model.unit).toBe("months");

    // A second run replaces Tria's own sheet: no "Tria modèle (3)", the user's sheet still as it was.
    const second = await runPredict(host, { lang: "fr", sheet: "Commandes", apply: true, unit: "weeks", horizon: 26 });
    expect(book.sheets.map((s) => s.name).filter((name) => name.startsWith("Tria modèle"))).toEqual(["Tria modèle", "Tria modèle (2)"]);
    const again = modelFromRows((await excel.run((context) => readModelSheetIn(context)))!)!;
    expect([again.unit, again.horizon]).toEqual(["weeks", 26]);
    expect(again.bgNbd.r).toBe(second.report.predictions!.model.bgnbd.r);
    expect(user.cell(0, 0).value).toBe(USER_SHEET[0]![0]);
  });

  it("reads only the first two cells of a user's big sheet that bears the name", async () => {
    const book = new FakeWorkbook();
    const big = Array.from({ length: 2_000 }, (_, r) => [`ligne ${r}`, r, r * 2]);
    book.addSheet("tria MODÈLE", big);
    const excel = createFakeExcel(book);
    expect(await excel.run((context) => readModelSheetIn(context))).toBeNull();
    // Names and two cells: a few hundred bytes back, not the 2,000 rows.
    expect(Math.max(...excel.stats.responseBytes)).toBeLessThan(1_000);
  });
});
