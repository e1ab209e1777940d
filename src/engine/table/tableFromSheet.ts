import { DEFAULT_LANG, type Lang } from "../i18n/lang";
import { cellText, isEmptyCell, type CellValue } from "./cellValue";
import { detectHeaderRow } from "./detectHeaderRow";
import type { LeftOutRow, RawSheet, Table, TableRow } from "./table";
import { trailingTotalRows } from "./totalRows";
import { trailingNoteRows } from "./noteRows";
import { columnRows, holdColumns } from "./tableColumns";
import { sheetColumnsOf } from "./sheetRowsView";

export interface TableFromSheetOptions {
  /** 1-based header row; 0 means "no header, row 1 is data". Detected when left out. */
  readonly headerRow?: number;
  /** Language of generated column names ("Colonne C" / "Column C"). */
  readonly lang?: Lang;
}

const GENERATED_NAME: Readonly<Record<Lang, string>> = { fr: "Colonne", en: "Column" };

/**
 * The Table every job reads, from a raw sheet. Rows above the header (a title, a logo block)
 * are left out; fully empty rows carry no data and are dropped, but every kept row keeps
 * its sheet row number so plans and reports point at the user's rows. Ragged rows are
 * padded with null to the table width; a column with data but no title, or no header row
 * at all, gets a name from its sheet letter ("Colonne F"). With no header row, Table.headerRow is 0
 * (1 when the host added an empty row 1 for the names, RawSheet.headerAdded).
 */
export function tableFromSheet(sheet: RawSheet, options: TableFromSheetOptions = {}): Table {
  const lang = options.lang ?? DEFAULT_LANG;
  // A header row the host added (RawSheet.headerAdded) is row 1; the user's own row numbers count the file's rows.
  const added = sheet.headerAdded === true ? 1 : 0;
  const headerRow = options.headerRow !== undefined ? options.headerRow + added : added === 1 ? 1 : (detectHeaderRow(sheet).headerRow ?? 0);
  const headerCells = headerRow > 0 ? (sheet.rows[headerRow - 1] ?? []) : [];
  let width = filledWidth(headerCells);
  // Held column-wise (a CSV read by the CLI): each row's width from the columns, no row made;
  // the kept rows in a typed array sized once (a million pushes grew and copied a list of numbers).
  const columns = sheetColumnsOf(sheet.rows);
  const rowCount = columns ? columns.length : sheet.rows.length;
  const kept = new Int32Array(Math.max(0, rowCount - Math.max(0, headerRow)));
  let keptCount = 0;
  for (let i = Math.max(0, headerRow); i < rowCount; i++) {
    const rowWidth = columns ? columns.filledWidth(i) : filledWidth(sheet.rows[i] ?? []);
    if (rowWidth === 0) continue;
    width = Math.max(width, rowWidth);
    kept[keptCount++] = i;
  }
  const keptRows = kept.subarray(0, keptCount);
  const headers = Array.from({ length: width }, (_, c) => headerText(headerCells[c]) || generatedColumnName(c, lang));
  const all = columns ? columnRows(columns, keptRows, width) : rowsAt(sheet.rows, keptRows, width);
  // Note lines and a total row under the customers are left as they are (noteRows.ts, totalRows.ts), and said in the report.
  const notes = trailingNoteRows(all, sheet.mergedRows);
  const above = notes.length === 0 ? all : all.slice(0, notes[0]);
  const totals = trailingTotalRows(above, columns ? (row, column) => columns.cell(above[row]!.rowNumber - 1, column) : undefined);
  const leftOut = new Map<number, LeftOutRow["reason"]>([...totals.map((i) => [i, "total"] as const), ...notes.map((i) => [i, "note"] as const)]);
  const rows = leftOut.size === 0 ? all : all.filter((_, i) => !leftOut.has(i));
  const leftOutRows = [...leftOut].map(([i, reason]): LeftOutRow => ({ rowNumber: all[i]!.rowNumber, reason }));
  if (columns) holdColumns(rows, columns);
  return {
    sheet: sheet.name,
    headerRow,
    headers,
    rows,
    ...(sheet.ownColumns ? { ownColumns: sheet.ownColumns } : {}),
    ...(leftOutRows.length > 0 ? { leftOutRows } : {}),
    ...(sheet.numberFormats ? { numberFormats: sheet.numberFormats } : {}),
    ...(sheet.headerAdded === true && headerRow === 1 ? { headerAdded: true } : {}),
    ...(sheet.otherSheets?.length ? { otherSheets: sheet.otherSheets } : {}),
  };
}

/** The name of a column without a title: « Colonne F » / "Column F" (0-based index). */
export function generatedColumnName(index: number, lang: Lang): string {
  return `${GENERATED_NAME[lang]} ${columnLetter(index)}`;
}

/** The table rows of a sheet held as arrays: its rows `kept` (0-based), at the table's width. */
function rowsAt(sheetRows: RawSheet["rows"], kept: Int32Array, width: number): TableRow[] {
  const rows: TableRow[] = [];
  for (const i of kept) rows.push({ rowNumber: i + 1, cells: toWidth(sheetRows[i] ?? [], width) });
  return rows;
}

/** Index after the last non-empty cell: trailing blanks are not columns. */
function filledWidth(cells: readonly (CellValue | undefined)[]): number {
  for (let c = cells.length - 1; c >= 0; c--) if (!isEmptyCell(cells[c])) return c + 1;
  return 0;
}

function headerText(value: CellValue | undefined): string {
  return isEmptyCell(value)
    ? ""
    : cellText(value ?? null)
        .replace(/\s+/g, " ")
        .trim();
}

/** The row's cells at exactly the table width; the host's array is reused when it already fits (1M rows). */
function toWidth(cells: readonly (CellValue | undefined)[], width: number): readonly CellValue[] {
  if (cells.length === width && !cells.includes(undefined)) return cells as readonly CellValue[];
  return Array.from({ length: width }, (_, c) => cells[c] ?? null);
}

/** Excel's column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
