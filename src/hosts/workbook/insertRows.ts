import type ExcelJS from "exceljs";
import { insertedAt, type CellShift } from "./cellShift";
import { restoreMerges, shiftSheetFeatures, takeMerges } from "./shiftSheetFeatures";
import { expandSharedFormulas, shiftWorkbookFormulas } from "./shiftWorkbookFormulas";

/**
 * Excel's "Insert rows" on an ExcelJS workbook: `count` empty rows at `at`. ExcelJS's
 * spliceRows moves values, styles, heights and defined names, and nothing else: notes are
 * dropped, merges, conditional formats, validations, the autofilter and tables stay on their old
 * rows, formulas keep pointing there. Those follow the rows here, by the same code as columns
 * (shiftSheetFeatures, shiftWorkbookFormulas): on this sheet and in every formula naming it.
 */
export function insertRows(workbook: ExcelJS.Workbook, sheet: ExcelJS.Worksheet, at: number, count: number): CellShift {
  const shift: CellShift = { row: insertedAt(at, count) };
  const merges = takeMerges(sheet);
  const notes = takeNotes(sheet);
  expandSharedFormulas(workbook);
  sheet.spliceRows(at, 0, ...Array.from({ length: count }, () => []));
  for (let row = at; row < at + count; row++) sheet.getRow(row).height = undefined as unknown as number;
  shiftSheetFeatures(sheet, shift, at);
  shiftWorkbookFormulas(workbook, (name) => (name.toLowerCase() === sheet.name.toLowerCase() ? shift : undefined));
  for (const { row, column, note } of notes) sheet.getCell(shift.row!(row), column).note = note;
  restoreMerges(sheet, merges, shift);
  return shift;
}

/** Every note of the sheet, taken off its cell (spliceRows would lose them). */
function takeNotes(sheet: ExcelJS.Worksheet): { row: number; column: number; note: string | ExcelJS.Comment }[] {
  const notes: { row: number; column: number; note: string | ExcelJS.Comment }[] = [];
  // A note may sit on an empty cell: empty cells are visited too.
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) =>
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      // ExcelJS types a note as always there; it is undefined on a cell without one.
      const note = cell.note as string | ExcelJS.Comment | undefined;
      if (note === undefined) return;
      notes.push({ row: rowNumber, column, note });
      (cell as unknown as { _comment?: unknown })._comment = undefined;
    }),
  );
  return notes;
}
