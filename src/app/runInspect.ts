import type { Host } from "../hosts/host";
import type { ColumnRole } from "../engine/table/columnRole";
import { buildReport } from "../engine/buildReport";
import { emptyPlan } from "../engine/plan";
import { inspectTable } from "../engine/inspect";
import type { JobOutcome } from "./jobOutcome";
import { readTable, type ReadTableOptions } from "./readTable";

export interface InspectOptions extends ReadTableOptions {
  /** Roles the user chose in the taskpane, by column index; they win over detection. */
  readonly roleOverrides?: Readonly<Record<number, ColumnRole>>;
  readonly signal?: AbortSignal;
}

/** The inspect job: read the sheet, detect its columns, report. It writes nothing: its Plan is empty. */
export async function runInspect(host: Host, options: InspectOptions): Promise<JobOutcome> {
  const table = await readTable(host, options);
  options.onProgress?.({ phase: "detect", done: 0, total: table.rows.length });
  const columns = inspectTable(table, options.lang, options.roleOverrides, options.dataKinds);
  options.onProgress?.({ phase: "detect", done: table.rows.length, total: table.rows.length });
  options.signal?.throwIfAborted();
  const plan = emptyPlan("inspect", table);
  return { plan, report: buildReport(plan, columns, table.ownColumns) };
}
