import type { Host } from "../hosts/host";
import type { Report } from "../engine/report";
import type { Plan } from "../engine/plan";
import { buildReport } from "../engine/buildReport";
import { inspectTable, withDataKinds } from "../engine/inspect";
import { complyTable } from "../engine/privacy/complyTable";
import { readTable, type ReadTableOptions } from "./readTable";
import type { ColumnRole } from "../engine/table/columnRole";

export interface RunComplyOptions extends ReadTableOptions {
  readonly today: Date;
  readonly roleOverrides?: Readonly<Record<number, ColumnRole>>;
  /** Apply the Plan to the host (flags, notes, the Registre sheet). */
  readonly apply: boolean;
  readonly signal?: AbortSignal;
}

/** The Conformité job: read the sheet, check it against GDPR and the CNIL's rules, flag, report. */
export async function runComply(host: Host, options: RunComplyOptions): Promise<{ plan: Plan; report: Report }> {
  const table = await readTable(host, options);
  const total = table.rows.length;
  const columns = inspectTable(table, options.lang, options.roleOverrides, options.dataKinds);
  options.onProgress?.({ phase: "comply", done: 0, total });
  const plan = withDataKinds(complyTable(table, columns, { today: options.today, lang: options.lang }).plan, columns);
  options.onProgress?.({ phase: "comply", done: total, total });
  options.signal?.throwIfAborted();
  if (options.apply) {
    await host.apply(plan, { lang: options.lang, ...(options.onProgress ? { onProgress: options.onProgress } : {}), ...(options.signal ? { signal: options.signal } : {}) });
  }
  return { plan, report: buildReport(plan, columns) };
}
