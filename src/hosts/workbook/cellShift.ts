/**
 * Where cells go when Tria inserts columns (beside their source) or a row (a header above a
 * file that had none), as Excel's "Insert columns" / "Insert rows" moves them. One shift for
 * both axes, so that merges, rules, tables, formulas, charts and anchors follow either insertion
 * through the same code (shiftSheetFeatures, shiftFormula, carryDrawings).
 */

/** Where an original 1-based column (or row) ends up once the insertions are made. */
export type ColumnShift = (column: number) => number;
export type LineShift = (line: number) => number;

export interface CellShift {
  readonly column?: LineShift;
  readonly row?: LineShift;
}

/** A plain function is a column shift (what column insertion gives). */
export type Shift = ColumnShift | CellShift;

export function asCellShift(shift: Shift): CellShift {
  return typeof shift === "function" ? { column: shift } : shift;
}

/** `count` lines inserted before line `at`: what comes at or after it moves down (or right). */
export function insertedAt(at: number, count: number): LineShift {
  return (line) => (line >= at ? line + count : line);
}

/** First `first`, then `then` (a header row inserted, then columns), on each axis. */
export function thenShift(first: CellShift, then: CellShift): CellShift {
  const compose = (a?: LineShift, b?: LineShift): LineShift | undefined => (a && b ? (n) => b(a(n)) : (a ?? b));
  const column = compose(first.column, then.column);
  const row = compose(first.row, then.row);
  return { ...(column ? { column } : {}), ...(row ? { row } : {}) };
}

/**
 * One end of an A1 reference moved: "G4", "$H$4", "A" (a whole-column range's end), "4" (a
 * whole-row range's end). Dollars are kept: an absolute reference moves too, as in Excel.
 */
export function shiftReferenceEnd(end: string, shift: CellShift): string {
  const match = /^(\$?)([A-Za-z]{1,3})?(\$?)(\d+)?$/.exec(end);
  if (!match || (match[2] === undefined && match[4] === undefined)) return end;
  const [, columnDollar = "", letters, rowDollar = "", digits] = match;
  let column = letters ?? "";
  if (letters !== undefined && shift.column) {
    const number = numberOf(letters);
    const moved = shift.column(number);
    if (moved !== number) column = letterOf(moved);
  }
  let row = digits ?? "";
  if (digits !== undefined && shift.row) row = String(shift.row(Number(digits)));
  return `${columnDollar}${column}${rowDollar}${row}`;
}

/** "A8:C8" → each end moved; a range spanning an insertion point stretches. */
export function shiftRange(range: string, shift: Shift): string {
  const cells = asCellShift(shift);
  return range
    .split(":")
    .map((end) => shiftReferenceEnd(end, cells))
    .join(":");
}

/** "A1:C3 E5" → each range moved. */
export function shiftSqref(sqref: string, shift: Shift): string {
  return sqref
    .split(/\s+/)
    .filter(Boolean)
    .map((range) => shiftRange(range, shift))
    .join(" ");
}

export function numberOf(letters: string): number {
  let n = 0;
  for (const char of letters.toUpperCase()) n = n * 26 + (char.charCodeAt(0) - 64);
  return n;
}

export function letterOf(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
