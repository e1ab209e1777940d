import type { Host } from "../hosts/host";
import type { Table } from "../engine/table/table";
import { buildReport } from "../engine/buildReport";
import { inspectTable, withDataKinds } from "../engine/inspect";
import { scoreTable } from "../engine/scoring/scoreTable";
import type { ScoreOptions } from "../engine/scoring/scoreOptions";
import { finishJob, type JobControl, type JobOutcome } from "./jobOutcome";
import { readTable, type ReadTableOptions } from "./readTable";

export interface RunScoreOptions extends ReadTableOptions, ScoreOptions, JobControl {
  /**
   * Sheet rows left out of the scoring: when Score follows Structure, the rows Structure found
   * to be duplicates of another, so that a customer entered twice counts once (its survivor).
   */
  readonly skipRows?: ReadonlySet<number>;
}

/** The Score job: read the sheet, find its columns, score, apply the Plan if asked, report. */
export async function runScore(host: Host, options: RunScoreOptions): Promise<JobOutcome> {
  const read = await readTable(host, options);
  const skip = options.skipRows;
  const table = skip && skip.size > 0 ? { ...read, rows: read.rows.filter((row) => !skip.has(row.rowNumber)) } : read;
  const total = table.rows.length;
  options.onProgress?.({ phase: "detect", done: 0, total });
  options.onProgress?.({ phase: "score", done: 0, total });
  const outcome = scorePlan(table, options);
  options.onProgress?.({ phase: "score", done: total, total });
  await finishJob(host, outcome.plan, options);
  return outcome;
}

/** The Score job's work on a table already read, for hosts that cannot await (Apps Script). */
export function scorePlan(table: Table, options: Omit<RunScoreOptions, keyof JobControl>): JobOutcome {
  const columns = inspectTable(table, options.lang, options.roleOverrides, options.dataKinds);
  const plan = withDataKinds(scoreTable(table, columns, options, options.lang).plan, columns);
  return { plan, report: buildReport(plan, columns, table.ownColumns) };
}
