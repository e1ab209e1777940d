import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import fc from "fast-check";
import { openWorkbookFile } from "../../../src/hosts/workbook/node/openWorkbookFile";
import { WorkbookHost } from "../../../src/hosts/workbook/workbookHost";
import { runStructure } from "../../../src/app/runStructure";
import { tableFromSheet } from "../../../src/engine/table/tableFromSheet";
import { trailingNoteRows } from "../../../src/engine/table/noteRows";
import type { TableRow } from "../../../src/engine/table/table";
import { readXlsxXml, sheetNamed } from "../../support/xlsx/readXlsxXml";
import { runCli } from "../../cli/cliHarness";

/**
 * A note under the customers ("Note : chiffres au 30/06", merged over A9:F9 in openpyxl's
 * merged-note-row.xlsx, or a line after a blank row) is no customer: no job reads or marks it,
 * the written row and its merge are the user's, the report and the CLI say it was left alone.
 */
const MERGED_NOTE = "tests/fixtures/workbooks/merged-note-row.xlsx";

const customer = (rowNumber: number, name = `Client ${rowNumber}`): TableRow => ({ rowNumber, cells: [`C${rowNumber}`, name, `c${rowNumber}@free.fr`] });
const lone = (rowNumber: number, text: string): TableRow => ({ rowNumber, cells: [text, null, null] });

describe("trailingNoteRows", () => {
  it("takes a sentence after a blank row, a merged line anywhere at the bottom, and a note of two lines", () => {
    const rows = [customer(2), customer(3), customer(4)];
    expect(trailingNoteRows([...rows, lone(6, "Note : chiffres au 30/06")])).toEqual([3]);
    expect(trailingNoteRows([...rows, lone(5, "Chiffres au 30/06")], new Set([5]))).toEqual([3]);
    expect(trailingNoteRows([...rows, lone(6, "Source : caisse"), lone(7, "mise à jour chaque lundi matin")])).toEqual([3, 4]);
  });

  it("keeps a last customer with only a name, or only an e-mail, and a sentence right under the data", () => {
    const rows = [customer(2), customer(3)];
    expect(trailingNoteRows([...rows, lone(5, "DUPONT Jean")])).toEqual([]);
    expect(trailingNoteRows([...rows, lone(5, "jean.dupont@free.fr")])).toEqual([]);
    expect(trailingNoteRows([...rows, lone(4, "Boulangerie du Centre Ville")])).toEqual([]);
  });

  it("never takes a row with two filled cells or more (property)", () => {
    const cell = fc.oneof(fc.string({ minLength: 1 }), fc.integer());
    const row = fc.tuple(cell, cell, fc.option(cell, { nil: null }));
    fc.assert(
      fc.property(fc.array(fc.tuple(row, fc.integer({ min: 1, max: 3 })), { minLength: 1, maxLength: 30 }), (list) => {
        let rowNumber = 1;
        const rows: TableRow[] = list.map(([cells, gap]) => ({ rowNumber: (rowNumber += gap), cells }));
        const merged = new Set(rows.map((r) => r.rowNumber));
        return trailingNoteRows(rows).length === 0 && trailingNoteRows(rows, merged).length === 0;
      }),
    );
  });
});

describe("a merged note row under the table", () => {
  it("is found by both readers: the merge is known, row 9 is left out of the table", async () => {
    const hosts = [await openWorkbookFile(MERGED_NOTE), await WorkbookHost.fromBytes(new Uint8Array(readFileSync(MERGED_NOTE)), "merged-note-row.xlsx")];
    for (const host of hosts) {
      const sheet = await host.readSheet();
      expect([...(sheet.mergedRows ?? [])]).toEqual([9]);
      const table = tableFromSheet(sheet);
      expect(table.rows.map((row) => row.rowNumber)).toEqual([2, 3, 4, 5, 6, 7]);
      expect(table.leftOutRows).toEqual([{ rowNumber: 9, reason: "note" }]);
    }
  }, 60_000);

  it("is left as the user wrote it by Structure: no value, look or note in row 9, its merge stretched over the inserted columns (second reader)", async () => {
    const host = await openWorkbookFile(MERGED_NOTE);
    const { report } = await runStructure(host, { lang: "fr", apply: true });
    expect(report.counts.rows).toBe(6);
    expect(report.leftOutRows).toEqual([{ row: 9, reason: "note" }]);
    expect(report.flags.filter((flag) => flag.row === 9)).toEqual([]);
    const written = await host.outputBytes();
    const sheet = sheetNamed(await readXlsxXml(written), "Clients");
    const row9 = [...sheet.cells].filter(([key]) => key.startsWith("9:"));
    // The merged cells are written empty, as Excel writes them: one value, the note's.
    expect(row9.filter(([, cell]) => cell.value !== null).map(([key, cell]) => [key, cell.value])).toEqual([["9:1", "Note : chiffres au 30/06"]]);
    expect(row9.every(([, cell]) => cell.fill === null && cell.border === null && cell.note === null)).toBe(true);
    // Tria inserted columns after the address (C): the merge A9:F9 now ends further right, as Excel's insert does.
    const zip = await JSZip.loadAsync(written);
    const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    const merge = /<mergeCell ref="A9:([A-Z]+)9"\/>/.exec(xml);
    expect(merge?.[1]).toBeDefined();
    expect(merge![1]!.length > 1 || merge![1]! > "F").toBe(true);
  }, 60_000);

  it("is said on stderr by the CLI, in French and in English", async () => {
    const fr = await runCli(["inspect", MERGED_NOTE]);
    expect(fr.stdout).toContain("6 lignes de données");
    const en = await runCli(["structure", MERGED_NOTE, "--report", "/dev/null", "--lang", "en"]);
    expect(en.stderr).toContain("Row 9 left as it is: a note under the table, not a customer (neither scored nor marked).");
  }, 60_000);

  it("is found without a blank row when merged, in a workbook ExcelJS wrote, by both readers", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Clients");
    sheet.addRow(["Nom", "E-mail", "Téléphone", "Ville"]);
    for (let i = 1; i <= 5; i++) sheet.addRow([`Client ${i}`, `client${i}@orange.fr`, `06123456${i}0`, "Lyon"]);
    sheet.addRow(["Chiffres arrêtés au 30/06"]);
    sheet.mergeCells("A7:D7");
    const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    const path = join(mkdtempSync(join(tmpdir(), "tria-note-")), "note.xlsx");
    writeFileSync(path, bytes);
    for (const host of [await openWorkbookFile(path), await WorkbookHost.fromBytes(bytes, "note.xlsx")]) {
      const table = tableFromSheet(await host.readSheet());
      expect(table.rows).toHaveLength(5);
      expect(table.leftOutRows).toEqual([{ rowNumber: 7, reason: "note" }]);
    }
  }, 60_000);
});
