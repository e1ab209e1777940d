import type { Host } from "../hosts/host";
import { buildReport } from "../engine/buildReport";
import { inspectTable } from "../engine/inspect";
import { predictTable } from "../engine/predict/predictTable";
import type { PredictOptions } from "../engine/predict/predictOptions";
import { finishJob, type JobControl, type JobOutcome } from "./jobOutcome";
import { readTable, type ReadTableOptions } from "./readTable";

export interface RunPredictOptions extends ReadTableOptions, PredictOptions, JobControl {}

/** The Predict job: read the orders, fit the models, apply the Plan (two sheets) if asked, report. */
export async function runPredict(host: Host, options: RunPredictOptions): Promise<JobOutcome> {
  const table = await readTable(host, options);
  const total = table.rows.length;
  options.onProgress?.({ phase: "detect", done: 0, total });
  const columns = inspectTable(table, options.lang, options.roleOverrides);
  options.onProgress?.({ phase: "score", done: 0, total });
  const { plan } = predictTable(table, columns, options, options.lang);
  options.onProgress?.({ phase: "score", done: total, total });
  await finishJob(host, plan, options);
  return { plan, report: buildReport(plan, columns, table.ownColumns) };
}
