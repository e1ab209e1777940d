import type {
  SheetsBorderStyles,
  SheetsDeveloperMetadata,
  SheetsRange,
  SheetsRangeList,
  SheetsSheet,
  SheetsSpreadsheet,
} from "../../../src/hosts/sheets/sheetsApi";

/**
 * An in-memory Google spreadsheet for the Sheets host's tests: it keeps values, fills, borders,
 * notes, number formats, bold and developer metadata, parses typed text the way Sheets does
 * ("01000" → 1000 unless written with a leading apostrophe, "=…" → a formula), moves column
 * metadata when columns are inserted or deleted, and counts every call, so tests can check that
 * the host works in blocks. Only the methods of src/hosts/sheets/sheetsApi.ts exist.
 */
export interface FakeCell {
  value: unknown;
  formula?: string;
  background: string;
  note: string;
  numberFormat: string;
  bold: boolean;
  border: { color: string; style: unknown } | null;
}

/** Sheets' limit on a cell's characters. */
const MAX_CELL_CHARACTERS = 50_000;

export const BORDER_STYLES: SheetsBorderStyles = { SOLID_MEDIUM: "SOLID_MEDIUM", DASHED: "DASHED" };
const WHITE = "#ffffff";

export function emptyCell(): FakeCell {
  return { value: "", background: WHITE, note: "", numberFormat: "", bold: false, border: null };
}

interface Metadata {
  key: string;
  value: string;
  column: number | null;
}

export class FakeSheet implements SheetsSheet {
  cells: FakeCell[][] = [];
  metadata: Metadata[] = [];
  hidden = false;
  constructor(
    private name: string,
    readonly book: FakeSpreadsheet,
    readonly id: number,
  ) {}

  private count(name: string): void {
    this.book.count(name);
  }
  cell(row: number, column: number): FakeCell {
    while (this.cells.length < row) this.cells.push([]);
    const cells = this.cells[row - 1]!;
    while (cells.length < column) cells.push(emptyCell());
    return cells[column - 1]!;
  }
  getName(): string {
    return this.name;
  }
  getSheetId(): number {
    return this.id;
  }
  getLastRow(): number {
    let last = 0;
    this.cells.forEach((row, i) => row.some((c) => c.value !== "" || c.formula) && (last = i + 1));
    return last;
  }
  getLastColumn(): number {
    let last = 0;
    for (const row of this.cells) row.forEach((c, i) => (c.value !== "" || c.formula) && i + 1 > last && (last = i + 1));
    return last;
  }
  getMaxRows(): number {
    return Math.max(1000, this.cells.length);
  }
  getRange(rowOrA1: number | string, column?: number, numRows = 1, numColumns = 1): SheetsRange {
    this.count("getRange");
    if (typeof rowOrA1 === "string") {
      const match = /^([A-Z]+):\1$/.exec(rowOrA1);
      if (!match) throw new Error(`fake getRange supports whole columns only, not ${rowOrA1}`);
      return new FakeRange(this, 1, lettersToColumn(match[1]!), this.getMaxRows(), 1, true);
    }
    if (rowOrA1 < 1 || column! < 1 || numRows < 1 || numColumns < 1) throw new Error("The coordinates of the range are outside the dimensions of the sheet.");
    return new FakeRange(this, rowOrA1, column!, numRows, numColumns, false);
  }
  getRangeList(a1Notations: string[]): SheetsRangeList {
    this.count("getRangeList");
    const list: SheetsRangeList = {
      setBorder: (top, _l, _b, _r, _v, _h, color, style) => {
        this.count("RangeList.setBorder");
        for (const a1 of a1Notations) {
          const [, letters, row] = /^([A-Z]+)(\d+)$/.exec(a1)!;
          // false takes the borders off; null (not used by Tria here) would leave them as they are.
          this.cell(Number(row), lettersToColumn(letters!)).border = top === false ? null : { color: color ?? "#000000", style: style ?? "SOLID" };
        }
        return list;
      },
    };
    return list;
  }
  insertColumnsAfter(after: number, howMany: number): SheetsSheet {
    this.count("insertColumnsAfter");
    for (const row of this.cells) if (row.length > after) row.splice(after, 0, ...Array.from({ length: howMany }, emptyCell));
    for (const m of this.metadata) if (m.column !== null && m.column > after) m.column += howMany;
    return this;
  }
  deleteColumns(position: number, howMany: number): void {
    this.count("deleteColumns");
    for (const row of this.cells) row.splice(position - 1, howMany);
    this.metadata = this.metadata.filter((m) => m.column === null || m.column < position || m.column >= position + howMany);
    for (const m of this.metadata) if (m.column !== null && m.column >= position + howMany) m.column -= howMany;
  }
  clear(): SheetsSheet {
    this.count("clear");
    for (const row of this.cells) for (const c of row) Object.assign(c, emptyCell(), { note: c.note });
    return this;
  }
  clearNotes(): SheetsSheet {
    for (const row of this.cells) for (const c of row) c.note = "";
    return this;
  }
  activate(): SheetsSheet {
    this.book.active = this;
    return this;
  }
  hideSheet(): SheetsSheet {
    this.hidden = true;
    return this;
  }
  isSheetHidden(): boolean {
    return this.hidden;
  }
  setName(name: string): SheetsSheet {
    if (this.book.getSheetByName(name)) throw new Error(`A sheet with the name "${name}" already exists.`);
    this.name = name;
    return this;
  }
  copyTo(spreadsheet: SheetsSpreadsheet): SheetsSheet {
    this.count("Sheet.copyTo");
    const book = spreadsheet as FakeSpreadsheet;
    const active = book.active;
    const copy = book.insertSheet(`Copie de ${this.name}`);
    // A copy does not become the active sheet; only insertSheet makes the new sheet active.
    book.active = active;
    (copy as FakeSheet).cells = this.cells.map((row) => row.map((c) => ({ ...c })));
    return copy;
  }
  addDeveloperMetadata(key: string, value: string): SheetsSheet {
    this.metadata.push({ key, value, column: null });
    return this;
  }
  createDeveloperMetadataFinder() {
    return {
      withKey: (key: string) => ({
        find: (): SheetsDeveloperMetadata[] =>
          this.metadata
            .filter((m) => m.key === key)
            .map((m) => ({
              getKey: () => m.key,
              getValue: () => m.value,
              getLocation: () => ({ getColumn: () => (m.column === null ? null : { getColumn: () => m.column! }) }),
              remove: () => void (this.metadata = this.metadata.filter((other) => other !== m)),
            })),
      }),
    };
  }
  /** What a user sees: the value, or the formula's text. */
  valueAt(row: number, column: number): unknown {
    const cell = this.cells[row - 1]?.[column - 1];
    return cell ? (cell.formula ?? cell.value) : "";
  }
}

