import Papa from "papaparse";
import { asCellError, type CellValue } from "../../engine/table/cellValue";
import type { RawSheet } from "../../engine/table/table";
import { decodeText, fromLatin1, Windows1252Fields, type TextEncodingName } from "./decodeText";
import { parseCsvText } from "./parseCsvText";
import type { ProgressListener } from "../host";
import { TriaError } from "../../engine/errors";
import { resplitOtherDelimiters, unclosedQuoteLine, type OtherDelimiterRow, type RowShapes } from "./csvDamage";
import { SheetColumnsBuilder } from "../../engine/table/sheetColumns";
import { sheetRowsView } from "../../engine/table/sheetRowsView";

export interface CsvSheet {
  readonly sheet: RawSheet;
  readonly delimiter: string;
  readonly encoding: TextEncodingName;
  /** Rows written with another delimiter than the file's (two exports pasted together), read with their own. */
  readonly otherDelimiterRows: readonly OtherDelimiterRow[];
}

/** The delimiters people's tools write: French Excel ";", English Excel ",", tabs, pipes. */
const DELIMITERS = [";", ",", "\t", "|"];
/**
 * Columns aligned with runs of spaces, no delimiter at all (CDNOW_master.txt, mainframe and
 * statistics exports): " 00004 0001 19970101  2   29.33".
 */
export const SPACES = " ";

/**
 * A .csv/.txt file as one sheet named after the file. Cells stay text, as typed: the engine
 * parses numbers and dates, so "00123" or "06 12 34 56 78" are never mangled here.
 * "#N/A" and other Excel error texts become error cells; empty fields become null.
 * The cells go into columns as each line is split (SheetColumns: no array per row, no string
 * per cell, nothing kept of the file's text). With `columnar` (the CLI) the sheet's rows are a
 * view of those columns (sheetRowsView); without, rows are made from them once, as arrays.
 */
export function readCsv(bytes: Uint8Array, sheetName: string, onProgress?: ProgressListener, fileName = sheetName, columnar = false): CsvSheet {
  const read = readCsvColumns(bytes, onProgress, fileName);
  const view = sheetRowsView(read.columns);
  const rows = columnar ? view : Array.from(view);
  return { sheet: { name: sheetName, rows }, delimiter: read.delimiter, encoding: read.encoding, otherDelimiterRows: read.otherDelimiterRows };
}

function readCsvColumns(bytes: Uint8Array, onProgress: ProgressListener | undefined, fileName: string) {
  // One byte a character for Windows-1252 files, their € and ’ put right field by field.
  const { text, encoding } = decodeText(bytes, { windows1252AsLatin1: true });
  const latin1 = encoding === "windows-1252";
  const delimiter = guessDelimiter(text);
  const columns = new SheetColumnsBuilder();
  const shapes: RowShapes = { widths: new Map(), oneField: [] };
  if (delimiter === SPACES) {
    for (const row of spaceSeparatedRows(latin1 ? fromLatin1(text) : text)) columns.push(row);
    return { columns: columns.finish(), delimiter, encoding, otherDelimiterRows: [] };
  }
  // About one row a line break: the columns are made at their length once (a quoted field's
  // line breaks only leave room that finish() gives back).
  columns.reserve(lineBreaks(text) + 1);
  const windows1252 = new Windows1252Fields(text, latin1);
  let firstWidth = -1;
  let quoteError = false;
  parseCsvText(text, delimiter, (fields, end) => {
    // A row wider or narrower than the first, with a line break inside a field, is the sign of a
    // quote never closed that swallowed the lines after it (checked below, with its line).
    windows1252.fixRow(fields, end);
    if (firstWidth < 0) firstWidth = fields.length;
    else quoteError ||= fields.length !== firstWidth && fields.some((field) => field.includes("\n") || field.includes("\r"));
    // The fields' own array becomes the cells, copied into the columns and dropped.
    const cells: CellValue[] = fields;
    for (let i = 0; i < fields.length; i++) cells[i] = toCell(fields[i]!);
    noteShape(shapes, columns.rowCount, cells);
    columns.push(cells);
    // A progress bar moves on a 150 MB file, and on a 50,000-row one, without a call per row.
    if (onProgress && (columns.rowCount & 0x1fff) === 0) onProgress({ phase: "read", done: end, total: text.length });
  });
  onProgress?.({ phase: "read", done: text.length, total: text.length });
  // A quote opened and never closed would swallow every later line into one cell: refuse, naming the line.
  const brokenLine = quoteError ? unclosedQuoteLine(text, delimiter) : null;
  if (brokenLine !== null) throw new TriaError("csvUnclosedQuote", { file: fileName, line: brokenLine });
  // A final line break yields one empty row; it is not the user's data.
  let rows = columns.rowCount;
  while (rows > 0 && columns.isNullRow(rows - 1)) {
    const width = columns.rowLength(--rows);
    if (width > 1) shapes.widths.set(width, shapes.widths.get(width)! - 1);
  }
  columns.truncate(rows);
  const otherDelimiterRows = resplitOtherDelimiters(shapes, delimiter, DELIMITERS, toCell, (row, cells) => columns.replace(row, cells));
  return { columns: columns.finish(), delimiter, encoding, otherDelimiterRows };
}

