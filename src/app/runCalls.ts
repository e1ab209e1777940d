import type { Host } from "../hosts/host";
import { callListTable, DEFAULT_TOP } from "../engine/method/callListTable";
import type { JobOutcome } from "./jobOutcome";
import { runTableJob, type TableJobOptions } from "./runTableJob";
import { structurePlan } from "./runStructure";

export interface RunCallsOptions extends TableJobOptions {
  /** The day staleness is counted to (a customer not heard from for 12 months is stale). */
  readonly today: Date;
  /** How many customers to list, best first (default 50). */
  readonly top?: number;
  /** Months without news after which details must be confirmed (default 12). */
  readonly staleMonths?: number;
}

/**
 * The call-list job (CROC method): read the sheet, find what is wrong or missing on each row
 * (the Structure job's checks, without writing them), rank the customers by value and by what
 * there is to check, and add an "À appeler" sheet; the user's sheet itself is left as it is.
 * The report's `calls` has every listed customer with its Confirm / Rectify / Obtain / Complete items.
 * For the taskpane: `runCalls(host, { lang, today, top, apply: true })` writes the sheet through the host.
 */
export function runCalls(host: Host, options: RunCallsOptions): Promise<JobOutcome> {
  return runTableJob(host, options, "calls", (table, columns) => {
    // Structure's flags only (no duplicates): what the call must rectify or obtain, row by row.
    const checked = structurePlan(table, {
      lang: options.lang,
      operations: ["address", "names", "phones", "emails", "siret", "text"],
      volatileRoles: [],
      ...(options.roleOverrides ? { roleOverrides: options.roleOverrides } : {}),
    });
    return callListTable(table, columns, checked.plan.flags, {
      lang: options.lang,
      today: options.today,
      top: options.top ?? DEFAULT_TOP,
      ...(options.staleMonths === undefined ? {} : { staleMonths: options.staleMonths }),
    }).plan;
  });
}
