import { FLAG_KINDS, FLAG_STYLES, type FlagKind } from "../engine/legend";
import type { GridCell } from "../hosts/resultGrid";

/** The flag kind a preview cell's look stands for (its fill, or its border), from the one legend. */
export function cellFlagKind(cell: GridCell): FlagKind | null {
  for (const kind of FLAG_KINDS) {
    const style = FLAG_STYLES[kind];
    if (style.fill && cell.fill === style.fill) return kind;
    if (!style.fill && style.border && cell.border === style.border) return kind;
  }
  return null;
}

/** Column groups: each user column with the columns Tria added right after it. */
export function columnGroups(added: readonly boolean[]): { start: number; size: number }[] {
  const groups: { start: number; size: number }[] = [];
  added.forEach((isAdded, index) => {
    const last = groups.at(-1);
    if (isAdded && last) last.size += 1;
    else groups.push({ start: index, size: 1 });
  });
  return groups;
}
