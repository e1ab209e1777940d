import type { Host } from "../hosts/host";
import type { ColumnRole } from "../engine/table/columnRole";
import type { Plan } from "../engine/plan";
import type { Report } from "../engine/report";
import { buildReport } from "../engine/buildReport";
import { inspectTable } from "../engine/inspect";
import { detectRoles } from "../engine/table/detectRoles";
import { findDuplicates, type DuplicateOptions, type DuplicateResult } from "../engine/duplicates/findDuplicates";
import { dedupePlan } from "../engine/duplicates/dedupePlan";
import { mergePlan } from "../engine/duplicates/mergePlan";
import { readTable, type ReadTableOptions } from "./readTable";

export interface DedupeOptions extends ReadTableOptions, Omit<DuplicateOptions, "onProgress"> {
  readonly roleOverrides?: Readonly<Record<number, ColumnRole>>;
  /** Apply the Plan to the host (false: report only, the sheet is not touched). */
  readonly apply: boolean;
  readonly signal?: AbortSignal;
}

export interface DedupeOutcome {
  readonly report: Report;
  readonly plan: Plan;
  readonly stats: DuplicateResult["stats"];
}

/** The dedupe job: read, find the duplicates, plan the columns and flags, apply if asked. */
export async function runDedupe(host: Host, options: DedupeOptions): Promise<DedupeOutcome> {
  return runDuplicateJob(host, options, false);
}

/** Shared by dedupe and merge: the same finding; merge adds the "Merged customers" sheet. */
export async function runDuplicateJob(host: Host, options: DedupeOptions, merge: boolean): Promise<DedupeOutcome> {
  const table = await readTable(host, options);
  options.signal?.throwIfAborted();
  const detected = detectRoles(table, options.roleOverrides);
  const result = findDuplicates(table, detected, {
    ...(options.threshold === undefined ? {} : { threshold: options.threshold }),
    ...(options.fields === undefined ? {} : { fields: options.fields }),
    ...(options.rules === undefined ? {} : { rules: options.rules }),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  options.signal?.throwIfAborted();
  const plan = merge ? mergePlan(table, result, options.lang) : dedupePlan(table, result, options.lang);
  if (options.apply) {
    await host.apply(plan, {
      lang: options.lang,
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    });
  }
  const report = buildReport(plan, inspectTable(table, options.lang, options.roleOverrides, options.dataKinds), table.ownColumns);
  return { report, plan, stats: result.stats };
}
