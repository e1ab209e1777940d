import type { Report, ReportFlag, ReportColumnFlag } from "../../../src/engine/report";
import { FLAG_SEVERITY, FLAG_STYLES, type FlagKind } from "../../../src/engine/legend";
import { cellAt, columnLetters, sheetNamed, type XBook, type XCell, type XSheet, type XValue } from "./readXlsxXml";

/*
 * The check of DESIGN.md §3 on a written file: every cell of the user's sheet looks exactly as
 * the run's report and the legend say. A flagged cell has the legend's fill and border and a
 * note with each flag's message; every other cell keeps the value, fill, border, number format
 * and note it had in the user's file. Tria's own columns carry only their own flags. The file is
 * read by readXlsxXml (the XML itself), the expectations come from the reports and the legend.
 */

/** Tria's part of a note starts with this line (the contract of src/hosts/triaNote.ts). */
export const NOTE_MARKER = "— Tria —";

/** A flag as the report gives it; columnIndex / columnKey place it when headers repeat. */
type Located = Pick<ReportFlag, "column" | "kind" | "message" | "suggestion"> & {
  readonly columnIndex?: number;
  readonly columnKey?: string;
};

export interface Mismatch {
  readonly cell: string;
  readonly part: "value" | "fill" | "border" | "numFmt" | "note" | "layout";
  readonly expected: string;
  readonly actual: string;
}

export interface CheckResult {
  /** The user's data cells checked (data rows × the user's columns). */
  readonly sourceCells: number;
  /** User data cells that differ in at least one part. */
  readonly mismatchedCells: number;
  /** Header cells and Tria's own columns that differ. */
  readonly otherMismatchedCells: number;
  readonly mismatches: readonly Mismatch[];
}

export interface CheckInput {
  /** The user's file before any Tria run (for a rerun: the file before the first run). */
  readonly original: XSheet;
  /** The original's Tria columns (1-based), when the original is itself a Tria output. */
  readonly originalOwnColumns?: ReadonlySet<number>;
  readonly written: XBook;
  readonly sheet: string;
  /** Every job report of the run that wrote the file, in order. */
  readonly reports: readonly Report[];
}

