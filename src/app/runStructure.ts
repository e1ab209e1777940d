import type { Host } from "../hosts/host";
import type { Table } from "../engine/table/table";
import { combinePlans } from "../engine/plan";
import { STRUCTURE_OPERATIONS } from "../engine/structure/structureOptions";
import { detectRoles } from "../engine/table/detectRoles";
import { findDuplicates } from "../engine/duplicates/findDuplicates";
import { dedupePlan } from "../engine/duplicates/dedupePlan";
import type { StructureOptions } from "../engine/structure/structureOptions";
import { buildReport } from "../engine/buildReport";
import { inspectTable, withDataKinds } from "../engine/inspect";
import { structureTable } from "../engine/structure/structureTable";
import { finishJob, type JobControl, type JobOutcome } from "./jobOutcome";
import { readTable, type ReadTableOptions } from "./readTable";
import { structureProcessors } from "./structureProcessors";

export interface StructureJobOptions extends ReadTableOptions, StructureOptions, JobControl {}

/** The Structure job: read the sheet, detect roles, structure and qualify, then apply. */
export async function runStructure(host: Host, options: StructureJobOptions): Promise<JobOutcome> {
  const table = await readTable(host, options);
  options.signal?.throwIfAborted();
  options.onProgress?.({ phase: "structure", done: 0, total: table.rows.length });
  const result = structurePlan(table, options);
  options.onProgress?.({ phase: "structure", done: table.rows.length, total: table.rows.length });
  await finishJob(host, result.plan, options);
  return result;
}

/**
 * The Structure job's work on a table already read, without waiting on anything: hosts that
 * cannot await (Apps Script's global functions) call it directly between their read and apply.
 */
export function structurePlan(table: Table, options: Omit<StructureJobOptions, keyof JobControl>): JobOutcome {
  const columns = inspectTable(table, options.lang, options.roleOverrides, options.dataKinds);
  const structured = structureTable(table, columns.map((c) => c.role), options, structureProcessors());
  // Duplicates are part of structuring a customer file (issue 4): same table, one Plan, one
  // report. An orders list repeats its customers on purpose: there, rows are not duplicates.
  const isOrderList = columns.some((c) => c.role === "orderId" || c.role === "orderDate");
  const plan = withDataKinds((options.operations ?? STRUCTURE_OPERATIONS).includes("duplicates") && !isOrderList
    ? combinePlans(structured, dedupePlan(table, findDuplicates(table, detectRoles(table, options.roleOverrides)), options.lang))
    : structured, columns);
  return { plan, report: buildReport(plan, columns, table.ownColumns) };
}
