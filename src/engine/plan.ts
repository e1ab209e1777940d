import type { CellValue } from "./table/cellValue";
import type { LeftOutRow, Table } from "./table/table";
import { tableColumn } from "./table/tableColumns";
import type { FlagKind } from "./legend";
import type { ReportExtras } from "./report";
import type { DataKind } from "./table/dataKind";
import type { PackedColumn } from "./table/packedColumn";

/**
 * The Plan is the only contract between the engine and the hosts (DESIGN.md §1): what to
 * write where and which cells to flag, with what note. The engine builds it from a Table and
 * never touches a sheet; a host applies it, keeping a snapshot so that the run can be undone.
 */
import type { JobName } from "./jobName";

export type { JobName };

/** A column the job adds, to the right of its source column (or at the end when none). */
export interface AddedColumn {
  /**
   * Stable id, e.g. "structure.address.postalCode". Hosts store it with the column so that a
   * second run updates Tria's own columns instead of adding new ones.
   */
  readonly key: string;
  /** Header in the user's language. */
  readonly header: string;
  /** Index of the source column in Table.headers; null puts the column after the last one. */
  readonly after: number | null;
  /** One value per Table row, in Table.rows order. */
  readonly values: readonly CellValue[];
  /**
   * The same values held column-wise, when the job made them so (Structure): `values` is then
   * made from it on first read. Not enumerable, so a copy or a postMessage carries `values`
   * only; a host that streams may read `packed.get(i)` instead and never make the array.
   */
  readonly packed?: PackedColumn;
  /** Optional Excel number format ("0", "dd/mm/yyyy", "0.0%"). */
  readonly numberFormat?: string;
}

/** A cell of the table: a source column by index, or an added column by key. */
export type ColumnRef = { readonly source: number } | { readonly added: string };

export interface CellFlag {
  /** The sheet's 1-based row number. */
  readonly row: number;
  readonly column: ColumnRef;
  readonly kind: FlagKind;
  /** The note written on the cell, in the user's language: why, and what to do. */
  readonly message: string;
  readonly suggestion?: string;
  /**
   * Key of Tria's added column the suggestion belongs in, when it fixes one part of the cell
   * (an address's postal code goes into Tria's "Code postal" column); absent when the
   * suggestion is for the whole cell.
   */
  readonly suggestionColumn?: string;
}

/**
 * A flag that holds for a whole column's data rows, such as "volatile" on the phone column:
 * one entry instead of a million, styled by hosts in one range operation, and explained by a
 * note on the header cell rather than on every cell.
 */
export interface ColumnFlag {
  readonly column: ColumnRef;
  readonly kind: FlagKind;
  readonly message: string;
  /**
   * The sheet rows it covers: the rows where the column holds a value (an empty cell has nothing
   * to go stale or to protect). Absent (older plans): every row of Plan.rows.
   */
  readonly rows?: readonly number[];
}

/** The sheet rows a column flag styles and the report counts. */
export function columnFlagRows(plan: Pick<Plan, "rows">, flag: ColumnFlag): readonly number[] {
  return flag.rows ?? plan.rows;
}

/** The sheet rows of a Table where a column holds a value: what a column flag covers. */
export function filledRows(table: Table, column: number): number[] {
  const rows: number[] = [];
  const cells = tableColumn(table, column);
  for (let i = 0; i < table.rows.length; i++) if (!cells.isBlank(i)) rows.push(table.rows[i]!.rowNumber);
  return rows;
}

/** A sheet the job writes whole (a summary, merged rows); the legend sheet is the host's. */
export interface AddedSheet {
  readonly key: string;
  readonly name: string;
  readonly rows: readonly (readonly CellValue[])[];
  /** Optional look of some cells (a heat map, bold titles, percentages); 0-based in `rows`. */
  readonly cellStyles?: readonly SheetCellStyle[];
  /** Optional column widths in characters, column A first. */
  readonly columnWidths?: readonly number[];
  /** Charts to draw from the sheet's own cells, where the host can (Office.js can; ExcelJS cannot). */
  readonly charts?: readonly SheetChart[];
  /** Written hidden (Excel's "Unhide" shows it): data for Tria itself, such as the fitted model the CRM. functions read. */
  readonly hidden?: boolean;
}

