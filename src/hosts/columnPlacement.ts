import type { AddedColumn } from "../engine/plan";

/**
 * Where each added column goes, in 1-based sheet columns, before anything is written.
 * A key Tria already wrote (found in the metadata) is updated where it stands; a new one is
 * inserted right after its source column, in Plan order, or appended after the last column
 * when inserting would shift formula references (ExcelJS does not rewrite formulas).
 */
export interface Placement {
  /** Insertions to make, as [before which original column, how many], right to left. */
  readonly insertions: readonly { readonly at: number; readonly count: number }[];
  /** Final 1-based column of every added column key. */
  readonly columnOfKey: ReadonlyMap<string, number>;
  /** Where an original column (1-based) ends up once the insertions are made. */
  readonly shift: (column: number) => number;
}

export function placeColumns(
  added: readonly AddedColumn[],
  existingColumnOfKey: ReadonlyMap<string, number>,
  lastColumn: number,
  appendAtEnd: boolean,
): Placement {
  const fresh = added.filter((column) => !existingColumnOfKey.has(column.key));
  const countAfter = new Map<number, string[]>();
  for (const column of fresh) {
    // Table column i is sheet column i + 1; "after it" is before column i + 2.
    const at = appendAtEnd || column.after === null ? lastColumn + 1 : column.after + 2;
    countAfter.set(at, [...(countAfter.get(at) ?? []), column.key]);
  }
  const points = [...countAfter.keys()].sort((a, b) => a - b);
  const shift = (column: number): number => {
    let moved = column;
    for (const at of points) if (at <= column) moved += countAfter.get(at)!.length;
    return moved;
  };
  const columnOfKey = new Map<string, number>();
  for (const [key, column] of existingColumnOfKey) columnOfKey.set(key, shift(column));
  for (const at of points) {
    // Columns inserted at the same point stand side by side, starting where the point moved to.
    const start = shift(at) - countAfter.get(at)!.length;
    countAfter.get(at)!.forEach((key, offset) => columnOfKey.set(key, start + offset));
  }
  const insertions = points.map((at) => ({ at, count: countAfter.get(at)!.length })).reverse();
  return { insertions, columnOfKey, shift };
}