/** "\n" in the text, or "\r" when it has none (old Mac files): about its number of lines. */
function lineBreaks(text: string): number {
  let count = 0;
  for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) count++;
  if (count > 0) return count;
  for (let at = text.indexOf("\r"); at >= 0; at = text.indexOf("\r", at + 1)) count++;
  return count;
}

/** A row's field count, and its text when it is one field: what resplitOtherDelimiters needs, without the rows. */
function noteShape(shapes: RowShapes, row: number, cells: readonly CellValue[]): void {
  if (cells.length > 1) shapes.widths.set(cells.length, (shapes.widths.get(cells.length) ?? 0) + 1);
  else if (cells.length === 1 && typeof cells[0] === "string") shapes.oneField.push([row, cells[0]]);
}

export function toCell(field: string): CellValue {
  if (field === "") return null;
  // trim() only for fields that start or end with white space: most fields do not.
  const text = isSpace(field.charCodeAt(0)) || isSpace(field.charCodeAt(field.length - 1)) ? field.trim() : field;
  if (text === "") return null;
  // Excel error texts all start with "#".
  return text.charCodeAt(0) === 35 ? (asCellError(field) ?? field) : field;
}

function isSpace(code: number): boolean {
  return (
    code <= 32 ||
    code === 0xa0 ||
    code === 0x202f ||
    code === 0x2007 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x3000 ||
    code === 0xfeff ||
    code === 0x1680 ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x205f
  );
}

/**
 * Papa's own guess counts delimiters over the first lines; it is thrown off by a title line
 * ("Export du 12/03/2024, clients") above a ";" table. We pick the delimiter that gives the
 * most lines with the same, highest field count over the first 50 lines, quotes respected.
 */
export function guessDelimiter(text: string): string {
  const sample = text.slice(0, 64 * 1024);
  let best = { delimiter: DELIMITERS[0]!, score: -1 };
  for (const delimiter of DELIMITERS) {
    const { data, errors } = Papa.parse<string[]>(sample, { delimiter, preview: 50, skipEmptyLines: true });
    let score = agreementScore(data);
    // A quote never closed swallows the sample's later lines: judge this delimiter on the lines as typed too.
    if (errors.some((error) => error.type === "Quotes")) {
      score = Math.max(score, agreementScore(Papa.parse<string[]>(sample, { delimiter, preview: 50, skipEmptyLines: true, quoteChar: "\u0000" }).data));
    }
    if (score > best.score) best = { delimiter, score };
  }
  if (best.score < 0 && spaceSeparated(sample)) return SPACES;
  return best.delimiter;
}

/**
 * A file no delimiter splits, whose lines all split on spaces into the same 3 or more fields,
 * mostly numbers: a table aligned with spaces. A list of names ("Jean Dupont") is not one.
 */
function spaceSeparated(sample: string): boolean {
  const lines = sample
    .split(/\r?\n/)
    .slice(0, 50)
    .filter((line) => line.trim() !== "");
  if (lines.length < 2) return false;
  const fields = lines.map((line) => line.trim().split(/[ \t]+/));
  const mode = modeOf(fields.map((f) => f.length));
  const agreeing = fields.filter((f) => f.length === mode);
  const numeric = agreeing.flat().filter((field) => /^[-+]?\d+(?:[.,]\d+)?$/.test(field)).length;
  return mode >= 3 && agreeing.length >= 0.9 * lines.length && numeric >= 0.5 * agreeing.length * mode;
}

function spaceSeparatedRows(text: string): CellValue[][] {
  const rows: CellValue[][] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === "") continue;
    rows.push(
      line
        .trim()
        .split(/[ \t]+/)
        .map(toCell),
    );
  }
  return rows;
}

/** Lines agreeing on the most common field count, weighted by that count; -1 when no line splits. */
function agreementScore(data: readonly string[][]): number {
  const counts = data.map((row) => row.length).filter((n) => n > 1);
  if (counts.length === 0) return -1;
  const mode = modeOf(counts);
  return counts.filter((n) => n === mode).length * Math.log2(mode + 1);
}

function modeOf(values: readonly number[]): number {
  const tally = new Map<number, number>();
  for (const v of values) tally.set(v, (tally.get(v) ?? 0) + 1);
  let mode = values[0]!;
  for (const [value, count] of tally) if (count > tally.get(mode)! || (count === tally.get(mode)! && value > mode)) mode = value;
  return mode;
}
