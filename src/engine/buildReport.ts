import { FLAG_KINDS, type FlagKind } from "./legend";
import { columnFlagRows, type ColumnRef, type Plan } from "./plan";
import { REPORT_VERSION, type Report, type ReportColumn, type ReportFlag } from "./report";

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * The JSON report of a run (DESIGN.md §5), from the Plan the engine made and the columns it
 * saw. Flags name their column by header so that the report reads without the sheet.
 */
export function buildReport(plan: Plan, columns: readonly ReportColumn[], ownColumns?: ReadonlyMap<number, string>): Report {
  // Headers looked up once per column, not once per flag (a million-row file has hundreds of thousands).
  const sourceHeaders = new Map<number, string>();
  for (const column of columns) if (!sourceHeaders.has(column.index)) sourceHeaders.set(column.index, column.header);
  const addedHeaders = new Map<string, string>();
  for (const added of plan.addedColumns) if (!addedHeaders.has(added.key)) addedHeaders.set(added.key, added.header);
  const sourceHeader = (index: number): string => sourceHeaders.get(index) ?? `#${index}`;
  const addedHeader = (key: string): string => addedHeaders.get(key) ?? key;
  const headerOf = (ref: ColumnRef): string => ("source" in ref ? sourceHeader(ref.source) : addedHeader(ref.added));
  const flags = plan.flags.map((flag) => {
    // Keys in the report's order: row, column, columnIndex, kind, message, suggestion, suggestionColumn.
    const entry = { row: flag.row, column: headerOf(flag.column) } as Mutable<ReportFlag>;
    if ("source" in flag.column) entry.columnIndex = flag.column.source;
    entry.kind = flag.kind;
    entry.message = flag.message;
    if (flag.suggestion !== undefined) entry.suggestion = flag.suggestion;
    if (flag.suggestionColumn !== undefined) entry.suggestionColumn = addedHeader(flag.suggestionColumn);
    return entry as ReportFlag;
  });
  const columnFlags = (plan.columnFlags ?? []).map((flag) => ({
    column: headerOf(flag.column),
    kind: flag.kind,
    message: flag.message,
    rows: columnFlagRows(plan, flag).length,
  }));
  const tally = new Map<FlagKind, number>();
  for (const flag of plan.flags) tally.set(flag.kind, (tally.get(flag.kind) ?? 0) + 1);
  for (const flag of columnFlags) tally.set(flag.kind, (tally.get(flag.kind) ?? 0) + flag.rows);
  const flagCounts: Partial<Record<FlagKind, number>> = {};
  for (const kind of FLAG_KINDS) if (tally.has(kind)) flagCounts[kind] = tally.get(kind)!;
  const duplicates = plan.extras.duplicates ?? [];
  return {
    reportVersion: REPORT_VERSION,
    job: plan.job,
    sheet: plan.sheet,
    headerRow: plan.headerRow,
    ...(plan.headerAdded ? { headerAdded: true } : {}),
    ...(plan.otherSheets ? { otherSheets: plan.otherSheets } : {}),
    // The user's columns only: Tria's own, from an earlier run, are not what the job read.
    columns: ownColumns ? columns.filter((column) => !ownColumns.has(column.index)) : columns,
    flags,
    columnFlags,
    splits: plan.extras.splits ?? [],
    duplicates,
    ...(plan.extras.duplicateModel ? { duplicateModel: plan.extras.duplicateModel } : {}),
    scores: plan.extras.scores ?? [],
    ...(plan.extras.heat ? { heat: plan.extras.heat } : {}),
    ...(plan.extras.privacy ? { privacy: plan.extras.privacy } : {}),
    ...(plan.extras.segment ? { segment: plan.extras.segment } : {}),
    ...(plan.extras.segments ? { segments: plan.extras.segments } : {}),
    ...(plan.extras.campaign ? { campaign: plan.extras.campaign } : {}),
    ...(plan.extras.calls ? { calls: plan.extras.calls } : {}),
    ...(plan.extras.predictions ? { predictions: plan.extras.predictions } : {}),
    ...(plan.leftOutRows?.length ? { leftOutRows: plan.leftOutRows.map(({ rowNumber, reason }) => ({ row: rowNumber, reason })) } : {}),
    counts: {
      rows: plan.rows.length,
      flags: flagCounts,
      duplicateRows: duplicates.reduce((sum, cluster) => sum + cluster.rows.length - 1, 0),
    },
  };
}
