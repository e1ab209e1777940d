import type { CellValue } from "./cellValue";

/** One data row with the sheet's own 1-based row number (in a CSV the header line is row 1). */
export interface TableRow {
  readonly rowNumber: number;
  readonly cells: readonly CellValue[];
}

/**
 * What every job reads: the header row and the data rows below it, as the sheet holds them.
 * Rows keep their sheet row numbers so that a Plan and a report point at the user's rows,
 * even when blank rows or a title sit above the header.
 */
export interface Table {
  readonly sheet: string;
  /** 1-based row number of the header row in the sheet. */
  readonly headerRow: number;
  readonly headers: readonly string[];
  readonly rows: readonly TableRow[];
  /** Columns Tria wrote in an earlier run, by 0-based index → their Plan key: never a job's source. */
  readonly ownColumns?: ReadonlyMap<number, string>;
  /** Rows under the customers that are not customers (a total row): no job reads or marks them. */
  readonly leftOutRows?: readonly LeftOutRow[];
  /** The sheet's number formats of its first rows (see RawSheet.numberFormats), for examples. */
  readonly numberFormats?: RawSheet["numberFormats"];
  /** The file had no header row: the host put an empty row 1 above its data (RawSheet.headerAdded). */
  readonly headerAdded?: boolean;
  /** The sheet was chosen among others (RawSheet.otherSheets): their names, for the report. */
  readonly otherSheets?: readonly string[];
}

/** A row under the table that is no customer (totalRows.ts, noteRows.ts): left as it is, said in the report. */
export interface LeftOutRow {
  readonly rowNumber: number;
  readonly reason: "total" | "note";
}

/** A sheet as read, before the header row is known: a grid of raw cells, row 1 first. */
export interface RawSheet {
  readonly name: string;
  /**
   * rows[i] is sheet row i + 1; rows may be ragged. A host may hold the cells column-wise
   * (sheetRowsView.ts: a view whose rows are made when read); readers of every cell then ask
   * `sheetColumnsOf(rows)`.
   */
  readonly rows: readonly (readonly CellValue[])[];
  /** Columns Tria wrote in an earlier run (the host knows them from its metadata), 0-based → Plan key. */
  readonly ownColumns?: ReadonlyMap<number, string>;
  /** Hidden in the workbook (a settings or lookup sheet): never picked by default. */
  readonly hidden?: boolean;
  /**
   * Excel's number format of the first rows' cells ("dd/mm/yyyy", "#,##0.00 €"), indexed like
   * `rows`: Office.js gives dates as serial numbers, and examples must read 26/07/2025, not 45864.
   */
  readonly numberFormats?: readonly (readonly string[])[];
  /**
   * The file starts with data (no header row): the host put an empty row 1 above it, where the
   * written workbook gets the columns' names, so every data row stays a data row. Row 1 is the
   * header; a --header-row the user gives still counts the file's own rows.
   */
  readonly headerAdded?: boolean;
  /**
   * No sheet was named and the host chose this one (the first visible customer table): the
   * workbook's other sheets with data, so the report can say a choice was made (--sheet to change it).
   */
  readonly otherSheets?: readonly string[];
  /** 1-based rows whose one value is the top-left cell of a range merged across columns (a note under the table). */
  readonly mergedRows?: ReadonlySet<number>;
}
