import type { Host } from "../hosts/host";
import type { Report } from "../engine/report";
import { buildReport } from "../engine/buildReport";
import type { Plan } from "../engine/plan";
import { inspectTable } from "../engine/inspect";
import { predictTable } from "../engine/predict/predictTable";
import type { PredictOptions } from "../engine/predict/predictOptions";
import { readTable, type ReadTableOptions } from "./readTable";

export interface RunPredictOptions extends ReadTableOptions, PredictOptions {
  readonly signal?: AbortSignal;
  /** false: compute and report only, write nothing (the CLI's `--report` without `-o`). */
  readonly write?: boolean;
  /** Sees the Plan before it is applied (the CLI adds the plan sheet's native charts from it). */
  readonly onPlan?: (plan: Plan) => void;
}

/** The Predict job: read the orders, fit the models, apply the Plan (two sheets), report. */
export async function runPredict(host: Host, options: RunPredictOptions): Promise<Report> {
  const table = await readTable(host, options);
  const total = table.rows.length;
  options.onProgress?.({ phase: "detect", done: 0, total });
  const columns = inspectTable(table, options.lang, options.roleOverrides);
  options.onProgress?.({ phase: "score", done: 0, total });
  const { plan } = predictTable(table, columns, options, options.lang);
  options.onProgress?.({ phase: "score", done: total, total });
  options.onPlan?.(plan);
  options.signal?.throwIfAborted();
  if (options.write !== false) await host.apply(plan, { lang: options.lang, ...(options.onProgress ? { onProgress: options.onProgress } : {}), ...(options.signal ? { signal: options.signal } : {}) });
  return buildReport(plan, columns, table.ownColumns);
}
