/**
 * A suggestion to write into the user's own cell, found by sheet position, not by header text:
 * headers repeat (two "Tél." columns) and Tria's own headers can equal the user's ("Ville").
 */
export interface CellEdit {
  /** The sheet's 1-based row. */
  readonly row: number;
  /**
   * The column by its place among the user's own columns, 0 for the first, Tria's columns not
   * counted: Tria inserts its columns between the user's, never reorders them, so this place
   * holds before and after a run. The host finds the sheet column from its metadata.
   */
  readonly userColumn: number;
  /** The column's header, for messages only. */
  readonly header: string;
  readonly value: string;
}

/**
 * The 1-based sheet column of the user's column at `userColumn` (0-based), skipping the
 * columns Tria wrote (1-based, from the host's metadata).
 */
export function sheetColumnOf(userColumn: number, triaColumns: ReadonlySet<number>): number {
  let column = 0;
  for (let seen = -1; seen < userColumn;) {
    column += 1;
    if (!triaColumns.has(column)) seen += 1;
  }
  return column;
}

/**
 * The place among the user's columns of the table column at `index` (0-based), given the
 * indexes of the columns the table read (a report's `columns[].index`, Tria's own left out).
 */
export function userColumnOf(index: number, userIndexes: readonly number[]): number {
  return userIndexes.filter((i) => i < index).length;
}
