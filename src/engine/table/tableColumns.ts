import { isEmptyCell, type CellValue } from "./cellValue";
import type { SheetColumns } from "./sheetColumns";
import type { Table, TableRow } from "./table";

/** One column of a table, by table row (an index into Table.rows). */
export interface TableColumn {
  readonly length: number;
  get(row: number): CellValue;
  /** True when the cell holds nothing a job reads (isEmptyCell), known without making its text. */
  isBlank(row: number): boolean;
}

/**
 * The columns behind a table's rows, by the rows array itself: a table made from another with
 * other rows ({ ...table, rows }) has no columns and is read through its rows, never through
 * columns that no longer match them. Kept out of the Table so that a copy or a structured
 * clone carries the rows only.
 */
const held = new WeakMap<readonly TableRow[], { readonly columns: SheetColumns; readonly sheetRows: Int32Array }>();

/**
 * Rows made from the sheet's columns (`sheetRows`: 0-based sheet rows): an object per row
 * holding its row number, its cells made when read (TableRow.cells, for the readers of a row
 * at a time). One class per table, so that a row holds nothing but its number.
 */
export function columnRows(columns: SheetColumns, sheetRows: Int32Array, width: number): TableRow[] {
  class ColumnRow implements TableRow {
    constructor(readonly rowNumber: number) {}
    get cells(): CellValue[] {
      return columns.rowAt(this.rowNumber - 1, width);
    }
  }
  // Filled by index into a list made at its length: a million rows, no growing.
  const rows = new Array<TableRow>(sheetRows.length);
  for (let i = 0; i < sheetRows.length; i++) rows[i] = new ColumnRow(sheetRows[i]! + 1);
  return rows;
}

/** Says that `rows` (made by columnRows, any of them left out) read from these columns. */
export function holdColumns(rows: readonly TableRow[], columns: SheetColumns): void {
  // A loop: Int32Array.from with a mapping function went through the iterator, a call per row.
  const sheetRows = new Int32Array(rows.length);
  for (let i = 0; i < rows.length; i++) sheetRows[i] = rows[i]!.rowNumber - 1;
  held.set(rows, { columns, sheetRows });
}

/** The table's column `index`: read from the sheet's columns when the table holds them, else from its rows. */
export function tableColumn(table: Table, index: number): TableColumn {
  const rows = table.rows;
  const source = held.get(rows);
  if (source === undefined) {
    const get = (row: number) => rows[row]!.cells[index] ?? null;
    return { length: rows.length, get, isBlank: (row) => isEmptyCell(get(row)) };
  }
  const { columns, sheetRows } = source;
  return { length: rows.length, get: (row) => columns.cell(sheetRows[row]!, index), isBlank: (row) => columns.isBlank(sheetRows[row]!, index) };
}

/** The column's cells, one per table row (what processors read). */
export function columnValues(table: Table, index: number): CellValue[] {
  const column = tableColumn(table, index);
  const values = new Array<CellValue>(column.length);
  for (let row = 0; row < column.length; row++) values[row] = column.get(row);
  return values;
}
