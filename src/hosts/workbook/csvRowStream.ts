import type { CellValue } from "../../engine/table/cellValue";
import type { RawSheet } from "../../engine/table/table";
import { TriaError } from "../../engine/errors";
import { decodeText, Windows1252Fields } from "./decodeText";
import { lineBreakOf, parseCsvText } from "./parseCsvText";
import { guessDelimiter, SPACES, toCell } from "./readCsv";
import { unclosedQuoteLine } from "./csvDamage";
import type { ProgressListener } from "../host";

/** Lines read to find the header and the columns' roles before the whole file is streamed. */
export const SAMPLE_LINES = 5_000;

/**
 * A CSV read for a job that needs each row once and keeps none (Predict sums orders per
 * customer): the first lines as a sheet, to find the header and the columns, then every row
 * handed over as cells and forgotten. A million rows never become a million arrays at once.
 * Cells are read as readCsv reads them (same delimiter guess, decoding and cell texts).
 */
export class CsvRowStream {
  readonly sample: RawSheet;
  private readonly text: string;
  /** Read as one byte a character (decodeText's windows1252AsLatin1): fields are put right as they are split. */
  private readonly latin1: boolean;
  private readonly delimiter: string;
  private readonly parse: (text: string, onRow: (fields: string[], end: number) => void) => void;

  constructor(
    bytes: Uint8Array,
    readonly sheetName: string,
    private readonly fileName = sheetName,
  ) {
    const decoded = decodeText(bytes, { windows1252AsLatin1: true });
    this.text = decoded.text;
    this.latin1 = decoded.encoding === "windows-1252";
    this.delimiter = guessDelimiter(this.text);
    this.parse = splitter(this.delimiter);
    this.sample = { name: sheetName, rows: this.rowsOf(sampleText(this.text, SAMPLE_LINES)) };
  }

  /** Every row, 1-based sheet row numbers; a quote never closed is refused as readCsv does. */
  forEachRow(onRow: (cells: readonly CellValue[], rowNumber: number) => void, onProgress?: ProgressListener): void {
    let rowNumber = 0;
    let width = -1;
    let quoteError = false;
    const total = this.text.length;
    const windows1252 = new Windows1252Fields(this.text, this.latin1);
    this.parse(this.text, (fields, end) => {
      windows1252.fixRow(fields, end);
      rowNumber++;
      if (width < 0) width = fields.length;
      quoteError ||= fields.length !== width && fields.some((field) => field.includes("\n") || field.includes("\r"));
      const cells: CellValue[] = fields;
      for (let i = 0; i < fields.length; i++) cells[i] = toCell(fields[i]!);
      onRow(cells, rowNumber);
      if (onProgress && (rowNumber & 0xffff) === 0) onProgress({ phase: "read", done: end, total });
    });
    onProgress?.({ phase: "read", done: total, total });
    const brokenLine = quoteError ? unclosedQuoteLine(this.text, this.delimiter) : null;
    if (brokenLine !== null) throw new TriaError("csvUnclosedQuote", { file: this.fileName, line: brokenLine });
  }

  private rowsOf(text: string): CellValue[][] {
    const rows: CellValue[][] = [];
    const windows1252 = new Windows1252Fields(text, this.latin1);
    this.parse(text, (fields, end) => {
      windows1252.fixRow(fields, end);
      rows.push(fields.map(toCell));
    });
    while (rows.length > 0 && rows[rows.length - 1]!.every((cell) => cell === null)) rows.pop();
    return rows;
  }
}

/**
 * Fields as readCsv splits them: a table aligned with spaces (CDNOW) on runs of spaces, blank
 * lines skipped; any other text as a CSV. Split on each single space, CDNOW's amounts landed in
 * six different columns depending on their width.
 */
function splitter(delimiter: string): (text: string, onRow: (fields: string[], end: number) => void) => void {
  if (delimiter !== SPACES) return (text, onRow) => parseCsvText(text, delimiter, onRow);
  return (text, onRow) => {
    const newline = lineBreakOf(text);
    let at = 0;
    while (at < text.length) {
      const next = text.indexOf(newline, at);
      const end = next < 0 ? text.length : next;
      const line = text.slice(at, end).trim();
      if (line !== "") onRow(line.split(/[ \t]+/), end);
      at = end + newline.length;
    }
  };
}

/** The text up to its n-th line break (or all of it). */
function sampleText(text: string, lines: number): string {
  const newline = lineBreakOf(text);
  let at = 0;
  for (let i = 0; i < lines; i++) {
    const next = text.indexOf(newline, at);
    if (next < 0) return text;
    at = next + newline.length;
  }
  return text.slice(0, at);
}
