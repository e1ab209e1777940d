import { FakeProxy, FakeRichApiError, notLoaded } from "./fakeContext";
import { EDGES, emptyCell, NO_BORDER, overlaps, rectAddress, type Edge, type FakeCell, type FakeSheet, type Rect, type Scalar } from "./fakeWorkbookModel";

/** Cells a proxy points at: one rectangle (Range) or several (RangeAreas). */
export interface Cells {
  readonly sheet: FakeSheet;
  readonly rects: readonly Rect[];
}

const ERROR_TEXT = /^#(N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!)$/;
const CELL_EDGES: Record<Edge, string> = { EdgeTop: "top", EdgeBottom: "bottom", EdgeLeft: "left", EdgeRight: "right" };

/** What Excel makes of a value written to Range.values or Range.formulas, as if typed. */
export function typeInto(cell: FakeCell, value: unknown): void {
  if (value === null || value === undefined) return; // null leaves the cell as it is
  if (typeof value === "string" && value.startsWith("=")) {
    if (cell.formula !== value) cell.value = 0;
    cell.formula = value;
    return;
  }
  cell.formula = null;
  if (typeof value !== "string") cell.value = value as Scalar;
  else if (value.startsWith("'"))
    cell.value = value.slice(1); // the text prefix is not part of the value
  else if (/^[+-]?\d+(\.\d+)?$/.test(value))
    cell.value = Number(value); // "+33612345678" and "00123" become numbers
  else cell.value = value;
}

function forEachCell(cells: Cells, visit: (row: number, column: number) => void): void {
  for (const rect of cells.rects) for (let r = 0; r < rect.rows; r++) for (let c = 0; c < rect.columns; c++) visit(rect.row + r, rect.column + c);
}

/** A read never changes a cell: the empty ones share one, and each column is looked up once. */
const EMPTY_CELL: FakeCell = emptyCell();

function grid<V>(sheet: FakeSheet, rect: Rect, of: (cell: FakeCell) => V): V[][] {
  const columns = Array.from({ length: rect.columns }, (_, c) => sheet.columnCells(rect.column + c));
  return Array.from({ length: rect.rows }, (_, r) => columns.map((cells) => of(cells?.get(rect.row + r) ?? EMPTY_CELL)));
}

function checkShape(rect: Rect, values: unknown, what: string): unknown[][] {
  const rows = values as unknown[][];
  if (!Array.isArray(rows) || rows.length !== rect.rows || rows.some((row) => !Array.isArray(row) || row.length !== rect.columns)) {
    throw new FakeRichApiError("InvalidArgument", `The number of rows or columns in ${what} does not match the size of the range.`);
  }
  return rows;
}

/** Range.format and RangeAreas.format: setters that queue a change on every cell. */
export function formatOf(proxy: { change(bytes: number, edit: (cell: FakeCell) => void): void; widen?(points: number): void }) {
  const border = (edge: Edge) => ({
    set style(style: string) {
      proxy.change(style.length, (cell) =>
        style === "None" ? delete cell.borders[edge] : (cell.borders[edge] = { ...(cell.borders[edge] ?? NO_BORDER), style }),
      );
    },
    set weight(weight: string) {
      proxy.change(weight.length, (cell) => (cell.borders[edge] = { ...(cell.borders[edge] ?? { ...NO_BORDER, style: "Continuous" }), weight }));
    },
    set color(color: string) {
      proxy.change(
        color.length,
        (cell) => (cell.borders[edge] = { ...(cell.borders[edge] ?? { ...NO_BORDER, style: "Continuous" }), color: color.toUpperCase() }),
      );
    },
  });
  return {
    fill: {
      set color(color: string) {
        proxy.change(color.length, (cell) => (cell.fill = color.toUpperCase()));
      },
      clear: () => proxy.change(0, (cell) => (cell.fill = null)),
    },
    font: {
      set bold(bold: boolean) {
        proxy.change(5, (cell) => (cell.bold = bold));
      },
    },
    borders: { getItem: (edge: Edge) => border(edge) },
    set columnWidth(points: number) {
      if (!proxy.widen) throw new Error("fake Excel: columnWidth is modelled on Range only");
      proxy.widen(points);
    },
  };
}

