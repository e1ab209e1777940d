import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "./cliHarness";
import type { Report } from "../../src/engine/report";
import { writeCallsFixture } from "./callsFixture";
import { cellAt, readXlsxXml, sheetNamed } from "../support/xlsx/readXlsxXml";

const OWNED =
  "Adresse;E-mail;Tél.\n14 rue des Lilas 69003 Lyon;temoin.lyon@monentreprise.fr;04 72 00 00 01\n7 avenue Foch 42000 Saint-Étienne;temoin.se@monentreprise.fr;04 77 00 00 02\n";

describe("tria export --traps", () => {
  it("writes a NEW export with trap records at owned addresses, listed in a separate private file; the user's file is untouched", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tria-export-"));
    const input = join(dir, "clients.xlsx");
    await writeCallsFixture(input);
    const before = readFileSync(input);
    writeFileSync(join(dir, "owned.csv"), OWNED);
    const run = await runCli(["export", input, "--traps", "3", "--trap-file", join(dir, "owned.csv"), "--seed", "42", "-o", join(dir, "location.xlsx")]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("9 lignes exportées");
    expect(run.stdout).toContain(`3 pièges placés ; liste privée → ${join(dir, "location.traps.xlsx")}`);
    expect(readFileSync(input).equals(before)).toBe(true);

    const exported = sheetNamed(await readXlsxXml(readFileSync(join(dir, "location.xlsx"))), "Clients");
    expect(exported.lastRow).toBe(10);
    const list = sheetNamed(await readXlsxXml(readFileSync(join(dir, "location.traps.xlsx"))), "Pièges");
    expect(String(cellAt(list, 1, 1).value)).toContain("liste privée");
    expect(cellAt(list, 3, 1).value).toBe("Ligne dans l'export");
    const realNames = ["Marie Dupont", "Paul Martin", "Léa Bernard", "Jean Petit", "Zoé Roux", "Luc Morel"];
    const trapRows = [4, 5, 6].map((row) => Number(cellAt(list, row, 1).value));
    for (const [i, exportRow] of trapRows.entries()) {
      // The export holds, at the row the private list gives, the trap's own values.
      for (let column = 1; column <= 9; column++) expect(cellAt(exported, exportRow, column).value).toEqual(cellAt(list, 4 + i, column + 2).value);
      const name = String(cellAt(exported, exportRow, 1).value);
      expect(realNames).not.toContain(name);
      expect(name).toMatch(/^[A-Z][a-z]+(-[A-Z][a-z]+)? [A-Z][a-z]+/);
      expect(String(cellAt(exported, exportRow, 4).value)).toMatch(/^temoin\.(lyon|se)@monentreprise\.fr$/);
      expect(String(cellAt(exported, exportRow, 5).value)).toMatch(/^(14 rue des Lilas 69003 Lyon|7 avenue Foch 42000 Saint-Étienne)$/);
    }
    // Every real row is in the export, in its order, and no trap is in the user's sheet.
    const exportedNames = Array.from({ length: 9 }, (_, i) => String(cellAt(exported, i + 2, 1).value));
    expect(exportedNames.filter((n) => realNames.includes(n))).toEqual(realNames);
    expect(run.stdout).not.toContain("temoin");
  });

  it("exports only the rows meeting --where, and refuses --traps without --trap-file (exit 2, in English with --lang en)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tria-export-"));
    const input = join(dir, "clients.xlsx");
    await writeCallsFixture(input);
    const run = await runCli(["exporter", input, "--where", "Panier moyen >= 100", "-o", join(dir, "vip.xlsx")]);
    expect(run.code).toBe(0);
    const vip = sheetNamed(await readXlsxXml(readFileSync(join(dir, "vip.xlsx"))), "Clients");
    expect([2, 3, 4].map((row) => cellAt(vip, row, 1).value)).toEqual(["Marie Dupont", "Jean Petit", "Zoé Roux"]);
    expect(vip.lastRow).toBe(4);
    const bad = await runCli(["export", input, "--traps", "2", "--lang", "en"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--traps needs --trap-file");
  });

  it("writes its JSON report like every job (DESIGN.md §5): columns, export {where, rows, traps, file, trapList}; --report alone writes no workbook", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tria-export-"));
    const input = join(dir, "clients.xlsx");
    await writeCallsFixture(input);
    writeFileSync(join(dir, "owned.csv"), OWNED);
    const output = join(dir, "vip.xlsx");
    const run = await runCli([
      "export",
      input,
      "--where",
      "Panier moyen >= 100",
      "--traps",
      "2",
      "--trap-file",
      join(dir, "owned.csv"),
      "--seed",
      "7",
      "-o",
      output,
      "--report",
      join(dir, "r.json"),
    ]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const report = JSON.parse(readFileSync(join(dir, "r.json"), "utf8")) as Report;
    expect(report).toMatchObject({ reportVersion: 1, job: "export", sheet: "Clients", headerRow: 1, flags: [], counts: { rows: 6 } });
    expect(report.columns.map((c) => [c.header, c.role])).toEqual(
      expect.arrayContaining([
        ["E-mail", "email"],
        ["Panier moyen", expect.any(String)],
      ]),
    );
    expect(report.columns.every((c) => typeof c.dataKind === "string")).toBe(true);
    expect(report.export).toEqual({ where: "Panier moyen >= 100", rows: 5, traps: 2, file: output, trapList: join(dir, "vip.traps.xlsx") });
    // The report says how many traps, never where they are: that is the private list's.
    expect(readFileSync(join(dir, "r.json"), "utf8")).not.toContain("temoin");

    const dry = await runCli(["export", input, "--report", join(dir, "dry.json")]);
    expect(dry.code).toBe(0);
    expect(dry.stdout).not.toContain("→");
    const dryReport = JSON.parse(readFileSync(join(dir, "dry.json"), "utf8")) as Report;
    expect(dryReport.export).toEqual({ where: null, rows: 6, traps: 0, file: null, trapList: null });
  });
});
