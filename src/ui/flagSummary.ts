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
    .slice()
    .sort((a, b) => FLAG_SEVERITY[b.kind] - FLAG_SEVERITY[a.kind] || a.row - b.row)
    .slice(0, limit);
}

/** Flags of a kind that carry a suggestion: what "apply all of this kind" would write. */
export function suggestionsOfKind(report: Report, kind: FlagKind): ReportFlag[] {
  return report.flags.filter((flag) => flag.kind === kind && flag.suggestion !== undefined);
}