export class FakeRangeAreas extends FakeProxy<Cells> {
  readonly format = formatOf(this);

  change(bytes: number, edit: (cell: FakeCell) => void): void {
    this.act(bytes, (cells) => this.ctx.book.measureOnly || forEachCell(cells, (r, c) => cells.sheet.update(r, c, edit)));
  }

  protected property(cells: Cells, name: string): unknown {
    if (name === "address") return cells.rects.map((rect) => rectAddress(cells.sheet.name, rect)).join(",");
    if (name === "areaCount") return cells.rects.length;
    throw new FakeRichApiError("InvalidArgument", `fake RangeAreas has no property ${name}`);
  }

  get address(): string {
    return this.read("address");
  }
}

export class FakeRange extends FakeProxy<Cells> {
  readonly format = formatOf(this);

  /** Range.format.columnWidth, in points, on every column of the range. */
  widen(points: number): void {
    this.act(8, (cells) => {
      const rect = this.rect(cells);
      for (let c = rect.column; c < rect.column + rect.columns; c++) cells.sheet.columnWidths.set(c, points);
    });
  }

  private rect(cells: Cells): Rect {
    return cells.rects[0]!;
  }

  change(bytes: number, edit: (cell: FakeCell) => void): void {
    this.act(bytes, (cells) => this.ctx.book.measureOnly || forEachCell(cells, (r, c) => cells.sheet.update(r, c, edit)));
  }

  protected property(cells: Cells, name: string): unknown {
    const { sheet } = cells;
    const rect = this.rect(cells);
    switch (name) {
      case "values":
        return grid(sheet, rect, (cell) => cell.value);
      case "formulas":
        return grid(sheet, rect, (cell) => cell.formula ?? cell.value);
      case "numberFormat":
        return grid(sheet, rect, (cell) => cell.numberFormat);
      case "valueTypes":
        return grid(sheet, rect, (cell) =>
          cell.value === "" && !cell.formula
            ? "Empty"
            : typeof cell.value === "number"
              ? "Double"
              : typeof cell.value === "boolean"
                ? "Boolean"
                : ERROR_TEXT.test(String(cell.value))
                  ? "Error"
                  : "String",
        );
      case "address":
        return rectAddress(sheet.name, rect);
      case "rowIndex":
        return rect.row;
      case "columnIndex":
        return rect.column;
      case "rowCount":
        return rect.rows;
      case "columnCount":
        return rect.columns;
      default:
        throw new FakeRichApiError("InvalidArgument", `fake Range has no property ${name}`);
    }
  }

  get values(): Scalar[][] {
    return this.read("values");
  }
  set values(values: unknown[][]) {
    this.write("values", values);
  }
  get formulas(): Scalar[][] {
    return this.read("formulas");
  }
  set formulas(values: unknown[][]) {
    this.write("formulas", values);
  }
  get numberFormat(): string[][] {
    return this.read("numberFormat");
  }
  set numberFormat(formats: unknown[][]) {
    this.ctx.enqueue(JSON.stringify(formats).length, () => {
      const cells = this.need();
      const rect = this.rect(cells);
      checkShape(rect, formats, "numberFormat").forEach((row, r) =>
        row.forEach((f, c) => f !== null && cells.sheet.update(rect.row + r, rect.column + c, (cell) => (cell.numberFormat = String(f)))),
      );
    });
  }
  get valueTypes(): string[][] {
    return this.read("valueTypes");
  }
  get address(): string {
    return this.read("address");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }

  private write(what: string, values: unknown[][]): void {
    this.ctx.enqueue(JSON.stringify(values).length, () => {
      const cells = this.need();
      const rect = this.rect(cells);
      if (this.ctx.book.measureOnly) return void checkShape(rect, values, what);
      checkShape(rect, values, what).forEach((row, r) => row.forEach((v, c) => cells.sheet.update(rect.row + r, rect.column + c, (cell) => typeInto(cell, v))));
    });
  }

