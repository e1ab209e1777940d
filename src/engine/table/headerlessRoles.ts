import type { ColumnRole } from "./columnRole";
import { cellText, type CellValue } from "./cellValue";
import { parseDate } from "./parseDate";
import type { Table } from "./table";

/**
 * A file without a header row (CDNOW_master.txt: "00004 0001 19970101 2 29.33") gives the
 * values alone, and a date or an amount cannot name its role by its values. One shape is
 * common enough to be read anyway: a purchase list, that is a column of dates, a code column
 * left of it whose codes repeat (the customer), and a column of amounts with cents. Found,
 * those three get customerId, orderDate and amount; anything else is left as detected.
 */

const SAMPLE = 500;
const MOSTLY = 0.9;

export interface HeaderlessGuess {
  readonly index: number;
  readonly role: ColumnRole;
}

/**
 * No header row, one Tria added (RawSheet.headerAdded), or the names Tria wrote there on an
 * earlier run (« Colonne A »…, "Column A"…, Tria's own columns aside): the headers say nothing.
 */
function namesNothing(table: Table): boolean {
  if (table.headerRow === 0 || table.headerAdded === true) return true;
  return table.headers.every((header, index) => table.ownColumns?.has(index) === true || GENERATED.test(header));
}

const GENERATED = /^(Colonne|Column) [A-Z]{1,3}$/;

/** The purchase-list roles of a headerless table, or none when it does not have that shape. */
export function headerlessPurchaseRoles(table: Table, taken: (index: number) => boolean): HeaderlessGuess[] {
  if (!namesNothing(table) || table.rows.length < 2) return [];
  const sample = table.rows.slice(0, SAMPLE);
  const values = (index: number): CellValue[] => sample.map((row) => row.cells[index] ?? null).filter((cell) => cell !== null && cell !== "");
  const width = table.headers.length;
  const share = (index: number, test: (cell: CellValue) => boolean): number => {
    const cells = values(index);
    return cells.length === 0 ? 0 : cells.filter(test).length / cells.length;
  };
  const free = (index: number) => !taken(index);
  const date = range(width).find((i) => free(i) && share(i, (cell) => typeof cell !== "number" && parseDate(cell) !== null) >= MOSTLY);
  if (date === undefined) return [];
  const customer = range(date).find((i) => free(i) && share(i, isCode) >= MOSTLY && repeats(values(i)));
  const amount = range(width)
    .reverse()
    .find((i) => free(i) && i !== date && i !== customer && share(i, isAmount) >= MOSTLY && share(i, hasCents) >= 0.3);
  if (customer === undefined || amount === undefined) return [];
  return [
    { index: customer, role: "customerId" },
    { index: date, role: "orderDate" },
    { index: amount, role: "amount" },
  ];
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

/** Digits or letters and digits, no decimal part: "00004", "C001". */
function isCode(cell: CellValue): boolean {
  return /^[A-Za-z]{0,3}\d+$/.test(cellText(cell).trim());
}

function isAmount(cell: CellValue): boolean {
  return typeof cell === "number" || /^-?\d+(?:[.,]\d{1,2})?$/.test(cellText(cell).trim());
}

function hasCents(cell: CellValue): boolean {
  return /[.,]\d{1,2}$/.test(cellText(cell).trim()) || (typeof cell === "number" && !Number.isInteger(cell));
}

/** A customer appears on several purchases. */
function repeats(cells: readonly CellValue[]): boolean {
  return new Set(cells.map(cellText)).size < cells.length;
}
