import type { Host } from "../hosts/host";
import type { Report } from "../engine/report";
import type { Plan } from "../engine/plan";
import { buildReport } from "../engine/buildReport";
import { inspectTable } from "../engine/inspect";
import { campaignTable } from "../engine/method/campaignTable";
import { readTable, type ReadTableOptions } from "./readTable";

export interface RunCampaignOptions extends ReadTableOptions {
  readonly unitCost?: number;
  /** Apply the Plan to the host (the follow-up sheet). */
  readonly apply: boolean;
  readonly signal?: AbortSignal;
}

/** The campaign follow-up job: read the results table, compute the figures, write the dashboard sheet. */
export async function runCampaign(host: Host, options: RunCampaignOptions): Promise<{ plan: Plan; report: Report }> {
  const table = await readTable(host, options);
  const total = table.rows.length;
  options.onProgress?.({ phase: "campaign", done: 0, total });
  const { plan } = campaignTable(table, { lang: options.lang, ...(options.unitCost === undefined ? {} : { unitCost: options.unitCost }) });
  options.onProgress?.({ phase: "campaign", done: total, total });
  options.signal?.throwIfAborted();
  if (options.apply) {
    await host.apply(plan, {
      lang: options.lang,
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    });
  }
  return { plan, report: buildReport(plan, inspectTable(table, options.lang, {}, options.dataKinds), table.ownColumns) };
}
