import Papa from "papaparse";
import { asCellError, type CellValue } from "../../engine/table/cellValue";
import type { RawSheet } from "../../engine/table/table";
import { decodeText, type TextEncodingName } from "./decodeText";
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
  // Parsed in chunks so a progress bar can move on a 150 MB file; Papa calls back synchronously.
  // @types/papaparse allows `chunk` for files only; Papa's string streamer honours it as well.
  const chunked = {
    delimiter,
    skipEmptyLines: false,
    chunkSize: 4 * 1024 * 1024,
    chunk: (results: Papa.ParseResult<string[]>) => {
      for (const fields of results.data) rows.push(fields.map(toCell));
      onProgress?.({ phase: "read", done: results.meta.cursor, total: text.length });
    },
  } as Papa.ParseConfig<string[]>;
  Papa.parse<string[]>(text, chunked);
  // Papa yields one empty row for the final line break; it is not the user's data.
  while (rows.length > 0 && rows[rows.length - 1]!.every((cell) => cell === null)) rows.pop();
  return { sheet: { name: sheetName, rows }, delimiter, encoding };
}

function toCell(field: string): CellValue {
  if (field.trim() === "") return null;
  return asCellError(field) ?? field;
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
