/**
 * The workbook a fake Excel holds: sheets of cells with values, formulas, number formats,
 * fills, borders, bold and notes. Coordinates are 0-based (row, column) like
 * Range.getRangeByIndexes. Inserting or deleting columns moves cells, notes, merged areas and
 * tables, as Excel does. Tests build it, run the host against it and read it back.
 */
export type Scalar = string | number | boolean;
export type Edge = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight";
export const EDGES: readonly Edge[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];

/** A chart as the fake workbook keeps it: what a test reads back. */
export interface FakeChartModel {
  name: string;
  type: string;
  /** The source range's address, e.g. "Synthèse!A4:B9" (quoted as Excel does). */
  source: string;
  seriesBy: string;
  title: string;
  /** setPosition's cells, null until set. */
  from: string | null;
  to: string | null;
  legendVisible: boolean;
  reversePlotOrder: boolean;
}

export interface BorderLook {
  style: string;
  color: string;
  weight: string;
}

export interface FakeCell {
  /** The value Excel shows ("" for empty); for a formula, its cached result. */
  value: Scalar;
  formula: string | null;
  numberFormat: string;
  fill: string | null;
  borders: Partial<Record<Edge, BorderLook>>;
  bold: boolean;
}

export interface Rect {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

export const NO_BORDER: BorderLook = { style: "None", color: "#000000", weight: "Thin" };

export function emptyCell(): FakeCell {
  return { value: "", formula: null, numberFormat: "General", fill: null, borders: {}, bold: false };
}

function isDefault(cell: FakeCell): boolean {
  return (
    cell.value === "" && cell.formula === null && cell.numberFormat === "General" && cell.fill === null && Object.keys(cell.borders).length === 0 && !cell.bold
  );
}

export class FakeSheet {
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  protected = false;
  /**
   * Cells by column, then row: inserting or deleting columns renumbers columns only, so a run
   * that adds a dozen columns beside 100,000 rows does not move every cell a dozen times.
   */
  private byColumn = new Map<number, Map<number, FakeCell>>();
  /** Notes by "row,column" (worksheet notes, ExcelApi 1.18). */
  readonly notes = new Map<string, string>();
  merged: Rect[] = [];
  tables: { name: string; rect: Rect }[] = [];
  /** Charts (worksheet.charts) and column widths in points by 0-based column (format.columnWidth). */
  readonly charts: FakeChartModel[] = [];
  nextChart = 1;
  readonly columnWidths = new Map<number, number>();

  constructor(public name: string) {}

  /** Every cell not at its default, by "row,column". */
  get cells(): ReadonlyMap<string, FakeCell> {
    const cells = new Map<string, FakeCell>();
    for (const [column, rows] of this.byColumn) for (const [row, cell] of rows) cells.set(`${row},${column}`, cell);
    return cells;
  }

  cell(row: number, column: number): FakeCell {
    return this.byColumn.get(column)?.get(row) ?? emptyCell();
  }

  /** One column's cells that are not at their default, by row. */
  columnCells(column: number): ReadonlyMap<number, FakeCell> | undefined {
    return this.byColumn.get(column);
  }

  /** Change a cell through a function; a cell back to default is dropped from the map. */
  update(row: number, column: number, change: (cell: FakeCell) => void): void {
    let rows = this.byColumn.get(column);
    // In place: cells are never shared, and a copy per write makes 100k-row tests crawl.
    const cell = rows?.get(row) ?? emptyCell();
    change(cell);
    if (isDefault(cell)) rows?.delete(row);
    else {
      if (!rows) this.byColumn.set(column, (rows = new Map()));
      rows.set(row, cell);
    }
  }

  /** Range.clear(): the cells of `rect` back to default. */
  clearRect(rect: Rect): void {
    for (const [column, rows] of this.byColumn) {
      if (column < rect.column || column >= rect.column + rect.columns) continue;
      for (const row of [...rows.keys()]) if (row >= rect.row && row < rect.row + rect.rows) rows.delete(row);
    }
  }

  /** Excel's used range: values only, or anything not at its default (formats too). */
  usedRect(valuesOnly: boolean): Rect | null {
    let top = Infinity,
      left = Infinity,
      bottom = -1,
      right = -1;
    for (const [c, rows] of this.byColumn)
      for (const [r, cell] of rows) {
        if (valuesOnly && cell.value === "" && cell.formula === null) continue;
        top = Math.min(top, r);
        left = Math.min(left, c);
        bottom = Math.max(bottom, r);
        right = Math.max(right, c);
      }
    return bottom < 0 ? null : { row: top, column: left, rows: bottom - top + 1, columns: right - left + 1 };
  }

