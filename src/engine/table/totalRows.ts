import { cellText, isEmptyCell, type CellValue } from "./cellValue";
import type { TableRow } from "./table";
import { foldKey } from "../text/fold";
import { parseNumber } from "./parseNumber";

/**
 * Rows people type under their customers: "Total", "TOTAL GÉNÉRAL", "Sous-total" beside the
 * sums, or the sums alone. They are not customers: no job flags, fills or scores them.
 * Only the last rows are looked at, bottom up, and a row counts when every other filled cell
 * is a number: a customer named "Total Énergies" keeps their address, phone or e-mail.
 */

/** A label that says the row adds up the others (case and accents ignored). */
const TOTAL_LABEL = /^(sous ?)?(total|totaux)\b|^grand total\b|^sum\b|^subtotal\b|^somme\b|^montant total\b/;
/** At most this many total rows under a table ("Sous-total", "TVA", "Total général"). */
const MOST = 3;

/** A row's cell, by index into rows and column. */
type CellAt = (row: number, column: number) => CellValue;

/**
 * Indices (into rows) of the total rows at the bottom of the table, in order. `cellAt` reads a
 * cell without making its row (rows made from columns, tableColumns.ts): a sum is checked
 * against every row above.
 */
export function trailingTotalRows(rows: readonly TableRow[], cellAt: CellAt = (row, column) => rows[row]!.cells[column] ?? null): number[] {
  const found: number[] = [];
  for (let i = rows.length - 1; i >= 0 && found.length < MOST && i >= 2; i--) {
    if (!isTotalRow(rows, i, cellAt)) break;
    found.unshift(i);
  }
  return found;
}

function isTotalRow(rows: readonly TableRow[], index: number, cellAt: CellAt): boolean {
  const cells = rows[index]!.cells;
  const filled = cells.map((cell, column) => ({ cell, column })).filter(({ cell }) => !isEmptyCell(cell));
  if (filled.length === 0) return false;
  // A CSV's sums are text ("8579.16"): a text that reads as a number counts as one where it is
  // the sum of its column above, so that a phone typed beside "Total Énergies" stays text.
  // A customer row has two words that are no number at all: refused before any sum is made.
  const words = filled.filter(({ cell }) => typeof cell !== "number" && parseNumber(cell) === null);
  if (words.length > 1) return false;
  const label = words[0];
  if (label !== undefined && !TOTAL_LABEL.test(foldKey(cellText(label.cell)))) return false;
  // Beside a label, numbers typed as numbers count as they are (a "TVA" line is no sum);
  // sums alone must each be the total of their column.
  return filled.every(
    (entry) => entry === label || (label !== undefined && typeof entry.cell === "number") || isColumnSum(cellAt, index, entry.column, parseNumber(entry.cell)),
  );
}

function isColumnSum(cellAt: CellAt, index: number, column: number, value: number | null): boolean {
  if (value === null) return false;
  let sum = 0;
  let count = 0;
  for (let i = 0; i < index; i++) {
    const cell = parseNumber(cellAt(i, column));
    if (cell !== null) {
      sum += cell;
      count++;
    }
  }
  return count >= 2 && Math.abs(sum - value) <= 0.005 * Math.abs(sum) + 0.01;
}
