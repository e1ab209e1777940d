import ExcelJS from "exceljs";
import type { CellEdit } from "../cellEdit";

/**
 * The workbook with some cells set to new text, found by row and header. A cell holding a
 * formula is left alone (DESIGN.md §4: formulas are never replaced by values).
 */
export async function editCells(bytes: Uint8Array, sheetName: string, headerRow: number, edits: readonly CellEdit[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet(sheetName);
  if (!sheet) return bytes;
  const columns = new Map<string, number>();
  sheet.getRow(headerRow).eachCell((cell, column) => {
    if (!columns.has(cell.text)) columns.set(cell.text, column);
  });
  for (const edit of edits) {
    const column = columns.get(edit.column);
    if (column === undefined) continue;
    const cell = sheet.getRow(edit.row).getCell(column);
    if (cell.formula) continue;
    cell.value = edit.value;
  }
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}
