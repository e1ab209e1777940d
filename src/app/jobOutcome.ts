import type { Host, ProgressListener } from "../hosts/host";
import type { Lang } from "../engine/i18n/lang";
import type { Plan } from "../engine/plan";
import type { Report } from "../engine/report";
import type { DuplicateReview } from "../engine/duplicates/reviewGroups";

/** What every job returns, whoever runs it: the Plan (applied or not) and its report. */
export interface JobOutcome {
  readonly plan: Plan;
  readonly report: Report;
  /** The dedupe job in the panes: the groups to accept or reject, with their cells. */
  readonly review?: DuplicateReview;
}

/** How a caller steers a job that writes: the same three controls for every job. */
export interface JobControl {
  /** Apply the Plan to the host; false computes and reports only (the worker, the CLI's `--report` alone). */
  readonly apply: boolean;
  readonly signal?: AbortSignal;
  /** Sees the Plan before it is applied (the CLI adds native charts from it). */
  readonly onPlan?: (plan: Plan) => void;
}

/** The end of every job: show the Plan, stop if cancelled, then apply it when asked. */
export async function finishJob(host: Host, plan: Plan, options: JobControl & { readonly lang: Lang; readonly onProgress?: ProgressListener }): Promise<void> {
  options.onPlan?.(plan);
  options.signal?.throwIfAborted();
  if (!options.apply) return;
  await host.apply(plan, {
    lang: options.lang,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  });
}
