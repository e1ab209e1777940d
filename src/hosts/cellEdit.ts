/** A suggestion to write into the user's own cell, found by sheet row and column header. */
export interface CellEdit {
  readonly row: number;
  readonly column: string;
  readonly value: string;
}
