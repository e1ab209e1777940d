import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import type { CellValue } from "../../src/engine/table/cellValue";
import { WorkbookHost } from "../../src/hosts/workbook/workbookHost";
import { runDedupe } from "../../src/app/runDedupe";
import { runMerge } from "../../src/app/runMerge";

const ROWS: CellValue[][] = [
  ["Nom", "Société", "Adresse", "Tél.", "E-mail"],
  ["Jean-Pierre Martin", null, "12 avenue de la République, 75011 Paris", "06 12 34 56 78", null],
  ["Sophie Durand", "Lebon Coiffure", "4 rue Victor Hugo, 69002 Lyon", "04 78 00 11 22", "contact@leboncoiffure.fr"],
  ["Martin J.P.", null, "12 av. de la République 75011 PARIS", "+33612345678", "jp.martin@free.fr"],
  ["Claire Petit", null, "8 place Bellecour, 69002 Lyon", "06 98 76 54 32", "claire.petit@orange.fr"],
];

async function xlsxHost(): Promise<WorkbookHost> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Clients").addRows(ROWS);
  const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  return WorkbookHost.fromBytes(bytes, "clients.xlsx");
}

async function readBack(host: WorkbookHost): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await host.outputBytes()) as unknown as ArrayBuffer);
  return workbook;
}

describe("runDedupe on a real .xlsx", () => {
  it("writes the four columns, purple notes on the duplicate's cells, and the report", async () => {
    const host = await xlsxHost();
    const phases = new Set<string>();
    const { report } = await runDedupe(host, { lang: "fr", apply: true, onProgress: (p) => phases.add(p.phase) });
    expect(report.job).toBe("dedupe");
    expect(report.duplicates).toEqual([expect.objectContaining({ rows: [2, 4], survivor: 4 })]);
    expect(phases).toContain("compare");
    const sheet = (await readBack(host)).getWorksheet("Clients")!;
    expect([6, 7, 8, 9].map((c) => sheet.getRow(1).getCell(c).value)).toEqual([
      "Groupe doublon",
      "Doublon de la ligne",
      "Score de correspondance",
      "Champs concordants",
    ]);
    expect(sheet.getRow(2).getCell(7).value).toBe(4);
    expect(sheet.getRow(4).getCell(7).value).toBe(null);
    const phone = sheet.getRow(2).getCell(4);
    expect(phone.value).toBe("06 12 34 56 78");
    expect((phone.fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFD9B3FF");
    expect(JSON.stringify(phone.note)).toContain("Même client que la ligne 4");
    expect(sheet.getRow(4).getCell(4).fill).toBeUndefined();
  });

  it("with apply: false, reports without touching the file", async () => {
    const host = await xlsxHost();
    const { report } = await runDedupe(host, { lang: "en", apply: false });
    expect(report.counts.duplicateRows).toBe(1);
    const sheet = (await readBack(host)).getWorksheet("Clients")!;
    expect(sheet.getRow(1).getCell(6).value).toBe(null);
  });

  it("runMerge adds the sheet Merged customers and keeps every original row", async () => {
    const host = await xlsxHost();
    await runMerge(host, { lang: "en", apply: true });
    const workbook = await readBack(host);
    const merged = workbook.getWorksheet("Merged customers")!;
    expect(merged.actualRowCount).toBe(1 + 3);
    expect(merged.getRow(1).getCell(6).value).toBe("Source rows");
    const martin = [2, 3, 4].map((r) => merged.getRow(r)).find((row) => row.getCell(6).value === "2, 4")!;
    expect(martin.getCell(5).value).toBe("jp.martin@free.fr");
    expect(workbook.getWorksheet("Clients")!.actualRowCount).toBe(ROWS.length);
  });
});
