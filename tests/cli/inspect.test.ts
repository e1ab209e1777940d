import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Report } from "../../src/engine/report";
import type { ColumnRole } from "../../src/engine/table/columnRole";
import { runCli } from "./cliHarness";

const SAMPLE_ROLES: readonly ColumnRole[] = [
  "customerId",
  "fullName",
  "company",
  "address",
  "phone",
  "email",
  "siret",
  "lastPurchaseDate",
  "purchasesPerYear",
  "averageBasket",
  "firstPurchaseDate",
];
const tmp = () => mkdtempSync(join(tmpdir(), "tria-cli-"));

describe("tria inspect", () => {
  it("finds every role of the bundled sample, header on row 3 under a title", async () => {
    const run = await runCli(["inspect", "samples/clients-demo.xlsx", "--json"]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.reportVersion).toBe(1);
    expect(report.job).toBe("inspect");
    expect(report.sheet).toBe("Clients");
    expect(report.headerRow).toBe(3);
    expect(report.counts.rows).toBe(500);
    expect(report.columns.map((c) => c.role)).toEqual(SAMPLE_ROLES);
    for (const column of report.columns) expect(column.confidence).toBeGreaterThan(0.6);
  });

  it("finds every role of the CSV French Excel saves (Windows-1252, ';')", async () => {
    const dir = tmp();
    const run = await runCli(["inspect", "samples/clients-demo.csv", "--report", join(dir, "r.json")]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("séparateur « ; », encodage windows-1252");
    expect(run.stdout).toContain("Date du dernier achat (lastPurchaseDate)");
    const report = JSON.parse(readFileSync(join(dir, "r.json"), "utf8")) as Report;
    expect(report.headerRow).toBe(1);
    expect(report.columns.map((c) => c.role)).toEqual(SAMPLE_ROLES);
    expect(report.columns[1]!.header).toBe("Nom");
    expect(report.columns[8]!.header).toBe("Nb achats / an");
  });

  it("counts one data row in the singular, in French and English", async () => {
    const dir = tmp();
    const file = join(dir, "un.csv");
    writeFileSync(file, "Nom;Ville\r\nDupont;Lyon\r\n");
    expect((await runCli(["inspect", file])).stdout).toContain("en-tête ligne 1, 1 ligne de données");
    expect((await runCli(["inspect", file, "--lang", "en"])).stdout).toContain("header on row 1, 1 data row\n");
  });

  it("speaks English when asked", async () => {
    const run = await runCli(["inspect", "samples/clients-demo.csv", "--lang", "en"]);
    expect(run.stdout).toContain('delimiter ";", encoding windows-1252');
    expect(run.stdout).toContain("Last purchase date (lastPurchaseDate)");
  });

  it("gives clear messages and exit codes for a missing file, a folder, an empty sheet, a password", async () => {
    const missing = await runCli(["inspect", "nowhere/clients.xlsx"]);
    expect(missing).toMatchObject({ code: 3, stdout: "" });
    expect(missing.stderr).toContain("Fichier introuvable : nowhere/clients.xlsx");

    expect((await runCli(["inspect", "samples"])).code).toBe(4);

    const dir = tmp();
    const empty = new ExcelJS.Workbook();
    empty.addWorksheet("Feuil1");
    await empty.xlsx.writeFile(join(dir, "vide.xlsx"));
    const emptyRun = await runCli(["inspect", join(dir, "vide.xlsx"), "--lang", "en"]);
    expect(emptyRun.code).toBe(5);
    expect(emptyRun.stderr).toContain("holds no data");

    const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...Array.from("EncryptionInfo").flatMap((c) => [c.charCodeAt(0), 0])];
    writeFileSync(join(dir, "secret.xlsx"), new Uint8Array(ole));
    const locked = await runCli(["inspect", join(dir, "secret.xlsx")]);
    expect(locked.code).toBe(4);
    expect(locked.stderr).toContain("protégé par un mot de passe");

    writeFileSync(join(dir, "bad.xlsx"), "PK\x03\x04 not really a zip");
    const broken = await runCli(["inspect", join(dir, "bad.xlsx")]);
    expect(broken.code).toBe(4);
    expect(broken.stderr).toContain("Impossible de lire");
  });

  it("refuses a sheet that does not exist and names the ones that do", async () => {
    const run = await runCli(["inspect", "samples/clients-demo.xlsx", "--sheet", "Prospects"]);
    expect(run.code).toBe(5);
    expect(run.stderr).toContain("Feuilles disponibles : Clients");
  });

  it("reports a usage error for an unknown command", async () => {
    expect((await runCli(["sort", "x.xlsx"])).code).toBe(2);
  });

  it("runs as the package's bin, as `npx tria` does", () => {
    const out = execFileSync(process.execPath, ["src/cli/tria.mjs", "inspect", "samples/clients-demo.csv", "--lang", "en"], {
      encoding: "utf8",
      env: { ...process.env, LANG: "en_US.UTF-8" },
    });
    expect(out).toMatch(/sheet "clients-demo", header on row 1, 500 data rows/);
  });
});
