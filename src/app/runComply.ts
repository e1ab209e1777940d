import type { Host } from "../hosts/host";
import { buildReport } from "../engine/buildReport";
import { inspectTable, withDataKinds } from "../engine/inspect";
import { complyTable } from "../engine/privacy/complyTable";
import { purgedSheet } from "../engine/privacy/purgedSheet";
import type { ColumnRole } from "../engine/table/columnRole";
import { finishJob, type JobControl, type JobOutcome } from "./jobOutcome";
import { readTable, type ReadTableOptions } from "./readTable";

export interface RunComplyOptions extends ReadTableOptions, JobControl {
  readonly today: Date;
  readonly roleOverrides?: Readonly<Record<number, ColumnRole>>;
  /** Also write a new sheet without the expired rows (the taskpane's purge; the CLI writes a new file). */
  readonly purgeSheet?: boolean;
}

/** The Conformité job: read the sheet, check it against GDPR and the CNIL's rules, flag, report. */
export async function runComply(host: Host, options: RunComplyOptions): Promise<JobOutcome> {
  const table = await readTable(host, options);
  const total = table.rows.length;
  const columns = inspectTable(table, options.lang, options.roleOverrides, options.dataKinds);
  options.onProgress?.({ phase: "comply", done: 0, total });
  const checked = complyTable(table, columns, { today: options.today, lang: options.lang });
  const purged = options.purgeSheet ? { ...checked.plan, addedSheets: [...checked.plan.addedSheets, purgedSheet(table, checked.privacy, options.lang)] } : checked.plan;
  const plan = withDataKinds(purged, columns);
  options.onProgress?.({ phase: "comply", done: total, total });
  await finishJob(host, plan, options);
  return { plan, report: buildReport(plan, columns) };
}
