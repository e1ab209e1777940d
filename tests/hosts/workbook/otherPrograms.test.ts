import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { openWorkbookFile } from "../../../src/hosts/workbook/node/openWorkbookFile";
import { WorkbookHost } from "../../../src/hosts/workbook/workbookHost";

/**
 * Workbooks written by other programs (tests/fixtures/workbooks/make_fixtures.py: pandas,
 * openpyxl, LibreOffice), read by both readers: the streaming one (CLI) and the in-memory one
 * (web page). Before the fix each of these failed or read wrong; see docs/workbooks.md.
 */
const FIXTURES = "tests/fixtures/workbooks";

async function bothReaders(name: string): Promise<WorkbookHost[]> {
  return [await openWorkbookFile(`${FIXTURES}/${name}`), await WorkbookHost.fromBytes(new Uint8Array(readFileSync(`${FIXTURES}/${name}`)), name)];
}

describe("workbooks written by other programs", () => {
  it.each(["pandas-named-sheet.xlsx", "openpyxl-chart.xlsx", "openpyxl-comments.xlsx", "libreoffice-table.xlsx", "openpyxl-features.xlsx"])(
    "reads %s: its sheet names from workbook.xml, its customers, and writes it back",
    async (name) => {
      for (const host of await bothReaders(name)) {
        const sheet = await host.readSheet();
        expect(sheet.name).toBe("Clients");
        // By index: the CLI's rows are a view over columns, each row made anew when read.
        const headerIndex = sheet.rows.findIndex((row) => row[0] === "N° client");
        expect(sheet.rows[headerIndex]!.slice(0, 3)).toEqual(["N° client", "Nom", "Adresse"]);
        const firstCustomer = sheet.rows[headerIndex + 1]!;
        expect(firstCustomer[1]).toBe("Aurélie MOREAU");
        expect(firstCustomer[5]).toEqual(new Date(Date.UTC(2025, 6, 26)));
        const written = await host.outputBytes();
        const again = await WorkbookHost.fromBytes(written, "again.xlsx");
        expect((await again.readSheet()).name).toBe("Clients");
      }
    },
  );

  it("reads the dates of a 1904-based LibreOffice workbook on their true day", async () => {
    for (const host of await bothReaders("libreoffice-1904.xlsx")) {
      const sheet = await host.readSheet();
      expect(sheet.rows[1]![5]).toEqual(new Date(Date.UTC(2025, 6, 26)));
      expect(sheet.rows[2]![5]).toEqual(new Date(Date.UTC(2024, 4, 31)));
    }
  });

  it("picks the visible customer sheet, not a hidden first sheet", async () => {
    for (const host of await bothReaders("hidden-first-sheet.xlsx")) {
      expect(await host.listSheets()).toEqual(["Paramètres", "Clients"]);
      expect((await host.readSheet()).name).toBe("Clients");
      expect((await host.readSheet("Paramètres")).hidden).toBe(true);
    }
  });
});
