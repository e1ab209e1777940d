import type { ColumnRole } from "../table/columnRole";
import { cellText, isEmptyCell, type CellValue } from "../table/cellValue";

/** Roles whose value names one customer or one order. */
const ID_ROLES: ReadonlySet<ColumnRole> = new Set(["id", "customerId", "orderId"]);
const DATE_LIKE = /^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}$/;
const IBAN_LIKE = /^[A-Z]{2}\d{2}(?:\s?[A-Z0-9]){10,}$/i;

/** A code rather than a word or an amount: 3 digits in a row, an "@", or a whole number of 5 digits or more. */
function looksLikeCode(cell: CellValue): boolean {
  if (typeof cell === "number") return Number.isInteger(cell) && Math.abs(cell) >= 10_000;
  if (typeof cell !== "string") return false;
  const text = cell.trim();
  return !DATE_LIKE.test(text) && (/\d{3}/.test(text) || text.includes("@"));
}

/**
 * The columns a trap must not copy from a real row because they single out a customer: the id
 * roles, and columns of no known role whose values are codes, nearly all different (a member
 * code "ADH-0042", an IBAN, a web login). `columnValues(i)` gives the column's cells, all rows.
 */
export function identifierColumns(roles: ReadonlyMap<number, ColumnRole>, columnValues: (index: number) => readonly CellValue[]): Set<number> {
  const found = new Set<number>();
  for (const [index, role] of roles) {
    if (ID_ROLES.has(role)) found.add(index);
    if (role !== "other") continue;
    const filled = columnValues(index).filter((cell) => !isEmptyCell(cell));
    if (filled.length < 2) continue;
    const distinct = new Set(filled.map((cell) => cellText(cell))).size;
    const codes = filled.filter(looksLikeCode).length;
    if (distinct >= 0.9 * filled.length && codes >= 0.9 * filled.length) found.add(index);
  }
  return found;
}

/**
 * A fresh identifier shaped like a real one ("C00042" → "C07319"), digits drawn anew, none the
 * file has. Never invented where a made-up value could reach or charge a real person: an
 * e-mail-like login or a bank account stays empty.
 */
export function freshIdentifier(model: CellValue, taken: Set<string>, random: () => number): CellValue {
  if (isEmptyCell(model)) return null;
  const text = cellText(model);
  if (text.includes("@") || IBAN_LIKE.test(text.trim())) return null;
  if (!/\d/.test(text)) return null;
  for (let tries = 0; tries < 100; tries++) {
    // The first digit stays non-zero when it was, so a number keeps its length.
    const id = text.replace(/\d/g, (digit, at: number) =>
      String(at === text.search(/\d/) && digit !== "0" ? 1 + Math.floor(random() * 9) : Math.floor(random() * 10)),
    );
    if (!taken.has(id)) {
      taken.add(id);
      return typeof model === "number" ? Number(id) : id;
    }
  }
  return null;
}
