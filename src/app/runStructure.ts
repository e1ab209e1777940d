import type { Host } from "../hosts/host";
import type { Table } from "../engine/table/table";
import { combinePlans } from "../engine/plan";
import { STRUCTURE_OPERATIONS } from "../engine/structure/structureOptions";
import { detectRoles } from "../engine/table/detectRoles";
import { findDuplicates } from "../engine/duplicates/findDuplicates";
import { sharingPhoneReadings } from "../engine/contact/sharedPhoneReadings";
import { dedupePlan } from "../engine/duplicates/dedupePlan";
import type { StructureOptions } from "../engine/structure/structureOptions";
import { buildReport } from "../engine/buildReport";
import { inspectTable, withDataKinds } from "../engine/inspect";
import { structureTable } from "../engine/structure/structureTable";
import { finishJob, type JobControl, type JobOutcome } from "./jobOutcome";
import { readTable, type ReadTableOptions } from "./readTable";
import { structureProcessors } from "./structureProcessors";
import { sireneNeedsOf, type SireneIndex, type SireneNeeds } from "../engine/structure/sirene/sireneIndex";
import type { ColumnRole } from "../engine/table/columnRole";
import { columnValues } from "../engine/table/tableColumns";

export interface StructureJobOptions extends ReadTableOptions, StructureOptions, JobControl {
  /** Sirétisation: the establishments of the user's SIRENE extract that the file needs. */
  readonly sirene?: SireneIndex;
  /** Streams the user's SIRENE extract once the table is read, keeping only what it needs (the CLI's --sirene). */
  readonly loadSirene?: (needs: SireneNeeds) => Promise<SireneIndex>;
}

/** The Structure job: read the sheet, detect roles, structure and qualify, then apply. */
export async function runStructure(host: Host, options: StructureJobOptions): Promise<JobOutcome> {
  const table = await readTable(host, options);
  options.signal?.throwIfAborted();
  const sirene = options.loadSirene ? await options.loadSirene(needsOf(table, options)) : options.sirene;
  options.onProgress?.({ phase: "structure", done: 0, total: table.rows.length });
  const result = structurePlan(table, sirene ? { ...options, sirene } : options);
  options.onProgress?.({ phase: "structure", done: table.rows.length, total: table.rows.length });
  await finishJob(host, result.plan, options);
  return result;
}

/**
 * The Structure job's work on a table already read, without waiting on anything: hosts that
 * cannot await (Apps Script's global functions) call it directly between their read and apply.
 */
export function structurePlan(table: Table, options: Omit<StructureJobOptions, keyof JobControl>): JobOutcome {
  // The phone processor and the duplicate finder read the same phone cells: the slow readings once.
  return sharingPhoneReadings(() => structureAndFindDuplicates(table, options));
}

function structureAndFindDuplicates(table: Table, options: Omit<StructureJobOptions, keyof JobControl>): JobOutcome {
  // Detected once for the columns and for duplicates: sniffing reads every column's cells.
  const detected = detectRoles(table, options.roleOverrides);
  const columns = inspectTable(table, options.lang, options.roleOverrides, options.dataKinds, detected);
  const structured = structureTable(
    table,
    columns.map((c) => c.role),
    options,
    structureProcessors(options.sirene),
  );
  // Duplicates are part of structuring a customer file (issue 4): same table, one Plan, one
  // report. An orders list repeats its customers on purpose: there, rows are not duplicates.
  const isOrderList = columns.some((c) => c.role === "orderId" || c.role === "orderDate");
  const plan = withDataKinds(
    (options.operations ?? STRUCTURE_OPERATIONS).includes("duplicates") && !isOrderList
      ? combinePlans(structured, dedupePlan(table, findDuplicates(table, detected), options.lang))
      : structured,
    columns,
  );
  return { plan, report: buildReport(plan, columns, table.ownColumns) };
}

/** The SIRETs, SIRENs and names + postal codes of the table, by its detected (or chosen) roles. */
function needsOf(table: Table, options: Omit<StructureJobOptions, keyof JobControl>): SireneNeeds {
  const roles = inspectTable(table, options.lang, options.roleOverrides, options.dataKinds).map((c) => c.role);
  const valuesOfRole = (role: ColumnRole) => {
    const index = roles.indexOf(role);
    return index < 0 || table.ownColumns?.has(index) ? null : columnValues(table, index);
  };
  return sireneNeedsOf(valuesOfRole);
}