class FakeRange implements SheetsRange {
  constructor(
    private readonly sheet: FakeSheet,
    readonly row: number,
    readonly column: number,
    readonly rows: number,
    readonly columns: number,
    private readonly wholeColumn: boolean,
  ) {}
  private grid<T>(read: (cell: FakeCell) => T): T[][] {
    return Array.from({ length: this.rows }, (_, r) => Array.from({ length: this.columns }, (_, c) => read(this.sheet.cell(this.row + r, this.column + c))));
  }
  private write<T>(name: string, values: T[][], apply: (cell: FakeCell, value: T) => void): this {
    this.sheet.book.count(name);
    if (values.length !== this.rows || values.some((row) => row.length !== this.columns)) {
      throw new Error(
        `The number of rows or columns in the data does not match the range (${values.length}×${values[0]?.length} for ${this.rows}×${this.columns}).`,
      );
    }
    values.forEach((row, r) => row.forEach((value, c) => apply(this.sheet.cell(this.row + r, this.column + c), value)));
    return this;
  }
  getValues(): unknown[][] {
    this.sheet.book.count("getValues");
    return this.grid((c) => c.value);
  }
  setValues(values: unknown[][]): SheetsRange {
    // Sheets refuses the whole call, writing nothing, when one value is too long.
    if (values.some((row) => row.some((v) => typeof v === "string" && v.replace(/^'/, "").length > MAX_CELL_CHARACTERS))) {
      throw new Error("Your input contains more than the maximum of 50000 characters in a single cell.");
    }
    return this.write("setValues", values, (cell, value) => Object.assign(cell, typed(value)));
  }
  getBackgrounds(): string[][] {
    this.sheet.book.count("getBackgrounds");
    return this.grid((c) => c.background);
  }
  setBackgrounds(colors: string[][]): SheetsRange {
    return this.write("setBackgrounds", colors, (cell, color) => (cell.background = color ?? WHITE));
  }
  getNotes(): string[][] {
    this.sheet.book.count("getNotes");
    return this.grid((c) => c.note);
  }
  setNotes(notes: string[][]): SheetsRange {
    return this.write("setNotes", notes, (cell, note) => (cell.note = note ?? ""));
  }
  setNumberFormat(format: string): SheetsRange {
    for (const row of this.grid((c) => c)) for (const cell of row) cell.numberFormat = format;
    return this;
  }
  setFontWeight(weight: "bold" | "normal" | null): SheetsRange {
    for (const row of this.grid((c) => c)) for (const cell of row) cell.bold = weight === "bold";
    return this;
  }
  copyTo(destination: SheetsRange): void {
    this.sheet.book.count("Range.copyTo");
    const to = destination as FakeRange;
    this.grid((c) => c).forEach((row, r) => row.forEach((cell, c) => Object.assign(to.sheet.cell(to.row + r, to.column + c), { ...cell })));
  }
  addDeveloperMetadata(key: string, value: string): SheetsRange {
    if (!this.wholeColumn) throw new Error("Adding developer metadata to arbitrary ranges is not currently supported.");
    this.sheet.metadata.push({ key, value, column: this.column });
    return this;
  }
}

/** What Sheets stores for a value written by setValues. */
function typed(value: unknown): Pick<FakeCell, "value" | "formula"> {
  if (typeof value !== "string") return { value: value ?? "", formula: undefined };
  if (value.startsWith("'")) return { value: value.slice(1), formula: undefined };
  if (value.startsWith("=")) return { value: "", formula: value };
  if (/^[+-]?\d+(\.\d+)?$/.test(value.trim())) return { value: Number(value), formula: undefined };
  return { value, formula: undefined };
}

function lettersToColumn(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

export class FakeSpreadsheet implements SheetsSpreadsheet {
  sheets: FakeSheet[] = [];
  readonly calls = new Map<string, number>();
  /** Make a call fail (by name), to test the rollback. */
  failOn?: (call: string) => boolean;
  private nextId = 1;
  active: FakeSheet | null = null;
  /** A simulated clock (ms): every call to Sheets costs `callCost`, as round trips to Google's servers do. */
  now = Date.UTC(2026, 11, 1, 9, 0, 0);
  callCost = 0;

  /** Count a call, move the clock on, and fail it when the test asked for that. */
  count(name: string): void {
    this.calls.set(name, (this.calls.get(name) ?? 0) + 1);
    this.now += this.callCost;
    if (this.failOn?.(name)) throw new Error(`fake Sheets failure in ${name}`);
  }

  getActiveSheet(): SheetsSheet {
    return this.active ?? this.sheets[0]!;
  }
  getSheetByName(name: string): FakeSheet | null {
    return this.sheets.find((s) => s.getName() === name) ?? null;
  }
  getSheets(): FakeSheet[] {
    return [...this.sheets];
  }
  insertSheet(name: string): FakeSheet {
    if (this.getSheetByName(name)) throw new Error(`A sheet with the name "${name}" already exists.`);
    const sheet = new FakeSheet(name, this, this.nextId++);
    this.sheets.push(sheet);
    // As in Sheets, the inserted sheet becomes the active one.
    this.active = sheet;
    return sheet;
  }
  deleteSheet(sheet: SheetsSheet): void {
    this.sheets = this.sheets.filter((s) => s !== sheet);
    if (this.active === sheet) this.active = null;
  }
  getSpreadsheetLocale(): string {
    return "fr_FR";
  }
  /** A sheet filled with values as Sheets' getValues would give them. */
  static withSheet(name: string, rows: unknown[][]): FakeSpreadsheet {
    const book = new FakeSpreadsheet();
    const sheet = book.insertSheet(name);
    rows.forEach((row, r) => row.forEach((value, c) => (sheet.cell(r + 1, c + 1).value = value ?? "")));
    book.active = sheet;
    return book;
  }
}

/** PropertiesService.getDocumentProperties() as the add-on uses it: strings by key, 9 KB a value. */
export class FakeProperties {
  readonly values = new Map<string, string>();
  getProperty(key: string): string | null {
    return this.values.get(key) ?? null;
  }
  setProperty(key: string, value: string): FakeProperties {
    if (value.length > 9 * 1024) throw new Error("Argument too large: value");
    this.values.set(key, value);
    return this;
  }
  deleteProperty(key: string): FakeProperties {
    this.values.delete(key);
    return this;
  }
}
