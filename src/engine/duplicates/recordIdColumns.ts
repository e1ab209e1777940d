import { cellText, isEmptyCell } from "../table/cellValue";
import type { DetectedColumn } from "../table/detectRoles";
import type { Table } from "../table/table";
import { tableColumn } from "../table/tableColumns";

/** One token holding a digit: rec-1496-org, C0042, 000123 (not a sentence, not a bare word). */
const CODE = /^\S*\d\S*$/;
/** A code with a letter: an "other" column of numbers all different is a measure, not an id. */
const LETTER = /\p{L}/u;

/**
 * The columns that only name their row: Febrl's rec_id (rec-1496-org, rec-1496-dup-0), an
 * export's record number. Every filled value is a code and no two rows share one, so no pair can
 * ever agree on it: comparing it would only add "different" evidence to every pair and an "other
 * columns" line to every explanation. The duplicate finder leaves them out. An identifier that
 * duplicates share (Febrl's soc_sec_id, a customer number) repeats, and is still compared.
 */
export function recordIdColumns(table: Table, detected: readonly DetectedColumn[]): Set<number> {
  const ids = new Set<number>();
  for (const column of detected) {
    if (column.source === "tria" || (column.role !== "id" && column.role !== "other")) continue;
    if (isRecordId(table, column.index, column.role === "other")) ids.add(column.index);
  }
  return ids;
}

function isRecordId(table: Table, index: number, needsLetter: boolean): boolean {
  const seen = new Set<string>();
  let letters = false;
  const cells = tableColumn(table, index);
  for (let i = 0; i < cells.length; i++) {
    const cell = cells.get(i);
    if (isEmptyCell(cell)) continue;
    const text = cellText(cell).trim();
    if (!CODE.test(text) || seen.has(text)) return false;
    seen.add(text);
    letters ||= LETTER.test(text);
  }
  // Half the rows at least: a column filled on a few rows says little either way.
  return seen.size >= 2 && seen.size * 2 >= table.rows.length && (letters || !needsLetter);
}
