import type { Host } from "../hosts/host";
import type { ColumnRole } from "../engine/table/columnRole";
import { buildReport } from "../engine/buildReport";
import { inspectTable } from "../engine/inspect";
import { detectRoles } from "../engine/table/detectRoles";
import { findDuplicates, type DuplicateOptions, type DuplicateResult } from "../engine/duplicates/findDuplicates";
import { dedupePlan } from "../engine/duplicates/dedupePlan";
import { mergePlan } from "../engine/duplicates/mergePlan";
import { finishJob, type JobControl, type JobOutcome } from "./jobOutcome";
import { readTable, type ReadTableOptions } from "./readTable";

export interface DedupeOptions extends ReadTableOptions, Omit<DuplicateOptions, "onProgress">, JobControl {
  readonly roleOverrides?: Readonly<Record<number, ColumnRole>>;
  /** Sees how much work the search did (pairs compared), for the CLI's summary line. */
  readonly onStats?: (stats: DuplicateResult["stats"]) => void;
}

/** The dedupe job: read, find the duplicates, plan the columns and flags, apply if asked. */
export async function runDedupe(host: Host, options: DedupeOptions): Promise<JobOutcome> {
  return runDuplicateJob(host, options, false);
}

/** Shared by dedupe and merge: the same finding; merge adds the "Merged customers" sheet. */
export async function runDuplicateJob(host: Host, options: DedupeOptions, merge: boolean): Promise<JobOutcome> {
  const table = await readTable(host, options);
  options.signal?.throwIfAborted();
  const detected = detectRoles(table, options.roleOverrides);
  const result = findDuplicates(table, detected, {
    ...(options.threshold === undefined ? {} : { threshold: options.threshold }),
    ...(options.fields === undefined ? {} : { fields: options.fields }),
    ...(options.rules === undefined ? {} : { rules: options.rules }),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  options.onStats?.(result.stats);
  const plan = merge ? mergePlan(table, result, options.lang) : dedupePlan(table, result, options.lang);
  await finishJob(host, plan, options);
  const report = buildReport(plan, inspectTable(table, options.lang, options.roleOverrides, options.dataKinds), table.ownColumns);
  return { plan, report };
}
