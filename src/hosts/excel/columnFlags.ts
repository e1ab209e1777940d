import { columnFlagRows, type Plan } from "../../engine/plan";
import type { Placement } from "../columnPlacement";
import { columnRunAddress } from "./a1";
import { lookOf, resolveColumn, type Look } from "./flaggedCells";

/**
 * Plan.columnFlags in Excel terms, with the xlsx host's semantics (workbook/applyPlan.ts
 * writeColumnFlags): every data row of the column that holds a value takes the flag's look, in
 * one range per run of rows (empty cells and rows the Plan skips stay untouched, so a gap splits
 * the address), and the reason is
 * a note on the header cell only. A million-row "volatile" column is one address, not a million.
 */
export interface ColumnFlagLook {
  readonly column: number;
  readonly look: Look;
  /** "C2:C100001", or a few runs when the Plan skips rows. */
  readonly addresses: string[];
}

/** Runs of consecutive row numbers, from rows in any order: [[2, 9], [11, 40]]. */
export function rowRuns(rows: readonly number[]): [number, number][] {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const row of sorted) {
    const last = runs[runs.length - 1];
    if (last && row === last[1] + 1) last[1] = row;
    else runs.push([row, row]);
  }
  return runs;
}

/** One entry per column flag, in Plan order (a later flag on the same column paints over). */
export function columnFlagLooks(plan: Plan, placement: Placement): ColumnFlagLook[] {
  const flags = plan.columnFlags ?? [];
  if (flags.length === 0) return [];
  return flags.map((flag) => {
    const column = resolveColumn(flag.column, placement);
    const runs = rowRuns(columnFlagRows(plan, flag));
    return { column, look: lookOf([flag.kind]), addresses: runs.map(([first, last]) => columnRunAddress(column, first, last)) };
  });
}

/** The header cells that explain column flags: one note per column, its flags' messages joined. */
export function columnFlagNotes(plan: Plan, placement: Placement): { row: number; column: number; note: string }[] {
  const byColumn = new Map<number, string[]>();
  for (const flag of plan.columnFlags ?? []) {
    const column = resolveColumn(flag.column, placement);
    byColumn.set(column, [...(byColumn.get(column) ?? []), flag.message]);
  }
  const row = Math.max(1, plan.headerRow);
  return [...byColumn].map(([column, messages]) => ({ row, column, note: messages.join("\n") }));
}
