import { cellText, isEmptyCell } from "./cellValue";
import { parseDate } from "./parseDate";
import { parseNumber } from "./parseNumber";
import { isEmailLike, phoneKind } from "./sniff/cellPatterns";
import type { TableRow } from "./table";

/**
 * Lines people type under their table: "Note : chiffres au 30/06", "Source : caisse", often
 * merged across the columns. They are not customers: no job reads, flags or fills them.
 * Only the last rows are looked at, bottom up; a row counts when its one filled cell is text
 * (no e-mail, phone, date or number) and it is either merged across columns (mergedRows) or
 * stands after a blank row and reads as a sentence (three words or more, or a colon). A last
 * customer with only a name ("DUPONT Jean") stays a customer.
 */

/** At most this many note lines under a table. */
const MOST = 5;

/** Indices (into rows) of the note rows at the bottom of the table, in order. */
export function trailingNoteRows(rows: readonly TableRow[], mergedRows: ReadonlySet<number> = new Set()): number[] {
  // Bottom up, the block of rows that could be notes: one text cell, merged or reading as a sentence.
  let top = rows.length;
  while (top - 1 >= 1 && rows.length - (top - 1) <= MOST && isNoteLike(rows[top - 1]!, mergedRows)) top--;
  // The notes start at the block's first row set apart from the customers: merged, or after a blank row.
  for (let i = top; i < rows.length; i++) {
    if (mergedRows.has(rows[i]!.rowNumber) || rows[i]!.rowNumber - rows[i - 1]!.rowNumber > 1) return range(i, rows.length);
  }
  return [];
}

function isNoteLike(row: TableRow, mergedRows: ReadonlySet<number>): boolean {
  const text = loneText(row);
  return text !== null && (mergedRows.has(row.rowNumber) || reads(text));
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, k) => from + k);
}

/** The row's one filled cell when it is text that is not itself data, else null. */
function loneText(row: TableRow): string | null {
  const filled = row.cells.filter((cell) => !isEmptyCell(cell));
  if (filled.length !== 1) return null;
  const cell = filled[0]!;
  if (typeof cell !== "string") return null;
  if (isEmailLike(cell) || phoneKind(cell) !== null || parseDate(cell) !== null || parseNumber(cell) !== null) return null;
  return cellText(cell).trim();
}

/** A sentence, not a lone name: three words or more, or a label with a colon ("Source : caisse"). */
function reads(text: string): boolean {
  return text.includes(":") || text.split(/\s+/).length >= 3;
}
