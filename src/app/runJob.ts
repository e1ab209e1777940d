import type { Host } from "../hosts/host";
import { READ_ONLY_JOBS, type JobKind, type JobOptions, type JobResult } from "./jobProtocol";
import type { JobRunner, RunControl } from "./jobRunner";

/**
 * One job for any host: read the sheet here (Office.js must), compute in the runner (a worker
 * when there is one), then apply here. Inspect and dedupe (the review list) write nothing.
 */
export async function runJob(host: Host, runner: JobRunner, job: JobKind, options: JobOptions, control: RunControl = {}): Promise<JobResult> {
  const sheet = await host.readSheet(undefined, control.onProgress);
  control.signal?.throwIfAborted();
  const result = await runner.run(job, sheet, options, control);
  control.signal?.throwIfAborted();
  if (!READ_ONLY_JOBS.has(job)) {
    await host.apply(result.plan, {
      lang: options.lang,
      ...(control.onProgress ? { onProgress: control.onProgress } : {}),
      ...(control.signal ? { signal: control.signal } : {}),
    });
  }
  return result;
}
