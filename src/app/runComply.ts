import type { Host } from "../hosts/host";
import { complyTable } from "../engine/privacy/complyTable";
import { purgedSheet } from "../engine/privacy/purgedSheet";
import type { JobOutcome } from "./jobOutcome";
import { runTableJob, type TableJobOptions } from "./runTableJob";

export interface RunComplyOptions extends TableJobOptions {
  /** The day retention periods are counted to. */
  readonly today: Date;
  /** Also write a new sheet without the expired rows (the taskpane's purge; the CLI writes a new file). */
  readonly purgeSheet?: boolean;
}

/** The Conformité job: read the sheet, check it against GDPR and the CNIL's rules, flag, report (`privacy`). */
export function runComply(host: Host, options: RunComplyOptions): Promise<JobOutcome> {
  return runTableJob(host, options, "comply", (table, columns) => {
    const checked = complyTable(table, columns, { today: options.today, lang: options.lang });
    return options.purgeSheet
      ? { ...checked.plan, addedSheets: [...checked.plan.addedSheets, purgedSheet(table, checked.privacy, options.lang)] }
      : checked.plan;
  });
}
