import type { Host } from "../hosts/host";
import type { ColumnRole } from "../engine/table/columnRole";
import type { Report } from "../engine/report";
import { buildReport } from "../engine/buildReport";
import { emptyPlan } from "../engine/plan";
import { inspectTable } from "../engine/inspect";
import { readTable, type ReadTableOptions } from "./readTable";

export interface InspectOptions extends ReadTableOptions {
  /** Roles the user chose in the taskpane, by column index; they win over detection. */
  readonly roleOverrides?: Readonly<Record<number, ColumnRole>>;
}

/** The inspect job: read the sheet, detect its columns, report. It writes nothing. */
export async function runInspect(host: Host, options: InspectOptions): Promise<Report> {
  const table = await readTable(host, options);
  options.onProgress?.({ phase: "detect", done: 0, total: table.rows.length });
  const columns = inspectTable(table, options.lang, options.roleOverrides, options.dataKinds);
  options.onProgress?.({ phase: "detect", done: table.rows.length, total: table.rows.length });
  return buildReport(emptyPlan("inspect", table), columns, table.ownColumns);
}
