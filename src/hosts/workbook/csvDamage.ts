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

/** What resplitOtherDelimiters needs of a file's rows, gathered as they are read (no row is kept). */
export interface RowShapes {
  /** Field count → rows with that many, for rows of more than one field, in order of first sight. */
  readonly widths: Map<number, number>;
  /** Rows read as one text field: 0-based row and its text. */
  readonly oneField: [number, string][];
}

/**
 * A line read as one field (no delimiter of the file in it) while the table has several, and which another delimiter splits
 * into exactly the table's width ("C003,Paul VINCENT,…" in a ";" file), is re-read with its
 * own delimiter: `replace` gets its cells. Returns the rows re-read, for a warning.
 */
export function resplitOtherDelimiters(
  shapes: RowShapes,
  delimiter: string,
  delimiters: readonly string[],
  toCell: (field: string) => CellValue,
  replace: (row: number, cells: CellValue[]) => void,
): OtherDelimiterRow[] {
  const width = commonWidth(shapes.widths);
  if (width < 2) return [];
  const found: OtherDelimiterRow[] = [];
  for (const [index, text] of shapes.oneField) {
    // Only a line with no delimiter of the file at all: "1 234,50 €;" is a ";" row with an empty cell.
    for (const other of delimiters) {
      if (other === delimiter || !text.includes(other)) continue;
      const fields = Papa.parse<string[]>(text, { delimiter: other }).data[0] ?? [];
      if (fields.length !== width) continue;
      replace(index, fields.map(toCell));
      found.push({ row: index + 1, delimiter: other });
      break;
    }
  }
  return found;
}

/** The number of fields most rows have. */
function commonWidth(tally: ReadonlyMap<number, number>): number {
  let best = 0;
  for (const [width, count] of tally) if (count > (tally.get(best) ?? 0)) best = width;
  return best;
}
