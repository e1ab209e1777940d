import type { Host } from "../hosts/host";
import type { Table } from "../engine/table/table";
import type { Report } from "../engine/report";
import { buildReport } from "../engine/buildReport";
import type { Plan } from "../engine/plan";
import { inspectTable, withDataKinds } from "../engine/inspect";
import { scoreTable } from "../engine/scoring/scoreTable";
import type { ScoreOptions } from "../engine/scoring/scoreOptions";
import { readTable, type ReadTableOptions } from "./readTable";

export interface RunScoreOptions extends ReadTableOptions, ScoreOptions {
  readonly signal?: AbortSignal;
  /** Sees the Plan before it is applied (the CLI adds the summary's native chart from it). */
  readonly onPlan?: (plan: Plan) => void;
  /** False when only the report is wanted (the CLI's `--report` without `-o`): nothing is written to the host. */
  readonly write?: boolean;
  /**
   * Sheet rows left out of the scoring: when Score follows Structure, the rows Structure found
   * to be duplicates of another, so that a customer entered twice counts once (its survivor).
   */
  readonly skipRows?: ReadonlySet<number>;
}

/** The Score job: read the sheet, find its columns, score, apply the Plan, report. */
export async function runScore(host: Host, options: RunScoreOptions): Promise<Report> {
  const read = await readTable(host, options);
  const skip = options.skipRows;
  const table = skip && skip.size > 0 ? { ...read, rows: read.rows.filter((row) => !skip.has(row.rowNumber)) } : read;
  const total = table.rows.length;
  options.onProgress?.({ phase: "detect", done: 0, total });
  options.onProgress?.({ phase: "score", done: 0, total });
  const { plan, report } = scorePlan(table, options);
  options.onProgress?.({ phase: "score", done: total, total });
  options.onPlan?.(plan);
  options.signal?.throwIfAborted();
  if (options.write !== false) await host.apply(plan, { lang: options.lang, ...(options.onProgress ? { onProgress: options.onProgress } : {}), ...(options.signal ? { signal: options.signal } : {}) });
  return report;
}

/** The Score job's work on a table already read, for hosts that cannot await (Apps Script). */
export function scorePlan(table: Table, options: Omit<RunScoreOptions, "onPlan" | "signal">): { plan: Plan; report: Report } {
  const columns = inspectTable(table, options.lang, options.roleOverrides, options.dataKinds);
  const plan = withDataKinds(scoreTable(table, columns, options, options.lang).plan, columns);
  return { plan, report: buildReport(plan, columns, table.ownColumns) };
}
