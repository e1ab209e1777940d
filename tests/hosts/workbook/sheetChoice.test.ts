import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { openWorkbookFile } from "../../../src/hosts/workbook/node/openWorkbookFile";
import { WorkbookHost } from "../../../src/hosts/workbook/workbookHost";
import { runStructure } from "../../../src/app/runStructure";
import { cellAt, readXlsxXml, sheetNamed } from "../../support/xlsx/readXlsxXml";
import { runCli } from "../../cli/cliHarness";

/**
 * A read-me sheet before the customers (pandas' readme-first.xlsx from make_fixtures.py, and
 * the same layout written by ExcelJS): the first visible sheet that looks like a customer table
 * is read, the report and the CLI say which and that others exist, --sheet still chooses.
 */
const README_FIRST = "tests/fixtures/workbooks/readme-first.xlsx";

async function excelJsReadmeFirst(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const readMe = workbook.addWorksheet("À lire");
  readMe.addRow(["Export de la caisse"]);
  readMe.addRow(["Ne pas modifier les colonnes"]);
  workbook.addWorksheet("Feuil2");
  const customers = workbook.addWorksheet("Contacts");
  customers.addRow(["Nom", "Prénom", "E-mail", "Code postal", "Ville"]);
  for (let i = 1; i <= 30; i++) customers.addRow([`NOM${i}`, `Prénom${i}`, `contact${i}@free.fr`, "69002", "Lyon"]);
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

describe("a read-me sheet before the customer sheet", () => {
  it("reads the customers of pandas' workbook with both readers, and says the read-me exists", async () => {
    const hosts = [await openWorkbookFile(README_FIRST), await WorkbookHost.fromBytes(new Uint8Array(readFileSync(README_FIRST)), "readme-first.xlsx")];
    for (const host of hosts) {
      expect(await host.listSheets()).toEqual(["Lisez-moi", "Clients"]);
      const sheet = await host.readSheet();
      expect(sheet.name).toBe("Clients");
      expect(sheet.otherSheets).toEqual(["Lisez-moi"]);
      // Named, the read-me is read as asked, and nothing is said about a choice.
      const named = await host.readSheet("Lisez-moi");
      expect(named.rows[0]).toEqual(["Fichier clients de la boutique"]);
      expect(named.otherSheets).toBeUndefined();
    }
  }, 60_000);

  it("writes Tria's columns on the customer sheet and leaves the read-me as it was (second reader)", async () => {
    const host = await openWorkbookFile(README_FIRST);
    const { report } = await runStructure(host, { lang: "fr", apply: true });
    expect(report.sheet).toBe("Clients");
    expect(report.otherSheets).toEqual(["Lisez-moi"]);
    expect(report.counts.rows).toBe(203);
    const book = await readXlsxXml(await host.outputBytes());
    const readMe = sheetNamed(book, "Lisez-moi");
    expect([cellAt(readMe, 1, 1).value, cellAt(readMe, 2, 1).value, readMe.lastColumn]).toEqual(["Fichier clients de la boutique", "Mis à jour le 30/06", 1]);
    expect(sheetNamed(book, "Clients").lastColumn).toBeGreaterThan(8);
  }, 60_000);

  it("reads the customers of a workbook ExcelJS wrote with a read-me and an empty sheet first", async () => {
    const host = await WorkbookHost.fromBytes(await excelJsReadmeFirst(), "contacts.xlsx");
    const sheet = await host.readSheet();
    expect(sheet.name).toBe("Contacts");
    // The empty sheet has nothing to read: only the read-me is named as another sheet.
    expect(sheet.otherSheets).toEqual(["À lire"]);
  });

  it("keeps a one-sheet file and a workbook of notes as before: the first visible sheet with data", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Réunion").addRow(["Compte rendu de la réunion du lundi"]);
    workbook.addWorksheet("Suite").addRow(["Points à revoir la semaine prochaine"]);
    const host = await WorkbookHost.fromBytes(new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer), "notes.xlsx");
    expect((await host.readSheet()).name).toBe("Réunion");
  });

  it("says in the CLI summary which sheet was read and that others exist, in French and in English", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tria-sheet-choice-"));
    const fr = await runCli(["structure", README_FIRST, "-o", join(dir, "fr.xlsx")]);
    expect(fr.code).toBe(0);
    expect(fr.stdout).toContain("structure « Clients » : 203 lignes");
    expect(fr.stdout).toContain("Feuille lue : « Clients » ; le classeur a aussi la feuille « Lisez-moi » (--sheet NOM pour en lire une autre).");
    const en = await runCli(["inspect", README_FIRST, "--lang", "en"]);
    expect(en.stdout).toContain('Sheet read: "Clients"; the workbook also has the sheet "Lisez-moi" (--sheet NAME to read another).');
    const named = await runCli(["inspect", README_FIRST, "--sheet", "Lisez-moi"]);
    expect(named.stdout).toContain("feuille « Lisez-moi »");
    expect(named.stdout).not.toContain("Feuille lue");
  }, 90_000);
});
