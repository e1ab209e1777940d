/**
 * CRM_PALIVE, CRM_EXPECTEDPURCHASES, CRM_CLV (and the French CRM_P_ENCORE_CLIENT,
 * CRM_ACHATS_ATTENDUS, CRM_VALEUR_CLIENT) in the built Google Sheets add-on (dist/sheets/Code.js
 * in a vm), over the in-memory spreadsheet: the published CDNOW figure, the same answers as
 * Excel's functions, a whole column in one call from a workbook `tria predict -o` wrote (opened
 * as Google Sheets would: every sheet, the model's hidden), and a user's own "Tria modèle".
 */
import { beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { FakeSpreadsheet } from "./fakeSpreadsheet";
import { builtCode, loadAddon, type Addon } from "./addonHarness";
import { modelSheet } from "../../../src/engine/predict/modelSheet";
import * as excelFunctions from "../../../src/app/modelFunctions";
import { runCli } from "../../cli/cliHarness";
import { CDNOW } from "../../engine/predict/cdnowPublishedModel";

let code: string;
beforeAll(async () => {
  code = await builtCode();
}, 120_000);

type Fn = (...args: unknown[]) => unknown;
const fn = (addon: Addon, name: string): Fn => addon[name] as Fn;

function withSheets(sheets: Record<string, unknown[][]>, hidden: readonly string[] = []): FakeSpreadsheet {
  const book = new FakeSpreadsheet();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = book.insertSheet(name);
    rows.forEach((row, r) => row.forEach((value, c) => (sheet.cell(r + 1, c + 1).value = value ?? "")));
    if (hidden.includes(name)) sheet.hidden = true;
  }
  book.active = book.sheets[0]!;
  return book;
}

function outcome(call: () => unknown): unknown {
  try {
    return call();
  } catch (error) {
    return { error: (error as Error).message };
  }
}

