import type { Plan } from "../engine/plan";
import type { ReportFlag } from "../engine/report";

import type { CellEdit } from "../hosts/cellEdit";

export type { CellEdit };

export interface SuggestionWrites {
  /** The Plan with the suggestions put into Tria's corrected columns; null when none had one. */
  readonly plan: Plan | null;
  /** Suggestions for columns Tria made no corrected column for: they go into the source cell. */
  readonly edits: readonly CellEdit[];
}

/**
 * Where "apply this suggestion" writes. Into Tria's corrected column for that source column
 * ("E-mail (corrigé)") when the job made one: re-applying the Plan updates Tria's own column by
 * key, and the user's cell stays as typed. Otherwise (a phone cell holding two numbers) into the
 * source cell itself — the host keeps the cell's old value first, so "Undo" brings it back.
 */
export function applySuggestions(plan: Plan, headers: readonly string[], flags: readonly ReportFlag[]): SuggestionWrites {
  const columns = plan.addedColumns.map((column) => ({ ...column, values: [...column.values] }));
  const rowIndex = new Map(plan.rows.map((row, index) => [row, index]));
  const edits: CellEdit[] = [];
  let changed = false;
  for (const flag of flags) {
    const index = rowIndex.get(flag.row);
    const source = headers.indexOf(flag.column);
    if (flag.suggestion === undefined || index === undefined || source < 0) continue;
    const corrected = columns.find((column) => column.after === source && column.key.endsWith("/corrected"));
    if (corrected) {
      corrected.values[index] = flag.suggestion;
      changed = true;
    } else {
      edits.push({ row: flag.row, column: flag.column, value: flag.suggestion });
    }
  }
  return { plan: changed ? { ...plan, addedColumns: columns } : null, edits };
}