export function checkWrittenWorkbook(given: CheckInput): CheckResult {
  const written = sheetNamed(given.written, given.sheet);
  // A sheet without header row got one above its data: the user's rows are one lower.
  const input = given.reports[0]?.headerAdded === true ? { ...given, original: oneRowLower(given.original) } : given;
  const metadata = triaColumns(input.written, input.sheet);
  const ownColumns = new Set(metadata.values());
  const headerRow = input.reports[0]?.headerRow ?? 1;
  const originalColumns = range(1, input.original.lastColumn).filter((c) => !input.originalOwnColumns?.has(c));
  const writtenColumns = range(1, Math.max(written.lastColumn, ...ownColumns, 0)).filter((c) => !ownColumns.has(c));
  const mismatches: Mismatch[] = [];
  while (writtenColumns.length > originalColumns.length && isBlankColumn(written, writtenColumns.at(-1)!)) writtenColumns.pop();
  if (writtenColumns.length !== originalColumns.length) {
    mismatches.push({ cell: "-", part: "layout", expected: `${originalColumns.length} user columns`, actual: `${writtenColumns.length}` });
  }
  const locate = locator(written, headerRow, writtenColumns, metadata);
  const dataRows = range(headerRow + 1, input.original.lastRow).filter((row) => originalColumns.some((c) => cellAt(input.original, row, c).value !== null));
  const cellFlags = new Map<string, Located[]>();
  const headerNotes = new Map<number, string[]>();
  const add = (row: number, column: number, flag: Located): void => {
    const key = `${row}:${column}`;
    cellFlags.set(key, [...(cellFlags.get(key) ?? []), flag]);
  };
  for (const report of input.reports) {
    for (const flag of report.flags as readonly (ReportFlag & Located)[]) {
      const column = locate(flag);
      if (column === null) mismatches.push({ cell: `row ${flag.row}`, part: "layout", expected: `column "${flag.column}"`, actual: "not found or ambiguous" });
      else add(flag.row, column, flag);
    }
    for (const flag of report.columnFlags as readonly (ReportColumnFlag & Located)[]) {
      const column = locate(flag);
      if (column === null) {
        mismatches.push({ cell: "-", part: "layout", expected: `column "${flag.column}"`, actual: "not found or ambiguous" });
        continue;
      }
      // A column flag covers the cells that hold a value (an empty cell has nothing to flag), and the report counts them.
      const filled = dataRows.filter((row) => !isBlank(cellAt(written, row, column).value));
      for (const row of filled) add(row, column, { ...flag, message: "" });
      if (filled.length !== flag.rows)
        mismatches.push({ cell: "-", part: "layout", expected: `${flag.rows} rows of "${flag.column}"`, actual: `${filled.length} filled` });
      headerNotes.set(column, [...(headerNotes.get(column) ?? []), flag.message]);
    }
  }

  let mismatchedCells = 0;
  let otherMismatchedCells = 0;
  const compare = (row: number, column: number, expected: Expected, isSource: boolean): void => {
    const found = diff(cellAt(written, row, column), expected, `${columnLetters(column)}${row}`);
    if (found.length === 0) return;
    mismatches.push(...found);
    if (isSource) mismatchedCells++;
    else otherMismatchedCells++;
  };
  originalColumns.forEach((originalColumn, index) => {
    const column = writtenColumns[index];
    if (column === undefined) return;
    const header = cellAt(input.original, headerRow, originalColumn);
    // The header row Tria added holds its own names ("Colonne A"…): nothing of the user's to compare.
    if (given.reports[0]?.headerAdded !== true) compare(headerRow, column, { ...header, noteLines: headerNotes.get(column) ?? [] }, false);
    for (let row = headerRow + 1; row <= input.original.lastRow; row++) {
      const source = cellAt(input.original, row, originalColumn);
      compare(row, column, expectedCell(source, cellFlags.get(`${row}:${column}`) ?? []), true);
    }
  });
  for (const column of ownColumns) {
    const plain: XCell = { value: null, formula: null, fill: null, border: null, numFmt: null, note: null };
    for (const row of dataRows)
      compare(row, column, { ...expectedCell(plain, cellFlags.get(`${row}:${column}`) ?? []), value: undefined, numFmt: undefined }, false);
  }
  const sourceCells = originalColumns.length * Math.max(0, input.original.lastRow - headerRow);
  return { sourceCells, mismatchedCells, otherMismatchedCells, mismatches };
}

interface Expected {
  /** undefined: not checked (Tria's own columns hold whatever the job computed). */
  readonly value?: XValue | undefined;
  readonly fill: string | null;
  readonly border: string | null;
  readonly numFmt?: string | null | undefined;
  /** The user's own note, kept before Tria's part. */
  readonly note: string | null;
  /** Tria's lines in the note; none: the note is exactly the user's. */
  readonly noteLines: readonly string[];
}

function expectedCell(source: XCell, flags: readonly Located[]): Expected {
  const kinds = flags.map((flag) => flag.kind);
  const fillKind = [...kinds].filter((k) => FLAG_STYLES[k].fill !== null).sort((a, b) => FLAG_SEVERITY[b] - FLAG_SEVERITY[a])[0];
  const borderKind = [...kinds].filter((k: FlagKind) => FLAG_STYLES[k].border !== null).sort((a, b) => FLAG_SEVERITY[b] - FLAG_SEVERITY[a])[0];
  return {
    value: source.value,
    fill: fillKind ? `solid:${FLAG_STYLES[fillKind].fill}` : source.fill,
    border: borderKind ? ["top", "left", "bottom", "right"].map((side) => `${side}:*:${FLAG_STYLES[borderKind].border}`).join(" ") : source.border,
    numFmt: source.numFmt,
    note: source.note,
    // Column-wide flags are explained once, on the header cell (message ""), not on every cell.
    noteLines: flags.filter((flag) => flag.message !== "").map((flag) => (flag.suggestion ? `${flag.message} → ${flag.suggestion}` : flag.message)),
  };
}

