import type { CellFlag, ColumnRef } from "../../engine/plan";
import { FLAG_SEVERITY, FLAG_STYLES, type FlagKind } from "../../engine/legend";
import type { Placement } from "../workbook/columnPlacement";
import { columnRunAddress } from "./a1";

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

/** The fill of the most serious kind that has one; the red border when "incomplete" is among them. */
export function lookOf(kinds: readonly FlagKind[]): Look {
  const fillKind = [...kinds].filter((k) => FLAG_STYLES[k].fill !== null).sort((a, b) => FLAG_SEVERITY[b] - FLAG_SEVERITY[a])[0];
  const borderKind = kinds.find((k) => FLAG_STYLES[k].border !== null);
  return { fill: fillKind ? FLAG_STYLES[fillKind].fill : null, border: borderKind ? FLAG_STYLES[borderKind].border : null };
}

/**
 * Cells grouped by look, each group as A1 addresses where consecutive rows of one column
 * become one run ("C2:C9000"): a column flagged "volatile" on every row is one address.
 */
export function addressesByLook(cells: readonly FlaggedCell[]): Map<string, { look: Look; addresses: string[] }> {
  const groups = new Map<string, { look: Look; cells: FlaggedCell[] }>();
  for (const cell of cells) {
    const look = lookOf(cell.kinds);
    const key = `${look.fill ?? "-"}|${look.border ?? "-"}`;
    const group = groups.get(key) ?? { look, cells: [] };
    group.cells.push(cell);
    groups.set(key, group);
  }
  const out = new Map<string, { look: Look; addresses: string[] }>();
  for (const [key, group] of groups) {
    const sorted = [...group.cells].sort((a, b) => a.column - b.column || a.row - b.row);
    const addresses: string[] = [];
    let start = 0;
    for (let i = 1; i <= sorted.length; i++) {
      const prev = sorted[i - 1]!;
      const cell = sorted[i];
      if (cell && cell.column === prev.column && cell.row === prev.row + 1) continue;
      addresses.push(columnRunAddress(prev.column, sorted[start]!.row, prev.row));
      start = i;
    }
    out.set(key, { look: group.look, addresses });
  }
  return out;
}

/**
 * Every cell that gets a Tria note: flagged cells and the header cells of flagged columns. A
 * cell that is both (a header cell also flagged) gets one note with both texts.
 */
export function notedCells(cells: readonly FlaggedCell[], headerNotes: readonly { row: number; column: number; note: string }[]): { row: number; column: number; note: string }[] {
  const byCell = new Map<string, { row: number; column: number; note: string }>();
  for (const cell of [...headerNotes, ...cells]) {
    const id = `${cell.row}:${cell.column}`;
    const seen = byCell.get(id);
    byCell.set(id, seen ? { ...seen, note: `${seen.note}\n${cell.note}` } : { row: cell.row, column: cell.column, note: cell.note });
  }
  return [...byCell.values()];
}
