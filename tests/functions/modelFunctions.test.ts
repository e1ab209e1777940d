import { afterEach, beforeEach, describe, expect, it } from "vitest";
import fc from "fast-check";
import { clv, expectedPurchases, pAlive } from "../../src/functions/functions";
import { forgetWorkbookModel } from "../../src/hosts/excel/workbookModel";
import { hasModelMarker, MODEL_SHEET, modelFromRows, modelSheet, modelSheetCandidates } from "../../src/engine/predict/modelSheet";
import { modelClv, type StoredModel } from "../../src/engine/predict/storedModel";
import { bgNbdExpectedPurchases } from "../../src/engine/predict/bgNbd";
import { discountedPurchases } from "../../src/engine/predict/discountedPurchases";
import { gammaGammaExpectedSpend } from "../../src/engine/predict/gammaGamma";
import { dateToExcelSerial } from "../../src/engine/table/excelSerial";
import type { CellValue } from "../../src/engine/table/cellValue";
import { CDNOW } from "../engine/predict/cdnowPublishedModel";

const globals = globalThis as { Excel?: unknown; Office?: unknown; CustomFunctions?: unknown };
let reads = 0;

/**
 * Excel as a custom function sees it in the shared runtime: `new Excel.RequestContext()`, the
 * sheets' names, a sheet's A1:B1 and its used range. The cells are what Excel gives back after
 * Tria wrote the model: the ISO day typed into a cell comes back as a date serial.
 */
function fakeExcel(sheet: CellValue[][] | null, others: Record<string, CellValue[][]> = {}): void {
  const sheets: Record<string, CellValue[][]> = { ...others, ...(sheet ? { [MODEL_SHEET]: sheet } : {}) };
  const worksheet = (name: string) => ({
    getRange: () => ({ load: () => ({ values: [(sheets[name]![0] ?? []).slice(0, 2)] }) }),
    getUsedRangeOrNullObject: () => ({ load: () => ({ isNullObject: false, values: sheets[name] }) }),
  });
  class RequestContext {
    readonly workbook = {
      worksheets: { load: () => undefined, items: Object.keys(sheets).map((name) => ({ name })), getItem: worksheet },
    };
    async sync(): Promise<void> {
      reads++;
    }
  }
  globals.Excel = { RequestContext };
}

function asExcelGivesBack(model: StoredModel): CellValue[][] {
  return modelSheet(model, "fr").rows.map((row) =>
    row.map((cell, c) => (row[0] === "calibrationEnd" && c === 1 && typeof cell === "string" ? dateToExcelSerial(new Date(`${cell}T00:00:00Z`)) : cell)),
  );
}

beforeEach(() => {
  forgetWorkbookModel();
  reads = 0;
});
afterEach(() => {
  delete globals.Excel;
  delete globals.Office;
  delete globals.CustomFunctions;
});

