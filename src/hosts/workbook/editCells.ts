import { loadExcelJs } from "./loadExcelJs";
import { sheetColumnOf, type CellEdit } from "../cellEdit";
import { readMetadata } from "./triaMetadata";

/**
 * The workbook with some of the user's cells set to new text, found by row and by place among
 * the user's columns (Tria's own, from the metadata, skipped). The text is written as text
 * ("01000" keeps its zero, "=x" stays text). A cell holding a formula is left alone
 * (DESIGN.md §4: formulas are never replaced by values).
 */
export async function editCells(bytes: Uint8Array, sheetName: string, edits: readonly CellEdit[]): Promise<Uint8Array> {
  const workbook = new (await loadExcelJs()).Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet(sheetName);
  if (!sheet) return bytes;
  const tria = new Set(
    readMetadata(workbook)
      .columns.filter((c) => c.sheet === sheetName)
      .map((c) => c.column),
  );
  for (const edit of edits) {
    const cell = sheet.getRow(edit.row).getCell(sheetColumnOf(edit.userColumn, tria));
    if (cell.formula) continue;
    cell.value = edit.value;
  }
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}
