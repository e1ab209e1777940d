import type { ColumnRole } from "./columnRole";
import { detectRoles } from "./detectRoles";
import type { RawSheet } from "./table";
import { tableFromSheet } from "./tableFromSheet";

/** A role detected with this confidence or more is a real recognition, not a guess. */
export const RECOGNISED = 0.5;

/** Rows enough to find a header and sniff its columns: a million-row sheet is judged by its top. */
const TOP_ROWS = 200;

/** How many columns were recognised as something a customer file holds (a name, an e-mail, a date of purchase…). */
export function recognisedColumns(columns: readonly { readonly role: ColumnRole; readonly confidence: number }[]): number {
  return columns.filter((column) => column.role !== "other" && column.confidence >= RECOGNISED).length;
}

/**
 * How much a sheet looks like a customer table: its recognised columns, 0 when it has no data
 * row under its header. A read-me sheet ("Lisez-moi": two lines of text) has at most one
 * column and a line or two; a customer list has several recognised columns.
 */
export function customerColumnsIn(sheet: RawSheet): number {
  // Tria's own columns (ownColumns) are not the user's: they do not make a sheet a customer table.
  const table = tableFromSheet({ ...sheet, rows: sheet.rows.slice(0, TOP_ROWS) });
  if (table.rows.length === 0) return 0;
  return recognisedColumns(detectRoles(table));
}
