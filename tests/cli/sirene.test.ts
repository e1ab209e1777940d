import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Report } from "../../src/engine/report";
import { runCli } from "./cliHarness";
import { extractLines, noiseLines } from "../engine/structure/sirene/sireneExtract";

// Sirétisation (issue 13): `--sirene FILE` with a small StockEtablissement extract made here.
function files() {
  const dir = mkdtempSync(join(tmpdir(), "tria-sirene-"));
  const clients = join(dir, "clients.csv");
  writeFileSync(
    clients,
    [
      "Société;SIRET;Adresse;E-mail",
      "Roux & Fils SAS;404 833 048 00022;3 av. Foch 69006 Lyon;contact@roux.fr",
      "Boulangerie Martin;;8 place du Marché 24200 Sarlat-la-Canéda;pain@martin.fr",
      "Garage du Centre;;1 bd Gambetta 46000 Cahors;garage@centre.fr",
      "Inconnue SARL;;5 rue Nationale 37000 Tours;info@inconnue.fr",
    ].join("\r\n"),
    "utf8",
  );
  const sirene = join(dir, "StockEtablissement_utf8.csv");
  writeFileSync(sirene, [...extractLines(), ...noiseLines(500)].join("\n") + "\n", "utf8");
  return { dir, clients, sirene };
}

describe("tria structure --sirene", () => {
  it("finds SIRETs from name + postal code, flags closed establishments, suggests the official name and address", async () => {
    const { dir, clients, sirene } = files();
    const out = join(dir, "out.xlsx");
    const run = await runCli(["structure", clients, "--sirene", sirene, "-o", out, "--report", join(dir, "r.json")]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const report = JSON.parse(readFileSync(join(dir, "r.json"), "utf8")) as Report;
    const flagsOf = (row: number) => report.flags.filter((f) => f.row === row && /SIRENE/.test(f.message));
    expect(flagsOf(2)).toEqual([
      expect.objectContaining({ column: "SIRET", kind: "invalid", message: expect.stringContaining("Établissement fermé depuis le 31/03/2021") }),
    ]);
    expect(flagsOf(3)).toEqual([expect.objectContaining({ kind: "incomplete", suggestion: "55203253400018" })]);
    expect(flagsOf(4)).toEqual([expect.objectContaining({ kind: "incomplete", message: expect.stringContaining("plusieurs établissements") })]);
    expect(flagsOf(5)).toEqual([]);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const column = (name: string) => header.indexOf(name) + 1;
    expect(header).toEqual(expect.arrayContaining(["SIRET (SIRENE)", "Nom officiel (SIRENE)", "Adresse (SIRENE)", "État (SIRENE)"]));
    const value = (row: number, name: string) => sheet.getRow(row).getCell(column(name)).value;
    expect([value(2, "SIRET (SIRENE)"), value(2, "État (SIRENE)"), value(2, "Adresse (SIRENE)")]).toEqual([
      "40483304800022",
      "fermé",
      "3 AVENUE FOCH 69006 LYON",
    ]);
    expect([value(3, "SIRET (SIRENE)"), value(3, "Nom officiel (SIRENE)"), value(3, "État (SIRENE)")]).toEqual([
      "55203253400018",
      "BOULANGERIE MARTIN",
      "actif",
    ]);
    expect(value(5, "SIRET (SIRENE)")).toBeNull();
  });

  it("says clearly, in French or English, when the SIRENE file is missing or is not StockEtablissement", async () => {
    const { dir, clients } = files();
    const missing = await runCli(["structure", clients, "--sirene", join(dir, "absent.csv"), "--report", join(dir, "r.json")]);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toContain("Fichier introuvable");
    const notSirene = join(dir, "autre.csv");
    writeFileSync(notSirene, "nom,ville\nDupont,Paris\n");
    const wrong = await runCli(["structure", clients, "--sirene", notSirene, "--report", join(dir, "r.json")]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain("n'est pas un fichier SIRENE des établissements");
    const english = await runCli(["structure", clients, "--sirene", notSirene, "--report", join(dir, "r.json"), "--lang", "en"]);
    expect(english.stderr).toContain("is not a SIRENE establishments file");
    const zipped = join(dir, "StockEtablissement.zip");
    writeFileSync(zipped, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]));
    expect((await runCli(["structure", clients, "--sirene", zipped, "--report", join(dir, "r.json")])).stderr).toContain("décompressez-le");
  });

  it("works in tria run too", async () => {
    const { dir, clients, sirene } = files();
    const run = await runCli(["run", clients, "--sirene", sirene, "-o", join(dir, "run.xlsx")]);
    expect(run.code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, "run.xlsx"));
    const header = (workbook.worksheets[0]!.getRow(1).values as unknown[]).slice(1);
    expect(header).toContain("SIRET (SIRENE)");
  });
});
