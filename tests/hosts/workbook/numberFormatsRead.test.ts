import { describe, expect, it } from "vitest";
import fc from "fast-check";
import ExcelJS from "exceljs";
import { spawnSync } from "node:child_process";
import { saveWithCalc } from "../../support/saveWithCalc";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { WorkbookHost } from "../../../src/hosts/workbook/workbookHost";
import { openWorkbookFile } from "../../../src/hosts/workbook/node/openWorkbookFile";
import { runInspect } from "../../../src/app/runInspect";
import { parseNumber } from "../../../src/engine/table/parseNumber";

/**
 * The xlsx readers (ExcelJS in memory for the web page, streamed for the CLI) pass the first
 * rows' number formats on, as the Excel host does: the Columns tab and `tria inspect` show
 * "191,69 €" and "25 %" as Excel shows them, not "191.69" and "0.25".
 */
const dir = mkdtempSync(join(tmpdir(), "tria-numfmt-"));
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

async function examplesBothWays(bytes: Uint8Array, name: string): Promise<Record<string, string[]>[]> {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  const hosts = [await WorkbookHost.fromBytes(bytes, name), await openWorkbookFile(file)];
  return Promise.all(
    hosts.map(async (host) => {
      const { report } = await runInspect(host, { lang: "fr" });
      return Object.fromEntries(report.columns.map((column) => [column.header, (column.examples ?? []).map(plain)]));
    }),
  );
}

async function amountsWorkbook(amounts: readonly number[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Clients");
  sheet.addRow(["Nom", "E-mail", "Panier moyen", "Remise", "Dernier achat", "Total"]);
  amounts.forEach((amount, i) => {
    const row = sheet.addRow([`Client ${i}`, `client${i}@exemple.fr`, amount, 0.25, new Date(Date.UTC(2025, 6, 26)), null]);
    row.getCell(3).numFmt = '#,##0.00 "€"';
    row.getCell(4).numFmt = "0%";
    row.getCell(5).numFmt = "dd/mm/yyyy";
    // A formula's cached result takes its cell's format too.
    row.getCell(6).value = { formula: `C${row.number}*2`, result: amount * 2 };
    row.getCell(6).numFmt = "#,##0.00 €";
  });
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

describe("number formats of an .xlsx reach the examples", () => {
  it("shows amounts with €, rates with %, days as 26/07/2025, in the web page's reader and the CLI's", async () => {
    for (const examples of await examplesBothWays(await amountsWorkbook([191.69, 37500, 4.5]), "formats.xlsx")) {
      expect(examples["Panier moyen"]).toEqual(["191,69 €", "37 500,00 €", "4,50 €"]);
      expect(examples["Remise"]).toEqual(["25 %"]);
      expect(examples["Dernier achat"]).toEqual(["26/07/2025"]);
      expect(examples["Total"]).toEqual(["383,38 €", "75 000,00 €", "9,00 €"]);
    }
  });

  it("the sample's amounts read as Excel shows them", async () => {
    for (const examples of await examplesBothWays(new Uint8Array(readFileSync("samples/clients-demo.xlsx")), "clients-demo.xlsx")) {
      expect(examples["Panier moyen"]![0]).toBe("191,69 €");
      expect(examples["Date dernier achat"]![0]).toBe("26/07/2025");
    }
  });

  it("every amount shown with € reads back to the same amount (fast-check)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 99_999_999 }), async (cents) => {
        const [examples] = await examplesBothWays(await amountsWorkbook([cents / 100]), "one.xlsx");
        const shown = examples!["Panier moyen"]![0]!;
        expect(shown).toMatch(/ €$/);
        expect(parseNumber(shown.replace(/ €$/, ""))).toBeCloseTo(cents / 100, 2);
      }),
      { numRuns: 25 },
    );
  });

  const soffice = spawnSync("soffice", ["--version"]).status === 0;
  it.skipIf(process.env.TRIA_SKIP_LIBREOFFICE === "1")(
    "reads the € format LibreOffice Calc writes",
    async () => {
      if (!soffice) throw new Error("LibreOffice is needed: apt-get install -y libreoffice-calc-nogui (or set TRIA_SKIP_LIBREOFFICE=1).");
      const saved = saveWithCalc("samples/clients-demo.xlsx", join(dir, "calc"), dir, 120_000);
      for (const examples of await examplesBothWays(new Uint8Array(readFileSync(saved)), "calc.xlsx")) {
        expect(examples["Panier moyen"]![0]).toBe("191,69 €");
        expect(examples["Date dernier achat"]![0]).toBe("26/07/2025");
      }
    },
    150_000,
  );
});
