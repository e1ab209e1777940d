import Papa from "papaparse";
import { asCellError, type CellValue } from "../../engine/table/cellValue";
import type { RawSheet } from "../../engine/table/table";
import { decodeText, type TextEncodingName } from "./decodeText";
import { parseCsvText } from "./parseCsvText";
import type { ProgressListener } from "../host";

export interface CsvSheet {
  readonly sheet: RawSheet;
  readonly delimiter: string;
  readonly encoding: TextEncodingName;
}

/** The delimiters people's tools write: French Excel ";", English Excel ",", tabs, pipes. */
const DELIMITERS = [";", ",", "\t", "|"];

/**
 * A .csv/.txt file as one sheet named after the file. Cells stay text, as typed: the engine
 * parses numbers and dates, so "00123" or "06 12 34 56 78" are never mangled here.
 * "#N/A" and other Excel error texts become error cells; empty fields become null.
 */
export function readCsv(bytes: Uint8Array, sheetName: string, onProgress?: ProgressListener): CsvSheet {
  const { text, encoding } = decodeText(bytes);
  const delimiter = guessDelimiter(text);
  const rows: CellValue[][] = [];
  parseCsvText(text, delimiter, (fields, end) => {
    // The fields' own array becomes the row: one array per row, not two.
    const cells: CellValue[] = fields;
    for (let i = 0; i < fields.length; i++) cells[i] = toCell(fields[i]!);
    rows.push(cells);
    // A progress bar moves on a 150 MB file without a call per row.
    if (onProgress && (rows.length & 0xffff) === 0) onProgress({ phase: "read", done: end, total: text.length });
  });
  onProgress?.({ phase: "read", done: text.length, total: text.length });
  // A final line break yields one empty row; it is not the user's data.
  while (rows.length > 0 && rows[rows.length - 1]!.every((cell) => cell === null)) rows.pop();
  return { sheet: { name: sheetName, rows }, delimiter, encoding };
}

function toCell(field: string): CellValue {
  if (field === "") return null;
  // trim() only for fields that start or end with white space: most fields do not.
  const text = isSpace(field.charCodeAt(0)) || isSpace(field.charCodeAt(field.length - 1)) ? field.trim() : field;
  if (text === "") return null;
  // Excel error texts all start with "#".
  return text.charCodeAt(0) === 35 ? (asCellError(field) ?? field) : field;
}

function isSpace(code: number): boolean {
  return code <= 32 || code === 0xa0 || code === 0x202f || code === 0x2007 || (code >= 0x2000 && code <= 0x200a) || code === 0x3000 || code === 0xfeff || code === 0x1680 || code === 0x2028 || code === 0x2029 || code === 0x205f;
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
    const { data } = Papa.parse<string[]>(sample, { delimiter, preview: 50, skipEmptyLines: true });
    const counts = data.map((row) => row.length).filter((n) => n > 1);
    if (counts.length === 0) continue;
    const mode = modeOf(counts);
    const agreeing = counts.filter((n) => n === mode).length;
    const score = agreeing * Math.log2(mode + 1);
    if (score > best.score) best = { delimiter, score };
  }
  return best.delimiter;
}

function modeOf(values: readonly number[]): number {
  const tally = new Map<number, number>();
  for (const v of values) tally.set(v, (tally.get(v) ?? 0) + 1);
  let mode = values[0]!;
  for (const [value, count] of tally) if (count > tally.get(mode)! || (count === tally.get(mode)! && value > mode)) mode = value;
  return mode;
}
