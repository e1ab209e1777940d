import { describe, expect, it } from "vitest";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Report } from "../../src/engine/report";
import { FLAG_STYLES } from "../../src/engine/legend";
import { runCli } from "./cliHarness";

const tmp = () => mkdtempSync(join(tmpdir(), "tria-structure-"));

async function readXlsx(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

describe("tria structure", () => {
  it("writes a structured copy of the sample with flags, notes, quality columns and the legend", async () => {
    const dir = tmp();
    const out = join(dir, "clients.tria.xlsx");
    const run = await runCli(["structure", "samples/clients-demo.xlsx", "-o", out, "--report", join(dir, "r.json")]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`structure « Clients » : 500 lignes`);
    const report = JSON.parse(readFileSync(join(dir, "r.json"), "utf8")) as Report;
    expect(report.job).toBe("structure");
    expect(report.columnFlags.map((f) => f.column)).toEqual(["Tél.", "E-mail", "Date dernier achat"]);
    const workbook = await readXlsx(out);
    const sheet = workbook.getWorksheet("Clients")!;
    const header = (sheet.getRow(3).values as unknown[]).slice(1);
    expect(header).toEqual(
      expect.arrayContaining(["N° client", "Nom", "Civilité", "Prénom", "Nom de famille", "Adresse", "Tél.", "Tél. (E.164)", "E-mail", "E-mail (corrigé)"]),
    );
    expect(header.indexOf("Tél. (national)")).toBe(header.indexOf("Tél.") + 1);
    expect(header.indexOf("Problèmes")).toBe(header.indexOf("Qualité (0-100)") + 1);
    expect(header.slice(-4)).toEqual(["Groupe doublon", "Doublon de la ligne", "Score de correspondance", "Champs concordants"]);
    const phoneColumn = header.indexOf("Tél.") + 1;
    expect((sheet.getRow(4).getCell(phoneColumn).fill as ExcelJS.FillPattern).fgColor?.argb).toBe(`FF${FLAG_STYLES.volatile.fill}`);
    expect(String(sheet.getRow(3).getCell(phoneColumn).note ?? "")).toBeTruthy();
    expect(workbook.getWorksheet("Légende")).toBeDefined();
    // The user's cells are all still there, untouched.
    const original = await readXlsx("samples/clients-demo.xlsx");
    const before = original.getWorksheet("Clients")!;
    for (const row of [4, 50, 503]) {
      for (const name of ["N° client", "Nom", "Adresse", "Tél.", "E-mail", "Panier moyen"]) {
        const from = (before.getRow(3).values as unknown[]).indexOf(name);
        expect(sheet.getRow(row).getCell(header.indexOf(name) + 1).value).toEqual(before.getRow(row).getCell(from).value);
      }
    }
  });

  it("writes only the report when only --report is given", async () => {
    const dir = tmp();
    const run = await runCli(["structure", "samples/clients-demo.csv", "--report", join(dir, "r.json"), "--lang", "en"], { LANG: "en" });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^structure "clients-demo": 500 rows/);
    expect(run.stdout).not.toContain("→");
    expect(existsSync(join(dir, "r.json"))).toBe(true);
  });

  it("never writes over the input, and refuses unknown operations", async () => {
    const same = await runCli(["structure", "samples/clients-demo.xlsx", "-o", "samples/clients-demo.xlsx"]);
    expect(same.code).toBe(2);
    expect(same.stderr).toContain("ne modifie jamais l'original");
    const wrong = await runCli(["structure", "samples/clients-demo.xlsx", "--only", "phones,colours"]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain("colours");
  });
});

describe("tria structure, options and reruns", () => {
  it("finds duplicates as part of structuring, and updates its own columns on a second run", async () => {
    const dir = tmp();
    const first = join(dir, "first.xlsx");
    await runCli(["structure", "samples/clients-demo.xlsx", "-o", first, "--report", join(dir, "r1.json")]);
    const report = JSON.parse(readFileSync(join(dir, "r1.json"), "utf8")) as Report;
    expect(report.duplicates.length).toBeGreaterThan(5);
    const second = join(dir, "second.xlsx");
    const rerun = await runCli(["structure", first, "-o", second, "--report", join(dir, "r2.json")]);
    expect(rerun.code).toBe(0);
    const count = async (path: string) => (await readXlsx(path)).getWorksheet("Clients")!.actualColumnCount;
    expect(await count(second)).toBe(await count(first));
    const again = JSON.parse(readFileSync(join(dir, "r2.json"), "utf8")) as Report;
    expect(again.counts.flags).toEqual(report.counts.flags);
  });

  it("works only on the columns and operations asked, with the required fields asked", async () => {
    const dir = tmp();
    const run = await runCli([
      "structure",
      "samples/clients-demo.xlsx",
      "--columns",
      "E",
      "--only",
      "phones",
      "--required",
      "none",
      "--volatile",
      "none",
      "--report",
      join(dir, "r.json"),
    ]);
    expect(run.code).toBe(0);
    const report = JSON.parse(readFileSync(join(dir, "r.json"), "utf8")) as Report;
    expect(new Set(report.flags.map((f) => f.column))).toEqual(new Set(["Tél."]));
    expect(report.columnFlags).toEqual([]);
    expect((await runCli(["structure", "samples/clients-demo.xlsx", "--columns", "1B"])).code).toBe(2);
  });
});
