import type { CellFlag, ColumnRef } from "../engine/plan";
import { FLAG_SEVERITY, FLAG_STYLES, type FlagKind } from "../engine/legend";
import type { Placement } from "./columnPlacement";

/*
 * What every host does with a Plan's flags before it paints them: gather the flags of each cell
 * (a cell can be a typo and incomplete), find the cell's final column once columns are inserted,
 * and pick its look from the one legend. The xlsx and Excel hosts both use these.
 */

/** One flagged cell, in final 1-based sheet coordinates, with every flag it carries. */
export interface FlaggedCell {
  readonly row: number;
  readonly column: number;
  readonly kinds: FlagKind[];
  /** Tria's note text: one line per flag, with the suggestion when there is one. */
  readonly note: string;
}

/** The look of a cell, as the legend gives it: the same rule as the xlsx host's styleCell. */
export interface Look {
  readonly fill: string | null;
  readonly border: string | null;
  /** Present only for a dashed border (privacy); solid otherwise. */
  readonly borderStyle?: "dashed";
}

export function flaggedCells(flags: readonly CellFlag[], placement: Placement): FlaggedCell[] {
  const byCell = new Map<string, { row: number; column: number; kinds: FlagKind[]; notes: string[] }>();
  for (const flag of flags) {
    const column = resolveColumn(flag.column, placement);
    const id = `${flag.row}:${column}`;
    const entry = byCell.get(id) ?? { row: flag.row, column, kinds: [], notes: [] };
    entry.kinds.push(flag.kind);
    entry.notes.push(flag.suggestion ? `${flag.message} → ${flag.suggestion}` : flag.message);
    byCell.set(id, entry);
  }
  return [...byCell.values()].map(({ notes, ...cell }) => ({ ...cell, note: notes.join("\n") }));
}

export function resolveColumn(ref: ColumnRef, placement: Placement): number {
  if ("source" in ref) return placement.shift(ref.source + 1);
  const column = placement.columnOfKey.get(ref.added);
  if (column === undefined) throw new Error(`Plan flags a column it does not add: ${ref.added}`);
  return column;
}

/** The fill and the border of the most serious kinds that have one (privacy's dashed border over incomplete's red). */
export function lookOf(kinds: readonly FlagKind[]): Look {
  const mostSerious = (has: (kind: FlagKind) => boolean) => [...kinds].filter(has).sort((a, b) => FLAG_SEVERITY[b] - FLAG_SEVERITY[a])[0];
  const fillKind = mostSerious((k) => FLAG_STYLES[k].fill !== null);
  const borderKind = mostSerious((k) => FLAG_STYLES[k].border !== null);
  const dashed = borderKind !== undefined && FLAG_STYLES[borderKind].borderStyle === "dashed";
  return {
    fill: fillKind ? FLAG_STYLES[fillKind].fill : null,
    border: borderKind ? FLAG_STYLES[borderKind].border : null,
    ...(dashed ? { borderStyle: "dashed" as const } : {}),
  };
}
