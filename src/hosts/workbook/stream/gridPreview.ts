import { isCellError, type CellValue } from "../../../engine/table/cellValue";
import type { Lang } from "../../../engine/i18n/lang";
import { cellDisplayText } from "../cellDisplayText";
import type { GridCell, ResultGrid } from "../../resultGrid";
import type { GridBook } from "./gridBook";
import type { GridColumn, SourceCells } from "./gridSheet";
import { DATE_FORMAT } from "./styleTable";

/** Excel keeps at most 32,767 characters in a cell: the writer cuts there, so does the preview. */
const MAX_CELL_TEXT = 32_767;

/**
 * The preview of a streamed output (issue 11), made from the GridBook the writer has just
 * streamed instead of reading the whole workbook back with ExcelJS (25-50 s at 50,000 rows for
 * 200 rows shown). It says what readResultGrid reads back from those bytes, cell for cell:
 * the value as ExcelJS parses what cellXml wrote, the format, fill and border the StyleTable
 * gave it, the note commentsXml wrote (tests/hosts/gridPreview.test.ts compares both).
 *
 * Only a CSV's book (no user formats, fills or row heights to read back): for a plain .xlsx
 * it returns null and the caller reads the bytes.
 */
export function gridBookPreview(book: GridBook, sheetName: string, headerRow: number, limit: number, lang: Lang): ResultGrid | null {
  const sheet = book.main;
  if (sheet.name !== sheetName || sheet.looks !== null || book.userStyles !== null || headerRow !== book.headerRow) return null;
  const columns = sheet.columns;
  const cellAt = (column: GridColumn, row: number): GridCell => gridCell(column, sheet.cells, row, lang);
  const width = writtenWidth(book);
  const last = lastWrittenRow(book);
  const readRow = (row: number): GridCell[] => Array.from({ length: width }, (_v, i) => (columns[i] ? cellAt(columns[i], row) : { text: "" }));
  const rows = [];
  for (let row = headerRow + 1; row <= Math.min(last, headerRow + limit); row++) rows.push({ rowNumber: row, cells: readRow(row) });
  return {
    sheet: sheet.name,
    headers: readRow(headerRow),
    added: Array.from({ length: width }, (_v, i) => (columns[i]?.key ?? null) !== null),
    rows,
    totalRows: Math.max(0, last - headerRow),
  };
}

/** True when writeGridSheet writes a <c> for the cell: a value, or a format (a look, a number format, the bold header). */
function written(column: GridColumn, book: GridBook, row: number): boolean {
  if (!isEmpty(column.value(book.main.cells, row))) return true;
  if (column.header !== null && row === book.headerRow) return true;
  if (column.numFmt !== null && column.numFmtRows?.[row] === 1) return true;
  return column.layers.some((layer) => ("rows" in layer ? layer.rows[row] === 1 : layer.cells.has(row)));
}

/** ExcelJS's rowCount: the last <row> written (a row is written when it has a cell). */
function lastWrittenRow(book: GridBook): number {
  for (let row = book.main.lastRow; row > 0; row--) if (book.main.columns.some((column) => written(column, book, row))) return row;
  return 0;
}

/**
 * ExcelJS's columnCount: the widest row that holds a value, counted to its last <c> (a
 * formatted empty cell counts). The rightmost column nearly always has its header: one row read.
 */
function writtenWidth(book: GridBook): number {
  const { columns, cells } = book.main;
  const holdsValue = (row: number) => columns.some((column) => !isEmpty(column.value(cells, row)));
  const order = [book.headerRow, ...Array.from({ length: book.main.lastRow }, (_v, i) => i + 1)];
  for (let c = columns.length - 1; c >= 0; c--) {
    for (const row of order) if (written(columns[c]!, book, row) && holdsValue(row)) return c + 1;
  }
  return 0;
}

function gridCell(column: GridColumn, cells: SourceCells, row: number, lang: Lang): GridCell {
  const value = column.value(cells, row);
  const look = column.lookAt(row);
  const note = column.notes.get(row);
  const numFmt = column.numFmt !== null && column.numFmtRows?.[row] === 1 ? column.numFmt : value instanceof Date ? DATE_FORMAT : undefined;
  return {
    text: cellDisplayText(value, numFmt, lang, readBackText(value)),
    ...(look?.fill ? { fill: look.fill.toUpperCase() } : {}),
    ...(look?.border ? { border: look.border.toUpperCase() } : {}),
    ...(note ? { note: note.length > MAX_CELL_TEXT ? note.slice(0, MAX_CELL_TEXT) : note } : {}),
  };
}

/** The cell's text as ExcelJS gives it back (cell.text) for what cellXml wrote. */
function readBackText(value: CellValue): string {
  if (value === null) return "";
  if (typeof value === "string") return value.length > MAX_CELL_TEXT ? value.slice(0, MAX_CELL_TEXT) : value;
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "#NUM!";
  if (typeof value === "boolean") return String(value);
  if (isCellError(value)) return value.error;
  return "";
}

function isEmpty(value: CellValue): boolean {
  return value === null || value === "";
}
