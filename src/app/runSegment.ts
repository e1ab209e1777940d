import type { Host } from "../hosts/host";
import type { ColumnRole } from "../engine/table/columnRole";
import { buildReport } from "../engine/buildReport";
import { inspectTable, withDataKinds } from "../engine/inspect";
import { segmentTable, type SegmentRequest } from "../engine/segments/segmentTable";
import { finishJob, type JobControl, type JobOutcome } from "./jobOutcome";
import { readTable, type ReadTableOptions } from "./readTable";

export interface RunSegmentOptions extends ReadTableOptions, JobControl {
  readonly segments: readonly SegmentRequest[];
  /** Copy each segment's rows to a sheet of its own. */
  readonly copy?: boolean;
  readonly roleOverrides?: Readonly<Record<number, ColumnRole>>;
}

/** The segment job: read the sheet, test each row against each condition, write yes/no columns. */
export async function runSegment(host: Host, options: RunSegmentOptions): Promise<JobOutcome> {
  const table = await readTable(host, options);
  const total = table.rows.length;
  const columns = inspectTable(table, options.lang, options.roleOverrides, options.dataKinds);
  options.onProgress?.({ phase: "segment", done: 0, total });
  const plan = withDataKinds(segmentTable(table, columns, options.segments, { lang: options.lang, copy: options.copy === true }), columns);
  options.onProgress?.({ phase: "segment", done: total, total });
  await finishJob(host, plan, options);
  return { plan, report: buildReport(plan, columns, table.ownColumns) };
}
