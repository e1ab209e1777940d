import { FLAG_KINDS, FLAG_SEVERITY, type FlagKind } from "../engine/legend";
import type { Report, ReportFlag } from "../engine/report";

export interface FlagCount {
  readonly kind: FlagKind;
  readonly count: number;
}

/** Counts per kind in legend order, kinds with none left out. */
export function flagCounts(report: Report): FlagCount[] {
  return FLAG_KINDS.map((kind) => ({ kind, count: report.counts.flags[kind] ?? 0 })).filter((entry) => entry.count > 0);
}

/**
 * The issues worth a click: cell flags, the most serious first, then by row. Volatile flags are
 * left out — they mark whole columns ("re-check regularly"), not a mistake in a cell.
 */
export function issueList(report: Report, kind: FlagKind | "all" = "all", limit = 200): ReportFlag[] {
  return report.flags
    .filter((flag) => flag.kind !== "volatile" && (kind === "all" || flag.kind === kind))
    .sort(issueOrder)
    .slice(0, limit);
}

/** The most serious first, then by row (the web page's worker sends flags so: sorting them again costs nothing). */
export function issueOrder(a: Pick<ReportFlag, "kind" | "row">, b: Pick<ReportFlag, "kind" | "row">): number {
  return FLAG_SEVERITY[b.kind] - FLAG_SEVERITY[a.kind] || a.row - b.row;
}

/** Flags of a kind that carry a suggestion: what "apply all of this kind" would write. */
export function suggestionsOfKind(report: Report, kind: FlagKind): ReportFlag[] {
  return report.flags.filter((flag) => flag.kind === kind && flag.suggestion !== undefined);
}

/** One flag's identity across renders: its cell and kind. */
export function flagKey(flag: Pick<ReportFlag, "row" | "column" | "kind">): string {
  return `${flag.row}\u0000${flag.column}\u0000${flag.kind}`;
}

/** The columns flagged as volatile (re-check regularly): a note on each column, not cell alerts. */
export function volatileColumns(report: Pick<Report, "columnFlags">): string[] {
  return [...new Set(report.columnFlags.filter((flag) => flag.kind === "volatile").map((flag) => flag.column))];
}

/** Counts per kind of the cells to look at: volatile is a column note, so it is not counted here. */
export function cellFlagCounts(report: Report): FlagCount[] {
  return flagCounts(report).filter((entry) => entry.kind !== "volatile");
}
