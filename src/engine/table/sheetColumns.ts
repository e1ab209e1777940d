import { isEmptyCell, type CellValue } from "./cellValue";
import { PackedColumn } from "./packedColumn";

const NO_CELLS: readonly CellValue[] = [];

/** Rows a builder makes room for at first; it grows by half as much again when full. */
const FIRST_ROWS = 1 << 10;

/**
 * A sheet's cells held column-wise (issue 11): one PackedColumn per column (a code per row,
 * a dictionary of repeated texts, mostly distinct texts as Latin-1 bytes) and each row's own
 * field count, instead of an array per row and a string per cell. A million-row CSV of eleven
 * columns is ~50 MB of codes plus its distinct texts, and keeps nothing of the file's text.
 * Rows are 0-based sheet rows; `rowsAbove` empty rows stand above the file's own (a header
 * row the host added).
 */
export class SheetColumns {
  /** The longest row's number of fields. */
  readonly width: number;

  constructor(
    readonly columns: readonly PackedColumn[],
    /** Each file row's own number of fields (a ragged CSV keeps its shape). */
    private readonly lengths: Uint32Array,
    /** Columns that may hold a text of white space only (an empty cell to the jobs). */
    private readonly blankTexts: readonly boolean[],
    readonly rowsAbove = 0,
  ) {
    this.width = lengths.reduce((most, length) => Math.max(most, length), 0);
  }

  /** Rows, those added above included. */
  get length(): number {
    return this.lengths.length + this.rowsAbove;
  }

  cell(row: number, column: number): CellValue {
    const at = row - this.rowsAbove;
    if (at < 0 || column >= this.columns.length || at >= this.lengths.length) return null;
    return this.columns[column]!.get(at);
  }

  /** True when the cell holds nothing a job reads (null, or white space only: isEmptyCell). */
  isBlank(row: number, column: number): boolean {
    const at = row - this.rowsAbove;
    if (at < 0 || column >= this.columns.length || at >= this.lengths.length) return true;
    const packed = this.columns[column]!;
    return packed.isEmpty(at) || (this.blankTexts[column] === true && isEmptyCell(packed.get(at)));
  }

  /** The row as the file had it (its own number of fields). */
  row(row: number): CellValue[] {
    const at = row - this.rowsAbove;
    return this.rowAt(row, at < 0 || at >= this.lengths.length ? 0 : this.lengths[at]!);
  }

  /** The row's cells at exactly `width` (padded with null, or cut). */
  rowAt(row: number, width: number): CellValue[] {
    const cells = new Array<CellValue>(width);
    for (let column = 0; column < width; column++) cells[column] = this.cell(row, column);
    return cells;
  }

  /** Index after the row's last cell that is not blank (0 for an empty row). */
  filledWidth(row: number): number {
    for (let column = this.columns.length - 1; column >= 0; column--) if (!this.isBlank(row, column)) return column + 1;
    return 0;
  }

  /** The same cells under one more empty row (a header row added above a file without one). */
  withRowAbove(): SheetColumns {
    return new SheetColumns(this.columns, this.lengths, this.blankTexts, this.rowsAbove + 1);
  }
}

/** Fills a SheetColumns row after row, as a reader splits them; nothing is kept of the rows handed in. */
export class SheetColumnsBuilder {
  private readonly columns: PackedColumn[] = [];
  private readonly blankTexts: boolean[] = [];
  private lengths = new Uint32Array(FIRST_ROWS);
  private rows = 0;

  /** `sample`: the columns' lookups before they hold mostly distinct texts as bytes (PackedColumn; tests make it small). */
  constructor(private readonly sample?: number) {}

  get rowCount(): number {
    return this.rows;
  }

  /**
   * Room for `rows` rows from now on (a reader that can count its lines first): each column is
   * then made at its length once, instead of grown and copied by half again some twenty times
   * on the way to a million rows. Rows past the room still grow it.
   */
  reserve(rows: number): void {
    if (rows > this.lengths.length) this.grow(rows);
  }

  push(cells: readonly CellValue[]): void {
    if (this.rows === this.lengths.length) this.grow(Math.ceil(this.rows * 1.5));
    this.put(this.rows++, cells);
  }

  /** Row `row` (0-based, at or past the rows pushed): the rows skipped are empty (a sheet's rows without cells). */
  pushAt(row: number, cells: readonly CellValue[]): void {
    while (this.rows < row) this.push(NO_CELLS);
    this.push(cells);
  }

  /** Row `row` (0-based, already pushed) is now these cells. */
  replace(row: number, cells: readonly CellValue[]): void {
    for (let column = cells.length; column < this.columns.length; column++) this.columns[column]!.set(row, null);
    this.put(row, cells);
  }

  /** True when every cell of the row is null (not only blank: a line break at the end of a file reads as one null cell). */
  isNullRow(row: number): boolean {
    for (const column of this.columns) if (!column.isEmpty(row)) return false;
    return true;
  }

  /** The row's own number of fields. */
  rowLength(row: number): number {
    return this.lengths[row]!;
  }

  /** Drops the last rows. */
  truncate(rows: number): void {
    this.rows = Math.min(this.rows, rows);
  }

  finish(): SheetColumns {
    if (this.lengths.length !== this.rows) this.grow(this.rows);
    for (const column of this.columns) column.trim();
    return new SheetColumns(this.columns, this.lengths, this.blankTexts);
  }

  private put(row: number, cells: readonly CellValue[]): void {
    this.lengths[row] = cells.length;
    while (this.columns.length < cells.length) {
      this.columns.push(new PackedColumn(this.lengths.length, this.sample));
      this.blankTexts.push(false);
    }
    for (let column = 0; column < cells.length; column++) {
      const cell = cells[column] ?? null;
      // White space first means it may be white space only: such a column checks its texts when asked.
      if (typeof cell === "string" && !this.blankTexts[column] && (cell.length === 0 || maybeSpace(cell.charCodeAt(0)))) this.blankTexts[column] = true;
      this.columns[column]!.set(row, cell);
    }
  }

  private grow(rows: number): void {
    const lengths = new Uint32Array(rows);
    lengths.set(this.lengths.subarray(0, Math.min(rows, this.rows)));
    this.lengths = lengths;
    for (const column of this.columns) column.resize(rows);
  }
}

/** White space to String.prototype.trim is below "!" or past ASCII: anything else is surely not. */
function maybeSpace(code: number): boolean {
  return code <= 32 || code >= 127;
}
