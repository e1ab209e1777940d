import type { CellFlag, Plan } from "../engine/plan";
import type { ReportColumn, ReportFlag } from "../engine/report";

import { userColumnOf, type CellEdit } from "../hosts/cellEdit";

export type { CellEdit };

export interface SuggestionWrites {
  /** The Plan with the suggestions put into Tria's columns; null when none went there. */
  readonly plan: Plan | null;
  /** Suggestions for columns Tria made no column for: they go into the source cell. */
  readonly edits: readonly CellEdit[];
}

/**
 * Where "apply this suggestion" writes, by sheet position (flags' columnIndex), never by header
 * text: headers repeat. A fix of one part of the cell (an address's postal code) goes into the
 * column Tria wrote for that part, and nowhere else. A fix of the whole cell goes into Tria's
 * corrected column for that source ("E-mail (corrigé)") when the job made one: re-applying the
 * Plan updates Tria's own column by key, and the user's cell stays as typed. Otherwise (a
 * phone cell holding two numbers) into the source cell itself — the host keeps the cell's old
 * value first, so "Undo" brings it back.
 */
export function applySuggestions(plan: Plan, columns: readonly ReportColumn[], flags: readonly ReportFlag[]): SuggestionWrites {
  const added = plan.addedColumns.map((column) => ({ ...column, values: [...column.values] }));
  const rowIndex = new Map(plan.rows.map((row, index) => [row, index]));
  const planFlags = flagsByCell(plan.flags);
  const userIndexes = columns.map((column) => column.index);
  const edits: CellEdit[] = [];
  let changed = false;
  for (const flag of flags) {
    const index = rowIndex.get(flag.row);
    const source = flag.columnIndex;
    if (flag.suggestion === undefined || index === undefined || source === undefined) continue;
    const planned = planFlags.get(`${flag.row}:${source}`)?.find((f) => f.suggestion === flag.suggestion);
    if (!planned) continue;
    const target =
      planned.suggestionColumn !== undefined
        ? added.find((column) => column.key === planned.suggestionColumn)
        : added.find((column) => column.after === source && column.key.endsWith("/corrected"));
    if (target) {
      target.values[index] = flag.suggestion;
      changed = true;
    } else if (planned.suggestionColumn === undefined) {
      edits.push({ row: flag.row, userColumn: userColumnOf(source, userIndexes), header: flag.column, value: flag.suggestion });
    }
  }
  return { plan: changed ? { ...plan, addedColumns: added } : null, edits };
}

/** The Plan's flags on source cells, by "row:column". */
function flagsByCell(flags: readonly CellFlag[]): Map<string, CellFlag[]> {
  const out = new Map<string, CellFlag[]>();
  for (const flag of flags) {
    if (!("source" in flag.column)) continue;
    const key = `${flag.row}:${flag.column.source}`;
    const list = out.get(key);
    if (list) list.push(flag);
    else out.set(key, [flag]);
  }
  return out;
}
