import type { Host } from "../hosts/host";
import type { ColumnRole } from "../engine/table/columnRole";
import { buildReport } from "../engine/buildReport";
import { inspectTable } from "../engine/inspect";
import { detectRoles } from "../engine/table/detectRoles";
import { findDuplicates, type DuplicateOptions, type DuplicateResult } from "../engine/duplicates/findDuplicates";
import { dedupePlan } from "../engine/duplicates/dedupePlan";
import { mergePlan } from "../engine/duplicates/mergePlan";
import { acceptedClusters } from "../engine/duplicates/acceptedClusters";
import { reviewGroups } from "../engine/duplicates/reviewGroups";
import { finishJob, type JobControl, type JobOutcome } from "./jobOutcome";
import { readTable, type ReadTableOptions } from "./readTable";

export interface DedupeOptions extends ReadTableOptions, Omit<DuplicateOptions, "onProgress">, JobControl {
  readonly roleOverrides?: Readonly<Record<number, ColumnRole>>;
  /** Sees how much work the search did (pairs compared), for the CLI's summary line. */
  readonly onStats?: (stats: DuplicateResult["stats"]) => void;
  /** The panes' review: also return each group's cells (JobOutcome.review). */
  readonly review?: boolean;
  /** Merge only these groups (sheet rows of each, as the review listed them): the panes' "Fusionner". */
  readonly acceptedGroups?: readonly (readonly number[])[];
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
  const found = findDuplicates(table, detected, {
    ...(options.threshold === undefined ? {} : { threshold: options.threshold }),
    ...(options.fields === undefined ? {} : { fields: options.fields }),
    ...(options.rules === undefined ? {} : { rules: options.rules }),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  options.onStats?.(found.stats);
  const result = options.acceptedGroups ? acceptedClusters(table, found, options.acceptedGroups) : found;
  const plan = merge ? mergePlan(table, result, options.lang) : dedupePlan(table, result, options.lang);
  await finishJob(host, plan, options);
  const report = buildReport(plan, inspectTable(table, options.lang, options.roleOverrides, options.dataKinds, detected), table.ownColumns);
  return { plan, report, ...(options.review ? { review: reviewGroups(table, result, options.lang) } : {}) };
}