function diff(actual: XCell, expected: Expected, cell: string): Mismatch[] {
  const found: Mismatch[] = [];
  const differ = (part: Mismatch["part"], want: string, got: string): void => {
    if (want !== got) found.push({ cell, part, expected: want, actual: got });
  };
  if (expected.value !== undefined) differ("value", show(expected.value), show(actual.value));
  differ("fill", expected.fill ?? "none", actual.fill ?? "none");
  const border = actual.border ?? "none";
  const wantBorder = expected.border ?? "none";
  // The legend fixes the border's colour, not its thickness: "*" accepts any line style.
  differ("border", wantBorder, wantBorder.includes(":*:") ? border.replace(/:(\w+):/g, ":*:") : border);
  if (expected.numFmt !== undefined) differ("numFmt", expected.numFmt ?? "General", actual.numFmt ?? "General");
  differ("note", noteOf(expected.note, expected.noteLines), canonicalNote(actual.note));
  return found;
}

/** The note a cell should carry: the user's, then Tria's lines (in any order) after the marker. */
function noteOf(users: string | null, lines: readonly string[]): string {
  const own = (users ?? "").split(NOTE_MARKER)[0]!.trimEnd();
  if (lines.length === 0) return own === "" ? "none" : own;
  return [own, NOTE_MARKER, ...[...lines].sort()].filter((part) => part !== "").join("\n");
}

function canonicalNote(note: string | null): string {
  if (note === null || note.trim() === "") return "none";
  const [users, ...rest] = note.split(NOTE_MARKER);
  if (rest.length === 0) return note.trimEnd();
  const lines = rest
    .join(NOTE_MARKER)
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "");
  return [users!.trimEnd(), NOTE_MARKER, ...lines.sort()].filter((part) => part !== "").join("\n");
}

function isBlank(value: XValue): boolean {
  return value === null || (typeof value === "string" && value.trim() === "");
}

function show(value: XValue): string {
  if (value === null || value === "") return "empty";
  if (typeof value === "object") return `error ${value.error}`;
  return `${typeof value} ${String(value)}`;
}

/** Where a report's flag lands in the written sheet: by key, by a header seen once, else by the user's column index. */
function locator(sheet: XSheet, headerRow: number, userColumns: readonly number[], keys: ReadonlyMap<string, number>) {
  const byHeader = new Map<string, number[]>();
  for (let column = 1; column <= sheet.lastColumn; column++) {
    const header = cellAt(sheet, headerRow, column).value;
    const text = header === null ? "" : String(header).replace(/\s+/g, " ").trim();
    byHeader.set(text, [...(byHeader.get(text) ?? []), column]);
  }
  return (flag: Located): number | null => {
    if (flag.columnKey !== undefined) return keys.get(flag.columnKey) ?? null;
    // A header seen once is unambiguous. columnIndex is the column's place in the sheet as the
    // job read it: among the user's columns for the first job, but a later job of `tria run`
    // read Tria's columns too, so it only decides between repeated headers.
    const found = byHeader.get(flag.column) ?? [];
    if (found.length === 1) return found[0]!;
    if (flag.columnIndex !== undefined) return userColumns[flag.columnIndex] ?? null;
    return null;
  };
}

/** Tria's columns of a sheet, by key, from the very hidden "_tria" sheet (its JSON may span column A). */
export function triaColumns(book: XBook, sheet: string): Map<string, number> {
  const metadata = book.sheets.find((s) => s.name === "_tria");
  if (!metadata) return new Map();
  const text = range(1, metadata.lastRow)
    .map((row) => cellAt(metadata, row, 1).value ?? "")
    .join("");
  const parsed = JSON.parse(String(text)) as { columns: { sheet: string; key: string; column: number }[] };
  return new Map(parsed.columns.filter((entry) => entry.sheet === sheet).map((entry) => [entry.key, entry.column]));
}

function isBlankColumn(sheet: XSheet, column: number): boolean {
  for (let row = 1; row <= sheet.lastRow; row++) if (cellAt(sheet, row, column).value !== null) return false;
  return true;
}

function range(from: number, to: number): number[] {
  return to < from ? [] : Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** `sheet` one row lower, under an empty row 1 (where Tria added its header row). */
function oneRowLower(sheet: XSheet): XSheet {
  const cells = new Map<string, XCell>();
  for (const [key, cell] of sheet.cells) {
    const [row, column] = key.split(":").map(Number) as [number, number];
    cells.set(`${row + 1}:${column}`, cell);
  }
  return { ...sheet, cells, lastRow: sheet.lastRow + 1 };
}