describe("CRM.PALIVE, CRM.EXPECTEDPURCHASES, CRM.CLV read the model stored in the workbook", () => {
  it("give the published CDNOW conditional expectation: E[Y(39) | x = 2, t_x = 30.43, T = 38.86] = 1.226", async () => {
    fakeExcel(asExcelGivesBack(CDNOW));
    expect(await expectedPurchases(39, 2, 30.43, 38.86)).toBeCloseTo(1.226, 3);
    // Equation (13): 1 / (1 + a/(b+x−1) · ((α+T)/(α+t_x))^(r+x)).
    const odds = (0.7929 / (2.4259 + 1)) * ((4.4136 + 38.86) / (4.4136 + 30.43)) ** (0.2426 + 2);
    expect(await pAlive(2, 30.43, 38.86)).toBeCloseTo(1 / (1 + odds), 12);
    expect(await pAlive(0, 0, 38.86)).toBe(1);
    // CLV: margin × Gamma-Gamma spend × purchases over 39 weeks, month by month discounted at 10 % a year.
    const spend = gammaGammaExpectedSpend(CDNOW.gammaGamma!, 2, 40);
    const discounted = discountedPurchases((t) => bgNbdExpectedPurchases(CDNOW.bgNbd, t, 2, 30.43, 38.86), 39, 7, 0.1);
    expect(await clv(2, 30.43, 38.86, 40)).toBeCloseTo(0.3 * spend * discounted, 10);
    expect(discounted).toBeLessThan(1.226);
    // Read once (names, marker, cells: three syncs), however many cells recalculate.
    expect(reads).toBe(3);
  });

  it("a customer without repeat purchase needs no mean value; without Gamma-Gamma the spend is everyone's mean", async () => {
    fakeExcel(asExcelGivesBack({ ...CDNOW, gammaGamma: null }));
    const value = await clv(0, 0, 20, 0);
    expect(value).toBeCloseTo(modelClv({ ...CDNOW, gammaGamma: null }, 0, 0, 20, 0), 12);
    expect(value).toBeCloseTo(0.3 * 35 * discountedPurchases((t) => bgNbdExpectedPurchases(CDNOW.bgNbd, t, 0, 0, 20), 39, 7, 0.1), 12);
  });

  it("without a stored model: #VALUE! saying to run Predict, in French or in Excel's English", async () => {
    fakeExcel(null);
    await expect(pAlive(2, 30, 38)).rejects.toThrow(/Aucun modèle de prévision dans ce classeur : lancez Prévoir/);
    globals.Office = { context: { displayLanguage: "en-GB" } };
    forgetWorkbookModel();
    await expect(clv(2, 30, 38, 10)).rejects.toThrow(/No forecasting model in this workbook: run Predict/);
    // Outside Office altogether (no Excel global): the same message, not a crash.
    delete globals.Excel;
    forgetWorkbookModel();
    await expect(expectedPurchases(39, 2, 30, 38)).rejects.toThrow(/No forecasting model/);
  });

  it("skip a user's own sheet named 'Tria modèle' and read the model Tria wrote beside it", async () => {
    const user: CellValue[][] = [
      ["format", "mon format à moi"],
      ["bgnbd.r", 3],
    ];
    fakeExcel(null, { "Tria modèle": user, "Tria modèle (2)": asExcelGivesBack(CDNOW) });
    expect(await expectedPurchases(39, 2, 30.43, 38.86)).toBeCloseTo(1.226, 3);
    // Only the user's sheet: no model, whatever its cells say.
    forgetWorkbookModel();
    fakeExcel(null, { "Tria modèle": user });
    await expect(pAlive(2, 30, 38)).rejects.toThrow(/Aucun modèle/);
  });

  it("look for the model in 'Tria modèle', then 'Tria modèle (2)', '(3)'…, whatever the case", () => {
    const names = ["Clients", "Tria modèle (10)", "TRIA MODÈLE (2)", "Tria modèle (copie)", "Tria modèle", "Tria modèles", "x Tria modèle"];
    expect(modelSheetCandidates(names)).toEqual(["Tria modèle", "TRIA MODÈLE (2)", "Tria modèle (10)"]);
    const rows = modelSheet(CDNOW, "fr").rows;
    expect(hasModelMarker(rows[0])).toBe(true);
    expect(hasModelMarker(["format", "tria-predict-model/0"])).toBe(false);
    expect(hasModelMarker(undefined)).toBe(false);
  });

  it("a damaged sheet counts as no model; impossible histories say what is expected", async () => {
    const damaged = asExcelGivesBack(CDNOW).map((row) => (row[0] === "bgnbd.alpha" ? [row[0], "beaucoup", row[2]!] : row));
    fakeExcel(damaged);
    await expect(pAlive(2, 30, 38)).rejects.toThrow(/Aucun modèle/);
    forgetWorkbookModel();
    fakeExcel(asExcelGivesBack(CDNOW));
    await expect(pAlive(2, 40, 38)).rejects.toThrow(/0 ≤ t_x ≤ T/);
    await expect(pAlive(-1, 0, 38)).rejects.toThrow(/x ≥ 0/);
    await expect(expectedPurchases(-5, 1, 2, 3)).rejects.toThrow(/t ≥ 0/);
    await expect(clv(2, 30, 38, -4)).rejects.toThrow(/valeur moyenne des rachats/);
  });
});

describe("the model sheet (a parser: fast-check)", () => {
  const positive = fc.double({ min: 1e-3, max: 1e4, noNaN: true });
  const model = fc.record({
    unit: fc.constantFrom("days" as const, "weeks" as const, "months" as const),
    horizon: fc.integer({ min: 1, max: 1000 }),
    discount: fc.double({ min: 0, max: 1, noNaN: true }),
    margin: fc.double({ min: 0.01, max: 1, noNaN: true }),
    r: positive,
    alpha: positive,
    a: positive,
    b: positive,
    gg: fc.option(fc.record({ p: positive, q: positive, v: positive })),
    populationSpend: fc.double({ min: 0, max: 1e5, noNaN: true }),
  });

  it("reads back what it wrote, from Excel's cells (a date serial) or as written (ISO text)", () => {
    fc.assert(
      fc.property(model, (m) => {
        const stored: StoredModel = {
          unit: m.unit,
          unitDays: { days: 1, weeks: 7, months: 365.2425 / 12 }[m.unit],
          horizon: m.horizon,
          discount: m.discount,
          margin: m.margin,
          calibrationEnd: "2024-06-30",
          bgNbd: { r: m.r, alpha: m.alpha, a: m.a, b: m.b },
          gammaGamma: m.gg,
          populationSpend: m.populationSpend,
        };
        expect(modelFromRows(modelSheet(stored, "en").rows)).toEqual(stored);
        expect(modelFromRows(asExcelGivesBack(stored))).toEqual(stored);
      }),
      { numRuns: 200 },
    );
  });

  it("never throws on cells that are not a model, and finds none there", () => {
    const cell = fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.constant(null), fc.date({ noInvalidDate: true }));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 4 }), { maxLength: 20 }), (rows) => {
        expect(modelFromRows(rows)).toBeNull();
      }),
      { numRuns: 300 },
    );
  });

  it("reads parameters typed the French way (decimal comma)", () => {
    const rows = modelSheet(CDNOW, "fr").rows.map((row) => (typeof row[1] === "number" ? [row[0]!, String(row[1]).replace(".", ","), row[2]!] : row));
    expect(modelFromRows(rows)).toEqual(CDNOW);
  });
});
