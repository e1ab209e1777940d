import type { Host } from "../hosts/host";
import { buildReport } from "../engine/buildReport";
import { inspectTable, withDataKinds } from "../engine/inspect";
import { complyTable } from "../engine/privacy/complyTable";
import type { ColumnRole } from "../engine/table/columnRole";
import { finishJob, type JobControl, type JobOutcome } from "./jobOutcome";
import { readTable, type ReadTableOptions } from "./readTable";

export interface RunComplyOptions extends ReadTableOptions, JobControl {
  readonly today: Date;
  readonly roleOverrides?: Readonly<Record<number, ColumnRole>>;
}

/** The Conformité job: read the sheet, check it against GDPR and the CNIL's rules, flag, report. */
export async function runComply(host: Host, options: RunComplyOptions): Promise<JobOutcome> {
  const table = await readTable(host, options);
  const total = table.rows.length;
  const columns = inspectTable(table, options.lang, options.roleOverrides, options.dataKinds);
  options.onProgress?.({ phase: "comply", done: 0, total });
  const plan = withDataKinds(complyTable(table, columns, { today: options.today, lang: options.lang }).plan, columns);
  options.onProgress?.({ phase: "comply", done: total, total });
  await finishJob(host, plan, options);
  return { plan, report: buildReport(plan, columns) };
}
