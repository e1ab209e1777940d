import Papa from "papaparse";
import type { CellValue } from "../../engine/table/cellValue";

/*
 * Two kinds of damage found in real CSV files, reported with their line instead of being
 * merged silently: a quote opened and never closed, and lines written with another delimiter.
 */

/**
 * The line where a quoted field opens and never closes, or null. A quote opens a field only
 * at its start (RFC 4180); inside, "" is a quote character and a line break is part of the value.
 */
export function unclosedQuoteLine(text: string, delimiter: string): number | null {
  let line = 1;
  let openedOn = 0;
  let inQuotes = false;
  let fieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (inQuotes) {
      if (char === '"') {
        if (text[i + 1] === '"') i++;
        else inQuotes = false;
      } else if (char === "\n") line++;
      continue;
    }
    if (char === '"' && fieldStart) {
      inQuotes = true;
      openedOn = line;
      fieldStart = false;
    } else if (char === "\n") {
      line++;
      fieldStart = true;
    } else if (char === delimiter) fieldStart = true;
    else if (char !== "\r") fieldStart = false;
  }
  return inQuotes ? openedOn : null;
}

export interface OtherDelimiterRow {
  /** 1-based row of the file (the header line is row 1). */
  readonly row: number;
  readonly delimiter: string;
}

/**
 * A line read as one field (no delimiter of the file in it) while the table has several, and which another delimiter splits
 * into exactly the table's width ("C003,Paul VINCENT,…" in a ";" file), is re-read with its
 * own delimiter, in place. Returns the rows re-read, for a warning.
 */
export function resplitOtherDelimiters(
  rows: CellValue[][],
  delimiter: string,
  delimiters: readonly string[],
  toCell: (field: string) => CellValue,
): OtherDelimiterRow[] {
  const width = commonWidth(rows);
  if (width < 2) return [];
  const found: OtherDelimiterRow[] = [];
  rows.forEach((row, index) => {
    // Only a line with no delimiter of the file at all: "1 234,50 €;" is a ";" row with an empty cell.
    if (row.length !== 1 || typeof row[0] !== "string") return;
    for (const other of delimiters) {
      if (other === delimiter || !row[0].includes(other)) continue;
      const fields = Papa.parse<string[]>(row[0], { delimiter: other }).data[0] ?? [];
      if (fields.length !== width) continue;
      rows[index] = fields.map(toCell);
      found.push({ row: index + 1, delimiter: other });
      return;
    }
  });
  return found;
}

/** The number of fields most rows have. */
function commonWidth(rows: readonly CellValue[][]): number {
  const tally = new Map<number, number>();
  for (const row of rows) if (row.length > 1) tally.set(row.length, (tally.get(row.length) ?? 0) + 1);
  let best = 0;
  for (const [width, count] of tally) if (count > (tally.get(best) ?? 0)) best = width;
  return best;
}