describe("Google Sheets' CRM_ functions read the model Predict kept", () => {
  it("give the published CDNOW expectation, Excel's figures, under English and French names", () => {
    const book = withSheets({ Clients: [["Nom"]], "Tria modèle": modelSheet(CDNOW, "fr").rows as unknown[][] }, ["Tria modèle"]);
    const { addon } = loadAddon(code, book);
    expect(fn(addon, "CRM_EXPECTEDPURCHASES")(39, 2, 30.43, 38.86)).toBeCloseTo(1.226, 3);
    expect(fn(addon, "CRM_EXPECTEDPURCHASES")(39, 2, 30.43, 38.86)).toBe(excelFunctions.expectedPurchases(CDNOW, 39, 2, 30.43, 38.86));
    expect(fn(addon, "CRM_PALIVE")(2, 30.43, 38.86)).toBe(excelFunctions.pAlive(CDNOW, 2, 30.43, 38.86));
    expect(fn(addon, "CRM_CLV")(2, 30.43, 38.86, 40)).toBe(excelFunctions.clv(CDNOW, 2, 30.43, 38.86, 40));
    expect(fn(addon, "CRM_CLV")(0, 0, 20, "")).toBe(excelFunctions.clv(CDNOW, 0, 0, 20, ""));
    expect(fn(addon, "CRM_P_ENCORE_CLIENT")(2, 30.43, 38.86)).toBe(fn(addon, "CRM_PALIVE")(2, 30.43, 38.86));
    expect(fn(addon, "CRM_ACHATS_ATTENDUS")(39, 2, 30.43, 38.86)).toBe(fn(addon, "CRM_EXPECTEDPURCHASES")(39, 2, 30.43, 38.86));
    expect(fn(addon, "CRM_VALEUR_CLIENT")(2, 30.43, 38.86, 40)).toBe(fn(addon, "CRM_CLV")(2, 30.43, 38.86, 40));
    // Text typed the French way reads as Excel's functions read it; an impossible history says what is expected.
    expect(fn(addon, "CRM_PALIVE")("2", "30,43", "38,86")).toBe(fn(addon, "CRM_PALIVE")(2, 30.43, 38.86));
    expect(outcome(() => fn(addon, "CRM_PALIVE")(2, 40, 38))).toEqual({ error: expect.stringMatching(/0 ≤ t_x ≤ T/) });
  });

  it("are declared at the top level with the JSDoc Sheets' autocomplete shows, in English and in French", () => {
    for (const [name, params, words] of [
      ["CRM_PALIVE", "x, tx, T", "P(still a customer)"],
      ["CRM_EXPECTEDPURCHASES", "t, x, tx, T", "Expected number of purchases"],
      ["CRM_CLV", "x, tx, T, meanValue", "@param {number} meanValue Mean value of the repeat purchases"],
      ["CRM_P_ENCORE_CLIENT", "x, tx, T", "P(encore client)"],
      ["CRM_ACHATS_ATTENDUS", "t, x, tx, T", "@param {number} t Horizon, dans l'unité du modèle."],
      ["CRM_VALEUR_CLIENT", "x, tx, T, meanValue", "Marge attendue sur l'horizon"],
    ] as const) {
      const declared = new RegExp(`/\\*\\*\\n((?: \\*.*\\n)+) \\*/\\nfunction ${name}\\((.*)\\) \\{\\n  return TriaSheets\\.${name}\\(\\2\\);\\n\\}`).exec(
        code,
      );
      expect(declared?.[2]).toBe(params);
      expect(declared?.[1]).toContain("@customfunction");
      expect(declared?.[1]).toContain(words);
    }
  });

  it("without a model: say how to get one, in the user's language", () => {
    const book = withSheets({ Clients: [["Nom"]] });
    const fr = loadAddon(code, book).addon;
    expect(outcome(() => fn(fr, "CRM_PALIVE")(2, 30, 38))).toEqual({
      error: expect.stringMatching(/^Aucun modèle de prévision dans ce classeur.*Google Sheets/),
    });
    const en = loadAddon(code, book, { locale: "en_US" }).addon;
    expect(outcome(() => fn(en, "CRM_CLV")(2, 30, 38, 10))).toEqual({ error: expect.stringMatching(/^No forecasting model in this spreadsheet/) });
  });

  it("skip a user's own sheet named 'Tria modèle' and read the one Tria wrote beside it", () => {
    const user = [["format", "à moi"], ...Array.from({ length: 500 }, (_, r) => [`ligne ${r}`, r])];
    const book = withSheets({ Clients: [["Nom"]], "Tria modèle": user, "Tria modèle (2)": modelSheet(CDNOW, "en").rows as unknown[][] }, ["Tria modèle (2)"]);
    const { addon } = loadAddon(code, book);
    expect(fn(addon, "CRM_EXPECTEDPURCHASES")(39, 2, 30.43, 38.86)).toBeCloseTo(1.226, 3);
    const alone = withSheets({ Clients: [["Nom"]], "Tria modèle": user });
    expect(outcome(() => fn(loadAddon(code, alone).addon, "CRM_PALIVE")(2, 30, 38))).toEqual({ error: expect.stringMatching(/Aucun modèle/) });
  });

  it("on a workbook `tria predict -o` wrote, opened in Sheets: one call per column gives the columns' figures", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tria-sheets-model-"));
    const lines = ["N° client;Date commande;Montant"];
    for (let c = 0; c < 80; c++)
      for (let k = 0; k < 1 + (c % 7); k++) {
        const day = new Date(Date.UTC(2024, 0, 1 + c + k * (10 + (c % 6) * 10)));
        lines.push(`C${c};${day.toISOString().slice(0, 10)};${20 + (c % 5) * 15 + k},50`);
      }
    writeFileSync(join(dir, "commandes.csv"), lines.join("\n"));
    const out = join(dir, "prevision.xlsx");
    const run = await runCli(["predict", join(dir, "commandes.csv"), "--unit", "months", "--horizon", "6", "-o", out]);
    expect(run.code, run.stderr).toBe(0);
    // Google Sheets opens every sheet of the file, hidden ones hidden; cells as their values.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheets: Record<string, unknown[][]> = {};
    for (const sheet of workbook.worksheets)
      sheets[sheet.name] = sheet.getSheetValues().flatMap((row) => (Array.isArray(row) ? [row.slice(1).map((v) => v ?? "")] : []));
    const book = withSheets(
      sheets,
      workbook.worksheets.filter((w) => w.state !== "visible").map((w) => w.name),
    );
    const { addon } = loadAddon(code, book);
    const rows = sheets["Prévisions clients"]!.slice(1);
    expect(rows).toHaveLength(80);
    const column = (c: number) => rows.map((row) => [row[c]]);
    const [x, tx, T, mean] = [1, 2, 3, 4].map(column);
    const reads = book.calls.get("getValues") ?? 0;
    const alive = fn(addon, "CRM_PALIVE")(x, tx, T) as number[][];
    const expected = fn(addon, "CRM_ACHATS_ATTENDUS")(6, x, tx, T) as number[][];
    const value = fn(addon, "CRM_CLV")(x, tx, T, mean) as number[][];
    // Three calls, each reading the model once (marker, then the sheet): not one read per row.
    expect((book.calls.get("getValues") ?? 0) - reads).toBe(6);
    rows.forEach((row, r) => {
      expect(Math.abs(alive[r]![0]! - (row[5] as number))).toBeLessThanOrEqual(0.00005 + 1e-7);
      expect(Math.abs(expected[r]![0]! - (row[6] as number))).toBeLessThanOrEqual(0.0005 + 1e-6);
      expect(Math.abs(value[r]![0]! - (row[8] as number))).toBeLessThanOrEqual(0.005 + 1e-4);
    });
    // Empty rows of a range get empty answers; ranges of different sizes say so; one cell applies to every row.
    expect(fn(addon, "CRM_PALIVE")([[2], [""]], [[1], [""]], [[3], [""]])).toEqual([[fn(addon, "CRM_PALIVE")(2, 1, 3)], [""]]);
    expect(fn(addon, "CRM_PALIVE")([[2], [0]], 1, [[3], [3]])).toEqual([[fn(addon, "CRM_PALIVE")(2, 1, 3)], [fn(addon, "CRM_PALIVE")(0, 1, 3)]]);
    expect(outcome(() => fn(addon, "CRM_PALIVE")([[2], [1]], [[1]], [[3], [3]]))).toEqual({ error: expect.stringMatching(/même taille/) });
  }, 60_000);
});
