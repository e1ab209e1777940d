import type { Host } from "../hosts/host";
import type { Plan } from "../engine/plan";
import type { Phase } from "../engine/progress";
import type { ReportColumn } from "../engine/report";
import type { Table } from "../engine/table/table";
import type { ColumnRole } from "../engine/table/columnRole";
import { buildReport } from "../engine/buildReport";
import { inspectTable, withDataKinds } from "../engine/inspect";
import { finishJob, type JobControl, type JobOutcome } from "./jobOutcome";
import { readTable, type ReadTableOptions } from "./readTable";

/** What every job on one table takes: where to read, the user's roles, and the three controls. */
export interface TableJobOptions extends ReadTableOptions, JobControl {
  /** Roles the user chose, by column index: they win over detection. */
  readonly roleOverrides?: Readonly<Record<number, ColumnRole>>;
}

/**
 * The shape of the jobs that read one table and write one Plan (comply, segment, calls): read
 * the sheet, find its columns, make the Plan, show progress, apply when asked, report.
 * `makePlan` is the job's own work, pure engine.
 */
export async function runTableJob(
  host: Host,
  options: TableJobOptions,
  phase: Phase,
  makePlan: (table: Table, columns: readonly ReportColumn[]) => Plan,
): Promise<JobOutcome> {
  const table = await readTable(host, options);
  const total = table.rows.length;
  const columns = inspectTable(table, options.lang, options.roleOverrides, options.dataKinds);
  options.onProgress?.({ phase, done: 0, total });
  const plan = withDataKinds(makePlan(table, columns), columns);
  options.onProgress?.({ phase, done: total, total });
  await finishJob(host, plan, options);
  return { plan, report: buildReport(plan, columns, table.ownColumns) };
}