export interface SheetCellStyle {
  /** 0-based index in AddedSheet.rows, and 0-based column. */
  readonly row: number;
  readonly column: number;
  /** Fill colour as RRGGBB. */
  readonly fill?: string;
  readonly bold?: boolean;
  /** Excel number format ("0.0%", "#,##0.00"). */
  readonly numberFormat?: string;
}

/** A chart over a block of the sheet: categories in one column, one series per value column. */
export interface SheetChart {
  readonly kind: "bar" | "column" | "line" | "pie";
  readonly title: string;
  /** 0-based rows of the data (header row excluded), inclusive. */
  readonly firstRow: number;
  readonly lastRow: number;
  readonly categoryColumn: number;
  readonly valueColumns: readonly number[];
  /** 0-based top-left cell where the chart goes. */
  readonly anchor: { readonly row: number; readonly column: number };
}

export interface Plan {
  readonly job: JobName;
  readonly sheet: string;
  readonly headerRow: number;
  /** Sheet row numbers of the Table rows, in order: AddedColumn.values[i] goes to row rows[i]. */
  readonly rows: readonly number[];
  readonly addedColumns: readonly AddedColumn[];
  readonly flags: readonly CellFlag[];
  /** Flags on every data row of a column (optional: older plans have none). */
  readonly columnFlags?: readonly ColumnFlag[];
  readonly addedSheets: readonly AddedSheet[];
  /** What the report says beyond columns, flags and counts: splits, duplicates, scores. */
  readonly extras: ReportExtras;
  /** Each source column's data kind, listed on the legend sheet (optional: older plans have none). */
  readonly dataKinds?: readonly { readonly header: string; readonly dataKind: DataKind }[];
  /** Rows of the sheet the job left alone (a total row), for the report. */
  readonly leftOutRows?: readonly LeftOutRow[];
  /** The file had no header row: row 1 is one the host added, where it writes the columns' names. */
  readonly headerAdded?: boolean;
  /** The sheet was chosen among these others (Table.otherSheets), for the report. */
  readonly otherSheets?: readonly string[];
}

export function emptyPlan(job: JobName, table: Table): Plan {
  return {
    job,
    sheet: table.sheet,
    headerRow: table.headerRow,
    rows: table.rows.map((row) => row.rowNumber),
    addedColumns: [],
    flags: [],
    addedSheets: [],
    extras: {},
    ...(table.leftOutRows ? { leftOutRows: table.leftOutRows } : {}),
    ...(table.headerAdded ? { headerAdded: true } : {}),
    ...(table.otherSheets ? { otherSheets: table.otherSheets } : {}),
  };
}

/**
 * Two Plans made from the same Table as one (the Structure job with its duplicates): columns,
 * flags and sheets side by side, report extras joined.
 */
export function combinePlans(first: Plan, second: Plan): Plan {
  if (first.sheet !== second.sheet || first.rows.length !== second.rows.length) {
    throw new Error("combinePlans: the plans were not made from the same table");
  }
  return {
    ...first,
    addedColumns: [...first.addedColumns, ...second.addedColumns],
    flags: [...first.flags, ...second.flags],
    columnFlags: [...(first.columnFlags ?? []), ...(second.columnFlags ?? [])],
    addedSheets: [...first.addedSheets, ...second.addedSheets],
    extras: {
      splits: [...(first.extras.splits ?? []), ...(second.extras.splits ?? [])],
      duplicates: [...(first.extras.duplicates ?? []), ...(second.extras.duplicates ?? [])],
      scores: [...(first.extras.scores ?? []), ...(second.extras.scores ?? [])],
    },
  };
}
