import type { Table } from "./table";

/** What a CSV pasted whole into one column looks like: its delimiter and its first line. */
export interface UnsplitCsv {
  readonly delimiter: string;
  readonly firstLine: string;
}

/** Lines looked at: enough to see the pattern, few enough for a million rows. */
const SAMPLE_LINES = 50;
/** Share of the sampled lines that must hold the delimiter as the first line does. */
const AGREEING_SHARE = 0.8;
const DELIMITERS = [";", "\t", "|", ","] as const;

/**
 * A sheet of one column whose lines hold "Nom;Téléphone;E-mail" (a CSV opened or pasted
 * without Text to Columns, or a CSV whose every line was quoted) would run as one column of
 * nonsense: the caller says so instead. The first line and most of the others must hold the
 * delimiter at least twice; for a comma, which addresses and full names hold too, the same
 * number of times as the first line.
 */
export function unsplitCsv(table: Table): UnsplitCsv | null {
  if (table.headers.length !== 1) return null;
  const rows = table.rows
    .slice(0, SAMPLE_LINES)
    .map((row) => row.cells[0])
    .filter((cell): cell is string => typeof cell === "string" && cell.trim() !== "");
  // No header of the file's own (none found, or the empty row 1 a host added): data lines only.
  const header = table.headerRow > 0 && table.headerAdded !== true ? table.headers[0]! : null;
  for (const delimiter of DELIMITERS) {
    // A header's white space was folded to spaces (tableFromSheet): its tabs are gone.
    const lines = header === null || delimiter === "\t" ? rows : [header, ...rows];
    if (lines.length < 2) continue;
    const counts = lines.map((line) => line.split(delimiter).length - 1);
    const expected = counts[0]!;
    if (expected < 2) continue;
    const agreeing = counts.filter((count) => (delimiter === "," ? count === expected : count >= 2)).length;
    if (agreeing >= AGREEING_SHARE * lines.length) return { delimiter, firstLine: header ?? lines[0]! };
  }
  return null;
}
