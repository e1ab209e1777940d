import { describe, expect, it } from "vitest";
import JSZip from "jszip";
import { openWorkbookFile } from "../../../src/hosts/workbook/node/openWorkbookFile";
import { runStructure } from "../../../src/app/runStructure";
import { shiftRange, shiftSqref } from "../../../src/hosts/workbook/shiftSheetFeatures";

/**
 * openpyxl's workbook with a merged title, a merged note, conditional formats, a data
 * validation, a table, a hyperlink, a defined name and a second table on another sheet:
 * after Structure inserts its columns, the written file is read back as raw XML (a second
 * reader, not ExcelJS) and each feature is where Excel's "Insert columns" would put it.
 */
async function structured(name: string): Promise<JSZip> {
  const host = await openWorkbookFile(`tests/fixtures/workbooks/${name}`);
  await runStructure(host, { lang: "fr", apply: true });
  return JSZip.loadAsync(await host.outputBytes());
}

const attributes = (xml: string, tag: string, attribute: string) =>
  [...xml.matchAll(new RegExp(`<${tag}\\b[^>]*\\b${attribute}="([^"]*)"`, "g"))].map((m) => m[1]);

describe("inserting columns keeps what the sheet holds", () => {
  it("moves and stretches merges, rules, validations, the table and names; leaves other sheets' tables alone", async () => {
    const zip = await structured("openpyxl-features-table.xlsx");
    const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    const strings = await zip.file("xl/sharedStrings.xml")!.async("string");
    // Columns go in after Nom (B), Adresse (C), Tél. (D), E-mail (E) and Date (F): H (Panier moyen) ends far right.
    const [title, note] = attributes(sheet, "mergeCell", "ref");
    expect(title).toMatch(/^A1:[A-Z]+1$/);
    expect(note).toMatch(/^A11:[D-Z]11$/);
    const panier = /sqref="([A-Z]+)4:\1 ?9"/.exec(sheet)![1]!;
    expect(panier.length).toBe(2);
    expect(attributes(sheet, "conditionalFormatting", "sqref")).toEqual([`${panier}4:${panier}9`, expect.stringMatching(/^[A-Z]+4:[A-Z]+9$/)]);
    expect(attributes(sheet, "dataValidation", "sqref")[0]).not.toBe("G4:G9");
    // The merged note keeps its text in its first cell.
    const noteCell = /<c r="A11"[^>]*t="s"[^>]*><v>(\d+)<\/v>/.exec(sheet)!;
    expect([...strings.matchAll(/<si>(.*?)<\/si>/g)][Number(noteCell[1])]![1]).toContain("Note fusionnée");
    const clients = await zip.file("xl/tables/table1.xml")!.async("string");
    const ref = attributes(clients, "table", "ref")[0]!;
    expect(ref).toBe(`A3:${panier}9`);
    const names = attributes(clients, "tableColumn", "name");
    expect(names).toHaveLength(attributes(clients, "tableColumns", "count").map(Number)[0]!);
    expect(names.slice(0, 2)).toEqual(["N° client", "Nom"]);
    expect(names.at(-1)).toBe("Panier moyen");
    expect(new Set(names.map((n) => n!.toLowerCase())).size).toBe(names.length);
    const orders = await zip.file("xl/tables/table2.xml")!.async("string");
    expect(attributes(orders, "table", "ref")).toEqual(["A1:C7"]);
    expect(orders).not.toContain('hiddenButton="1"');
    const workbook = await zip.file("xl/workbook.xml")!.async("string");
    expect(workbook).toContain(`Clients!$${panier}$4:$${panier}$9`);
  }, 60_000);

  it("shifts ranges as Excel's Insert columns does", () => {
    const shift = (column: number) => (column >= 2 ? column + 3 : column); // three columns before B
    expect(shiftRange("A8:C8", shift)).toBe("A8:F8"); // spans the point: stretches
    expect(shiftRange("$H$4:$H$9", shift)).toBe("$K$4:$K$9");
    expect(shiftRange("A1", shift)).toBe("A1");
    expect(shiftSqref("B2:B3 D4", shift)).toBe("E2:E3 G4");
  });
});
