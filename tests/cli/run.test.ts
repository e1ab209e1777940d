import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Report } from "../../src/engine/report";
import { runCli } from "./cliHarness";

describe("tria run", () => {
  it("structures (duplicates included) and scores the sample into one workbook, the score reading the structured sheet", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tria-run-"));
    const out = join(dir, "all.xlsx");
    const run = await runCli(["run", "samples/clients-demo.xlsx", "-o", out, "--report", join(dir, "r.json")]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`500 lignes → ${out}`);
    const { job, reports } = JSON.parse(readFileSync(join(dir, "r.json"), "utf8")) as { job: string; reports: Report[] };
    expect(job).toBe("run");
    expect(reports.map((r) => r.job)).toEqual(["structure", "score"]);
    // The score job read the user's columns only: Tria's own are neither data nor listed (issue 9).
    const scoreColumns = reports[1]!.columns;
    expect(scoreColumns.map((c) => c.header)).toEqual(reports[0]!.columns.map((c) => c.header));
    expect(scoreColumns).toHaveLength(11);
    // A duplicate group counts once: its survivor is scored, the other rows are not.
    expect(reports[1]!.counts.rows).toBe(500 - reports[0]!.counts.duplicateRows);
    expect(run.stdout).toMatch(/clients notés sur \d+ — \d+ sans date d'achat ou montant \(\d+ doublons comptés une fois\)/);
    expect(scoreColumns.find((c) => c.header === "Date dernier achat")?.role).toBe("lastPurchaseDate");
    expect(reports[0]!.duplicates.length).toBeGreaterThan(5);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const header = (workbook.getWorksheet("Clients")!.getRow(3).values as unknown[]).slice(1);
    for (const added of ["Civilité", "Tél. (E.164)", "Qualité (0-100)", "Doublon de la ligne", "Code RFM", "Segment"]) expect(header).toContain(added);
    expect(workbook.getWorksheet("Synthèse RFM")).toBeDefined();
    expect(workbook.worksheets.filter((w) => w.name.startsWith("Légende"))).toHaveLength(1);
  });

  it("still structures a file that cannot be scored, and says why the score was skipped", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tria-run-"));
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Prospects").addRows([
      ["Nom", "Tél.", "E-mail"],
      ["Jean Dupont", "0612345678", "jean@gmial.com"],
      ["Marie Martin", "0478123456", "marie@orange.fr"],
    ]);
    await workbook.xlsx.writeFile(join(dir, "prospects.xlsx"));
    const run = await runCli(["run", join(dir, "prospects.xlsx"), "-o", join(dir, "out.xlsx"), "--lang", "en"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("score skipped:");
    expect(run.stdout).toMatch(/structure\s+1 cell to fix or complete, 0 duplicate groups/);
  });
});

describe("tria run on an orders list", () => {
  it("does not call a customer's orders duplicates, and scores the customers", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tria-run-"));
    const run = await runCli(["run", "samples/commandes-demo.csv", "-o", join(dir, "o.xlsx"), "--report", join(dir, "r.json")]);
    expect(run.code).toBe(0);
    const { reports } = JSON.parse(readFileSync(join(dir, "r.json"), "utf8")) as { reports: Report[] };
    expect(reports[0]!.duplicates).toEqual([]);
    expect(reports[1]!.scores.filter((s) => s.code !== null).length).toBe(200);
  });
});
