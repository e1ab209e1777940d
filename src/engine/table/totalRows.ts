import { cellText, isEmptyCell, type CellValue } from "./cellValue";
import type { TableRow } from "./table";
import { foldKey } from "../text/fold";

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

/** Indices (into rows) of the total rows at the bottom of the table, in order. */
export function trailingTotalRows(rows: readonly TableRow[]): number[] {
  const found: number[] = [];
  for (let i = rows.length - 1; i >= 0 && found.length < MOST && i >= 2; i--) {
    if (!isTotalRow(rows, i)) break;
    found.unshift(i);
  }
  return found;
}

function isTotalRow(rows: readonly TableRow[], index: number): boolean {
  const cells = rows[index]!.cells;
  const filled = cells.map((cell, column) => ({ cell, column })).filter(({ cell }) => !isEmptyCell(cell));
  if (filled.length === 0) return false;
  const texts = filled.filter(({ cell }) => typeof cell !== "number");
  const numbers = filled.filter(({ cell }) => typeof cell === "number");
  if (texts.length === 1 && TOTAL_LABEL.test(foldKey(cellText(texts[0]!.cell)))) return true;
  // Sums alone: every number is the total of its column above.
  return texts.length === 0 && numbers.length > 0 && numbers.every(({ cell, column }) => isColumnSum(rows, index, column, cell as number));
}

function isColumnSum(rows: readonly TableRow[], index: number, column: number, value: number): boolean {
  let sum = 0;
  let count = 0;
  for (let i = 0; i < index; i++) {
    const cell: CellValue = rows[i]!.cells[column] ?? null;
    if (typeof cell === "number") {
      sum += cell;
      count++;
    }
  }
  return count >= 2 && Math.abs(sum - value) <= 0.005 * Math.abs(sum) + 0.01;
}
