import type { Host } from "../hosts/host";
import { segmentTable, type SegmentRequest } from "../engine/segments/segmentTable";
import type { TrapRequest } from "../engine/method/trapRecords";
import type { JobOutcome } from "./jobOutcome";
import { runTableJob, type TableJobOptions } from "./runTableJob";

export interface RunSegmentOptions extends TableJobOptions {
  readonly segments: readonly SegmentRequest[];
  /** Copy each segment's rows to a sheet of its own. */
  readonly copy?: boolean;
  /** Trap records to plant in each copy, at addresses the user owns. */
  readonly traps?: TrapRequest;
}

/** The segment job: read the sheet, test each row against each condition, write yes/no columns (`segment`, `segments`). */
export function runSegment(host: Host, options: RunSegmentOptions): Promise<JobOutcome> {
  return runTableJob(host, options, "segment", (table, columns) =>
    segmentTable(table, columns, options.segments, { lang: options.lang, copy: options.copy === true, ...(options.traps ? { traps: options.traps } : {}) }),
  );
}
