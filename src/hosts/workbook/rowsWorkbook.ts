import { loadExcelJs } from "./loadExcelJs";
import type { CellValue } from "../../engine/table/cellValue";
import { cellText } from "../../engine/table/cellValue";

/**
 * A NEW workbook of plain values, one sheet per entry (an export for rent, its private list of
 * traps): no Tria marks, no notes, dates shown as dates.
 */
export async function rowsWorkbook(sheets: readonly { readonly name: string; readonly rows: readonly (readonly CellValue[])[] }[]): Promise<Uint8Array> {
  const workbook = new (await loadExcelJs()).Workbook();
  for (const { name, rows } of sheets) {
    const sheet = workbook.addWorksheet(name);
    for (const row of rows) {
      const added = sheet.addRow(row.map((value) => (value === null || typeof value !== "object" || value instanceof Date ? value : cellText(value))));
      added.eachCell((cell) => {
        if (cell.value instanceof Date) cell.numFmt = "dd/mm/yyyy";
      });
    }
  }
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}
