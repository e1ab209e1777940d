import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { Report } from "../../src/engine/report";
import { CDNOW_FILE } from "../engine/predict/cdnow";
import { runCli } from "./cliHarness";
import { MODEL_SHEET, modelFromRows } from "../../src/engine/predict/modelSheet";
import type { CellValue } from "../../src/engine/table/cellValue";
import { clv, expectedPurchases, pAlive } from "../../src/app/modelFunctions";

const tmp = () => mkdtempSync(join(tmpdir(), "tria-predict-"));

/** CDNOW_sample as a French orders CSV: "N° client;Date commande;Montant" with decimal commas. */
function cdnowCsv(dir: string): string {
  const lines = ["N° client;Date commande;Nb CD;Montant"];
  for (const line of readFileSync(CDNOW_FILE!, "utf8").split("\n")) {
    const [id, , d, cds, value] = line.trim().split(/\s+/);
    if (!value) continue;
    lines.push(`${id};${d!.slice(6, 8)}/${d!.slice(4, 6)}/${d!.slice(0, 4)};${cds};${value.replace(".", ",")}`);
  }
  const path = join(dir, "cdnow.csv");
  writeFileSync(path, lines.join("\r\n"));
  return path;
}

describe.skipIf(CDNOW_FILE === null)("tria predict", () => {
  it("on CDNOW: the published fit, one row per customer, the plan sheet with native charts, the holdout check", async () => {
    const dir = tmp();
    const out = join(dir, "cdnow.xlsx");
    const run = await runCli([
      "predict",
      cdnowCsv(dir),
      "--calibration-end",
      "30/09/1997",
      "--horizon",
      "39",
      "--unit",
      "weeks",
      "--margin",
      "0,3",
      "--cost-per-contact",
      "1,5",
      "-o",
      out,
      "--report",
      join(dir, "r.json"),
    ]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("2357 clients modélisés");
    expect(run.stdout).toMatch(/1\s882 achats répétés réels/);
    // Euros with their cents, every group alike ("9 986,10 €", not "9 986,1 €").
    const margins = [...run.stdout.matchAll(/marge après publicité([^€]*)€/g)].map((m) => m[1]!.trim());
    expect(margins).toHaveLength(4);
    for (const margin of margins) expect(margin).toMatch(/,\d\d$/);
    const report = JSON.parse(readFileSync(join(dir, "r.json"), "utf8")) as Report;
    expect(report.job).toBe("predict");
    const p = report.predictions!;
    expect(p.model.bgnbd.r).toBeCloseTo(0.2426, 3);
    expect(p.model.bgnbd.alpha).toBeCloseTo(4.4136, 2);
    expect(p.model.bgnbd.logLikelihood).toBeCloseTo(-9582.43, 1);
    expect(p.model.gammaGamma!.p).toBeCloseTo(6.25, 2);
    expect(p.customers).toHaveLength(2357);
    expect(p.calibrationEnd).toBe("1997-09-30");
    expect(p.holdout!.actualPurchases).toBe(1882);
    // The forecast for the holdout is of the right size (the paper's model tracks the actual curve).
    expect(p.holdout!.predictedPurchases).toBeGreaterThan(1500);
    expect(p.holdout!.predictedPurchases).toBeLessThan(2200);
    expect(p.groups.map((g) => g.group)).toEqual(["A", "B", "C", "D"]);
    expect(p.groups.reduce((s, g) => s + g.customers, 0)).toBe(2357);
    for (const g of p.groups) expect(g.breakEvenResponseRate).toBeCloseTo(1.5 / g.marginPerResponder, 10);
    // Ranks follow CLV; groups follow ranks.
    const ranked = [...p.customers].sort((a, b) => a.rank! - b.rank!);
    for (let i = 1; i < ranked.length; i++) expect(ranked[i - 1]!.clv!).toBeGreaterThanOrEqual(ranked[i]!.clv!);
    expect(ranked[0]!.group).toBe("A");

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const customers = workbook.getWorksheet("Prévisions clients")!;
    expect(customers.rowCount).toBe(2358);
    expect(customers.getRow(1).getCell(6).value).toBe("P(encore client)");
    expect(customers.getRow(2).getCell(10).value).toBe(1);
    const plan = workbook.getWorksheet("Plan de campagne")!;
    const texts = plan
      .getSheetValues()
      .flat()
      .filter((v): v is string => typeof v === "string");
    expect(texts.some((t) => t.startsWith("BG/NBD"))).toBe(true);
    expect(texts).toContain("Pareto/NBD");
    expect(texts.some((t) => t.includes("r = 0.2426"))).toBe(true);
    const zip = await JSZip.loadAsync(readFileSync(out));
    // Margin by group, the holdout check, and the survival curves (a line chart).
    const charts = Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
    expect(charts).toHaveLength(3);
    const chartTexts = await Promise.all(charts.map((f) => zip.file(f)!.async("string")));
    expect(chartTexts.filter((x) => x.includes("<c:lineChart>"))).toHaveLength(1);
    expect(workbook.getWorksheet("Durée de vie par canal")).toBeDefined();
    expect(p.survival!.channels.map((c) => c.channel)).toEqual(["Tous"]);

    // The model kept for the CRM. functions: a hidden sheet, read back by ExcelJS (a second reader).
    const kept = workbook.getWorksheet(MODEL_SHEET)!;
    expect(kept.state).toBe("hidden");
    expect(await zip.file("xl/workbook.xml")!.async("string")).toMatch(new RegExp(`<sheet name="${MODEL_SHEET}" sheetId="\\d+" state="hidden"`));
    const model = modelFromRows(kept.getSheetValues().flatMap((row) => (Array.isArray(row) ? [row.slice(1) as CellValue[]] : [])))!;
    expect(model.bgNbd.r).toBe(p.model.bgnbd.r);
    expect(model.gammaGamma!.p).toBe(p.model.gammaGamma!.p);
    expect([model.unit, model.horizon, model.margin, model.calibrationEnd]).toEqual(["weeks", 39, 0.3, "1997-09-30"]);
    // The functions on a row's x, t_x, T and mean value give the row's figures (to the sheet's decimals).
    for (let r = 2; r <= customers.rowCount; r++) {
      const [x, tx, T, mean, alive, expected, , value] = [2, 3, 4, 5, 6, 7, 8, 9].map((c) => customers.getRow(r).getCell(c).value as number);
      expect(Math.abs(pAlive(model, x, tx, T) - alive!)).toBeLessThanOrEqual(0.00005 + 1e-7);
      expect(Math.abs(expectedPurchases(model, 39, x, tx, T) - expected!)).toBeLessThanOrEqual(0.0005 + 1e-6);
      expect(Math.abs(clv(model, x, tx, T, mean) - value!)).toBeLessThanOrEqual(0.005 + 1e-4);
    }
  });

  it("says what is wrong, in French and English, for a customer file or a bad option", async () => {
    const dir = tmp();
    const customersOnly = join(dir, "clients.csv");
    writeFileSync(customersOnly, "Nom;Ville\nDupont;Paris\nMartin;Lyon\n");
    const fr = await runCli(["predict", customersOnly, "-o", join(dir, "o.xlsx")]);
    expect(fr.code).toBe(5);
    expect(fr.stderr).toContain("n'est pas une liste de commandes");
    const en = await runCli(["predict", customersOnly, "--lang", "en", "-o", join(dir, "o.xlsx")]);
    expect(en.stderr).toContain("is not an orders list");
    const unit = await runCli(["predict", customersOnly, "--unit", "years"]);
    expect([unit.code, unit.stderr]).toEqual([2, expect.stringContaining("Unité invalide")]);
    const date = await runCli(["predict", customersOnly, "--calibration-end", "pas une date", "--lang", "en"]);
    expect([date.code, date.stderr]).toEqual([2, expect.stringContaining("Unreadable calibration end date")]);
  });
});