  columnCount(): number {
    const used = this.usedRect(false);
    return used ? used.column + used.columns : 0;
  }

  /** Range.insert(Right) over whole columns [at, at + count). */
  insertColumns(at: number, count: number): void {
    this.moveColumns((c) => (c >= at ? c + count : c));
  }

  /** Range.delete(Left) over whole columns [at, at + count): their cells and notes go. */
  deleteColumns(at: number, count: number): void {
    this.moveColumns((c) => (c < at ? c : c >= at + count ? c - count : null));
  }

  private moveColumns(to: (column: number) => number | null): void {
    const byColumn = new Map<number, Map<number, FakeCell>>();
    for (const [c, rows] of this.byColumn) {
      const column = to(c);
      if (column !== null) byColumn.set(column, rows);
    }
    this.byColumn = byColumn;
    const notes = [...this.notes];
    this.notes.clear();
    for (const [key, value] of notes) {
      const [r, c] = key.split(",").map(Number) as [number, number];
      const column = to(c);
      if (column !== null) this.notes.set(`${r},${column}`, value);
    }
    const moveRect = (rect: Rect): Rect => ({ ...rect, column: to(rect.column) ?? rect.column });
    this.merged = this.merged.map(moveRect);
    this.tables = this.tables.map((t) => ({ ...t, rect: moveRect(t.rect) }));
  }
}

export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  active = 0;
  /** Count requests but drop cell writes: lets a 1,048,576-row run be measured in little memory. */
  measureOnly = false;

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** A sheet from rows of values; a string starting with "=" is a formula (cached value 0). */
  addSheet(name: string, rows: readonly (readonly (Scalar | null)[])[] = []): FakeSheet {
    const sheet = new FakeSheet(name);
    rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === null || value === "") return;
        sheet.update(r, c, (cell) => {
          if (typeof value === "string" && value.startsWith("=")) {
            cell.formula = value;
            cell.value = 0;
          } else cell.value = value;
        });
      }),
    );
    this.sheets.push(sheet);
    return sheet;
  }

  /** Everything a user could see or a run could change, to compare before and after. */
  state(): unknown {
    return this.sheets.map((s) => ({
      name: s.name,
      visibility: s.visibility,
      cells: Object.fromEntries([...s.cells].sort(([a], [b]) => a.localeCompare(b)).map(([key, cell]) => [key, structuredClone(cell)])),
      notes: Object.fromEntries([...s.notes].sort(([a], [b]) => a.localeCompare(b))),
      columns: s.columnCount(),
      // Not the names: Excel numbers charts itself, and a chart drawn again by undo gets a new one.
      charts: s.charts.map(({ name: _name, ...chart }) => ({ ...chart })),
      widths: Object.fromEntries(s.columnWidths),
    }));
  }
}

/** "AB" → 27 (0-based column index). */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function columnName(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

const MAX_ROWS = 1_048_576;

/** Parse "C5", "C5:D9", "C:E", "5:7" (optionally "Sheet!" or "'My sheet'!" first). */
export function parseAddress(address: string): Rect {
  const bare = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [a, b = a] = bare.replace(/\$/g, "").split(":") as [string, string?];
  const part = (p: string) => {
    const m = /^([A-Za-z]*)(\d*)$/.exec(p);
    if (!m) throw Object.assign(new Error(`Invalid address ${address}`), { code: "InvalidArgument" });
    return { column: m[1] ? columnIndex(m[1]) : null, row: m[2] ? Number(m[2]) - 1 : null };
  };
  const p = part(a);
  const q = part(b!);
  const row = p.row ?? 0;
  const column = p.column ?? 0;
  const lastRow = q.row ?? MAX_ROWS - 1;
  const lastColumn = q.column ?? 16_383;
  return { row, column, rows: lastRow - row + 1, columns: lastColumn - column + 1 };
}

export function rectAddress(sheet: string, rect: Rect): string {
  const first = `${columnName(rect.column)}${rect.row + 1}`;
  const last = `${columnName(rect.column + rect.columns - 1)}${rect.row + rect.rows}`;
  const quoted = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${quoted}!${first === last ? first : `${first}:${last}`}`;
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.column < b.column + b.columns && b.column < a.column + a.columns;
}