  private child(pick: (rect: Rect) => Rect): FakeRange {
    return new FakeRange(this.ctx, () => {
      const cells = this.resolved();
      return { sheet: cells.sheet, rects: [pick(this.rect(cells))] };
    });
  }

  getRow(index: number): FakeRange {
    return this.child((rect) => ({ ...rect, row: rect.row + index, rows: 1 }));
  }

  getLastRow(): FakeRange {
    return this.child((rect) => ({ ...rect, row: rect.row + rect.rows - 1, rows: 1 }));
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.ctx, () => {
      const cells = this.resolved();
      const hit = cells.sheet.merged.filter((m) => overlaps(m, this.rect(cells)));
      return hit.length === 0 ? null : { sheet: cells.sheet, rects: hit };
    });
  }

  /** Range.clear() (All): values, formulas and formats go; the cells are back to default. */
  clear(): void {
    this.act(0, (cells) => cells.sheet.clearRect(this.rect(cells)));
  }

  /** Only whole columns, as the host uses it (Range.insert / delete, shift right / left). */
  insert(shift: string): void {
    this.act(shift.length, (cells) => {
      const rect = this.wholeColumns(cells, shift, "Right");
      cells.sheet.insertColumns(rect.column, rect.columns);
    });
  }

  delete(shift: string): void {
    this.act(shift.length, (cells) => {
      const rect = this.wholeColumns(cells, shift, "Left");
      cells.sheet.deleteColumns(rect.column, rect.columns);
    });
  }

  private wholeColumns(cells: Cells, shift: string, expected: string): Rect {
    const rect = this.rect(cells);
    if (shift !== expected || rect.row !== 0 || rect.rows !== 1_048_576) throw new Error(`fake Excel: only whole columns shift ${expected}`);
    if (cells.sheet.protected) throw new FakeRichApiError("AccessDenied", "The sheet is protected.");
    return rect;
  }

  /** The properties Tria snapshots: fill, four borders, bold (as Excel reports "no fill"). */
  getCellProperties(_options: unknown): { readonly value: unknown[][] } {
    let value: unknown[][] | undefined;
    let ready = false;
    this.ctx.enqueue(
      60,
      () => {
        const cells = this.need();
        value = grid(cells.sheet, this.rect(cells), (cell) => ({
          format: {
            fill: { color: cell.fill ?? "#FFFFFF", pattern: cell.fill ? "Solid" : "None" },
            borders: Object.fromEntries(EDGES.map((edge) => [CELL_EDGES[edge], { ...(cell.borders[edge] ?? NO_BORDER) }])),
            font: { bold: cell.bold },
          },
        }));
        this.ctx.addResponse(value);
      },
      () => (ready = true),
    );
    return {
      get value() {
        if (!ready) throw notLoaded("value");
        return value!;
      },
    };
  }

  setCellProperties(properties: unknown[][]): void {
    this.ctx.enqueue(JSON.stringify(properties).length, () => {
      const cells = this.need();
      const rect = this.rect(cells);
      checkShape(rect, properties, "cell properties").forEach((row, r) =>
        row.forEach((p, c) => cells.sheet.update(rect.row + r, rect.column + c, (cell) => applyProperties(cell, p as CellProperties))),
      );
    });
  }
}

interface CellProperties {
  format?: {
    fill?: { color?: string; pattern?: string };
    borders?: Record<string, Partial<{ style: string; color: string; weight: string }>>;
    font?: { bold?: boolean };
  };
}

function applyProperties(cell: FakeCell, { format }: CellProperties): void {
  if (!format) return;
  if (format.fill) cell.fill = format.fill.pattern === "None" ? null : (format.fill.color?.toUpperCase() ?? cell.fill);
  for (const edge of EDGES) {
    const side = format.borders?.[CELL_EDGES[edge]];
    if (!side) continue;
    if (side.style === "None") delete cell.borders[edge];
    else cell.borders[edge] = { ...(cell.borders[edge] ?? NO_BORDER), ...side, ...(side.color ? { color: side.color.toUpperCase() } : {}) } as typeof NO_BORDER;
  }
  if (format.font?.bold !== undefined) cell.bold = format.font.bold;
}
