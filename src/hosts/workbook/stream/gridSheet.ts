import type { CellValue } from "../../../engine/table/cellValue";
import type { AddedColumn } from "../../../engine/plan";
import type { RawSheet } from "../../../engine/table/table";
import type { Look } from "../../planCells";
import { insertedAt, type CellShift } from "../cellShift";
import { sheetColumnsOf } from "../../../engine/table/sheetRowsView";

/**
 * The customer sheet of a CSV as Tria will write it, without a cell object anywhere: the rows
 * as read, and a list of columns, each either a source column of those rows or a column a job
 * added (its values by row number). Looks and notes hang on the column, so inserting columns
 * moves them with it. Looks are layers applied in order, as the workbook host paints:
 * a whole column's flag, then each flagged cell over it (a fill or a border replaces only its part).
 */
export type LookLayer = { readonly rows: Uint8Array; readonly look: Look } | { readonly cells: Map<number, Look> };

/**
 * An added column's values by sheet row, read from the Plan as the writer asks for them
 * (through its packed column when the job made one): no array of a million cells is built.
 */
export class PlanValues {
  constructor(
    /** Sheet row → index in the Plan's rows, -1 for a row the Plan does not hold. */
    private readonly rowIndex: Int32Array,
    private readonly added: AddedColumn,
  ) {}

  at(row: number): CellValue {
    const index = row < this.rowIndex.length ? this.rowIndex[row]! : -1;
    if (index < 0) return null;
    const packed = this.added.packed;
    return packed ? packed.get(index) : (this.added.values[index] ?? null);
  }

  get lastRow(): number {
    for (let row = this.rowIndex.length - 1; row > 0; row--) if (this.rowIndex[row]! >= 0) return row;
    return 0;
  }
}

export class GridColumn {
  /** Header written bold at the header row: an added column's, or the name of a source column under a header row Tria added. */
  header: string | null = null;
  /** Cells Tria writes by sheet row number, over the column's own: a header (added column, or a name over a file without header row). */
  values: CellValue[] | null = null;
  /** An added column's values. */
  planValues: PlanValues | null = null;
  /** Number format of the data rows listed in numFmtRows (an added column's format). */
  numFmt: string | null = null;
  numFmtRows: Uint8Array | null = null;
  width: number | null = null;
  readonly layers: LookLayer[] = [];
  /** Notes by row number (Tria's lines; a CSV has no user notes). */
  readonly notes = new Map<number, string>();

  constructor(
    /** 0-based column of the source rows, or null for a column a job added. */
    readonly source: number | null,
    /** The Plan key of an added column. */
    readonly key: string | null,
  ) {}

  value(cells: SourceCells, row: number): CellValue {
    const own = this.values?.[row];
    if (own !== undefined && own !== null) return own;
    if (this.planValues !== null) return this.planValues.at(row);
    return this.source !== null ? cells.cell(row - 1, this.source) : null;
  }

  /** The cell's look once every layer is applied, or null when it has none. */
  lookAt(row: number): Look | null {
    let fill: string | null = null;
    let border: string | null = null;
    let dashed = false;
    let any = false;
    for (const layer of this.layers) {
      const look = "rows" in layer ? (layer.rows[row] === 1 ? layer.look : undefined) : layer.cells.get(row);
      if (!look) continue;
      any = true;
      if (look.fill) fill = look.fill;
      if (look.border) {
        border = look.border;
        dashed = look.borderStyle === "dashed";
      }
    }
    if (!any || (fill === null && border === null)) return null;
    return { fill, border, ...(dashed ? { borderStyle: "dashed" as const } : {}) };
  }

  /** Rows this column's layers painted: whole runs for a column flag, cells otherwise. */
  paintedRanges(letters: string): string[] {
    const ranges: string[] = [];
    for (const layer of this.layers) {
      if ("cells" in layer) for (const row of layer.cells.keys()) ranges.push(`${letters}${row}`);
      else ranges.push(...runsOf(layer.rows).map(([from, to]) => (from === to ? `${letters}${from}` : `${letters}${from}:${letters}${to}`)));
    }
    return ranges;
  }
}

