import type { CellValue } from "../table/cellValue";
import type { Lang } from "../i18n/lang";
import type { Trap } from "./trapRecords";
import { trapText } from "./trapMessages";

/** The traps planted in one sheet (an export, a segment's copy). */
export interface PlantedTraps {
  /** The sheet they are in; left out when there is only the one export. */
  readonly sheet?: string;
  readonly traps: readonly Trap[];
}

/**
 * The PRIVATE list of the traps planted: a title saying so, then for each trap the sheet it is
 * in (segment copies), its row there (header = row 1), which owned address it uses (its row in
 * the user's list, header excluded), and its cells under the export's headers. Kept apart from
 * what is sent, so whoever receives the file cannot tell the traps from real customers.
 */
export function trapListRows(lang: Lang, title: string, headers: readonly string[], planted: readonly PlantedTraps[]): CellValue[][] {
  const bySheet = planted.some((group) => group.sheet !== undefined);
  return [
    [title],
    [],
    [...(bySheet ? [trapText(lang, "sheet"), trapText(lang, "sheetRow")] : [trapText(lang, "position")]), trapText(lang, "owned"), ...headers],
    ...planted.flatMap((group) => group.traps.map((trap) => [...(bySheet ? [group.sheet ?? ""] : []), trap.position + 2, trap.owned + 1, ...trap.cells])),
  ];
}
