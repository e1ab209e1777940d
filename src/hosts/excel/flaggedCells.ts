import { lookOf, type FlaggedCell, type Look } from "../planCells";
import { columnRunAddress } from "./a1";

export { flaggedCells, lookOf, resolveColumn, type FlaggedCell, type Look } from "../planCells";

/**
 * Cells grouped by look, each group as A1 addresses where consecutive rows of one column
 * become one run ("C2:C9000"): a column flagged "volatile" on every row is one address.
 */
export function addressesByLook(cells: readonly FlaggedCell[]): Map<string, { look: Look; addresses: string[] }> {
  const groups = new Map<string, { look: Look; cells: FlaggedCell[] }>();
  for (const cell of cells) {
    const look = lookOf(cell.kinds);
    const key = `${look.fill ?? "-"}|${look.border ?? "-"}|${look.borderStyle ?? "solid"}`;
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
export function notedCells(
  cells: readonly FlaggedCell[],
  headerNotes: readonly { row: number; column: number; note: string }[],
): { row: number; column: number; note: string }[] {
  const byCell = new Map<string, { row: number; column: number; note: string }>();
  for (const cell of [...headerNotes, ...cells]) {
    const id = `${cell.row}:${cell.column}`;
    const seen = byCell.get(id);
    byCell.set(id, seen ? { ...seen, note: `${seen.note}\n${cell.note}` } : { row: cell.row, column: cell.column, note: cell.note });
  }
  return [...byCell.values()];
}
