import type ExcelJS from "exceljs";
import type { Lang } from "../../engine/i18n/lang";
import { isEmptyCell } from "../../engine/table/cellValue";
import { detectHeaderRow } from "../../engine/table/detectHeaderRow";
import { sheetColumnsOf, sheetRowsView } from "../../engine/table/sheetRowsView";
import type { RawSheet } from "../../engine/table/table";
import { generatedColumnName } from "../../engine/table/tableFromSheet";
import type { CellShift } from "./cellShift";
import { insertRows } from "./insertRows";

/**
 * A file that starts with data (CDNOW's orders, an export without titles) gets an empty row 1
 * above it, flagged RawSheet.headerAdded: the table's header is that row, so every line of the
 * file stays a data row, and the written workbook has the columns' names (« Colonne A »…) and
 * Tria's headers there instead of the first customer's values. A sheet Tria wrote (its own
 * columns known), a hidden sheet or one whose header row is found is returned as it is.
 */
export function withHeaderRowAdded(sheet: RawSheet): RawSheet {
  if (sheet.headerAdded === true || sheet.ownColumns || sheet.hidden === true) return sheet;
  if (!sheet.rows.some((row) => row.some((cell) => !isEmptyCell(cell)))) return sheet;
  if (detectHeaderRow(sheet).headerRow !== null) return sheet;
  const numberFormats = sheet.numberFormats ? { numberFormats: [[], ...sheet.numberFormats] } : {};
  // Held column-wise: the same columns under an empty row, not a million rows made and copied.
  const columns = sheetColumnsOf(sheet.rows);
  const rows = columns ? sheetRowsView(columns.withRowAbove()) : [[], ...sheet.rows];
  return { ...sheet, rows, ...numberFormats, headerAdded: true };
}

/** The names a header row Tria added shows over the file's columns: as the table named them. */
export function addedHeaderNames(width: number, lang: Lang): string[] {
  return Array.from({ length: width }, (_, index) => generatedColumnName(index, lang));
}

/**
 * The ExcelJS side: an .xlsx sheet without header row gets a row inserted at the top, as
 * Excel's "Insert rows" does it (cells, merges, rules, tables, formulas of every sheet move
 * down: insertRows.ts), then the names written over its columns in bold. Returns the shift.
 */
export function insertHeaderRow(workbook: ExcelJS.Workbook, sheet: ExcelJS.Worksheet, lang: Lang, insert: boolean): CellShift | null {
  const shift = insert ? insertRows(workbook, sheet, 1, 1) : null;
  const width = sheet.actualColumnCount === 0 ? 0 : sheet.columnCount;
  const row = sheet.getRow(1);
  addedHeaderNames(width, lang).forEach((name, index) => {
    const cell = row.getCell(index + 1);
    if (cell.value === null || cell.value === undefined || cell.value === "") {
      cell.value = name;
      cell.font = { ...cell.font, bold: true };
    }
  });
  return shift;
}