/** What an .xlsx sheet brings besides its values (a CSV has none of it): its cells' formats, widths, visibility. */
export interface SheetLooks {
  /** The user's cell format (index in UserStyles.xfs) of each cell, by 0-based row then source column; rows share arrays. */
  readonly xfs: readonly (Uint16Array | undefined)[];
  /** Column widths by source column, as the user set them. */
  readonly widths: readonly (number | undefined)[];
  readonly state: "visible" | "hidden" | "veryHidden";
  /** The sheet's own <sheetPr> and what followed its rows (margins, page setup, header and footer): written as they were. */
  readonly properties: string;
  readonly tail: string;
  /** Its <sheetViews> and <sheetFormatPr> as they were (sheetViews.ts moves the panes and selection). */
  readonly views: string;
  readonly format: string;
  /** Row (1-based, as written) → its height attributes (` ht="32" customHeight="1"`). */
  readonly heights: ReadonlyMap<number, string>;
  /** Rows Tria added above the sheet's own (1: a header row over a file without one). */
  readonly rowsAbove: number;
}

/** The sheet's own cells by 0-based row and column: its columns when held so, else its rows. */
export interface SourceCells {
  cell(row: number, column: number): CellValue;
}

export class GridSheet {
  readonly columns: GridColumn[];
  /** The cells as read: every cell of the written sheet comes through here (never a row made per cell). */
  readonly cells: SourceCells;

  constructor(
    readonly name: string,
    readonly rows: RawSheet["rows"],
    readonly looks: SheetLooks | null = null,
  ) {
    const held = sheetColumnsOf(rows);
    this.cells = held ?? { cell: (row, column) => rows[row]?.[column] ?? null };
    const width = held ? held.width : rows.reduce((max, row) => Math.max(max, row.length), 0);
    this.columns = Array.from({ length: width }, (_, i) => new GridColumn(i, null));
    looks?.widths.forEach((width, i) => {
      if (width !== undefined && this.columns[i]) this.columns[i].width = width;
    });
  }

  /** The user's cell format of a source cell (1-based row), 0 when none. */
  xfAt(row: number, source: number): number {
    return this.looks?.xfs[row - 1]?.[source] ?? 0;
  }

  get lastRow(): number {
    return this.rows.length;
  }

  /**
   * Where a cell of the sheet as the user saved it is now: below the row Tria added above it,
   * right of the columns inserted before it (a column past the data moves by all of them).
   */
  cellShift(): CellShift {
    const at: number[] = [];
    this.columns.forEach((column, index) => column.source !== null && (at[column.source] = index + 1));
    const added = this.columns.length - at.length;
    const column = (n: number) => at[n - 1] ?? n + added;
    const rowsAbove = this.looks?.rowsAbove ?? 0;
    return rowsAbove > 0 ? { column, row: insertedAt(1, rowsAbove) } : { column };
  }

  /** The sheet as a job reads it now: rows with every added column in place, and which columns are Tria's. */
  toRawSheet(): RawSheet {
    const rows: CellValue[][] = [];
    const last = Math.max(this.lastRow, ...this.columns.map((c) => Math.max(c.values ? c.values.length - 1 : 0, c.planValues?.lastRow ?? 0)));
    for (let row = 1; row <= last; row++) rows.push(this.columns.map((column) => column.value(this.cells, row)));
    while (rows.length > 0 && rows[rows.length - 1]!.every((cell) => cell === null)) rows.pop();
    const ownColumns = new Map<number, string>();
    this.columns.forEach((column, index) => column.key !== null && ownColumns.set(index, column.key));
    return { name: this.name, rows, ...(ownColumns.size > 0 ? { ownColumns } : {}) };
  }
}

/** 1-based runs [from, to] of set rows in a mask. */
function runsOf(mask: Uint8Array): [number, number][] {
  const runs: [number, number][] = [];
  for (let row = 0; row < mask.length; row++) {
    if (mask[row] !== 1) continue;
    const from = row;
    while (row + 1 < mask.length && mask[row + 1] === 1) row++;
    runs.push([from, row]);
  }
  return runs;
}
