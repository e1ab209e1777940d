import type { Host } from "../hosts/host";
import { OptionError } from "../engine/optionError";
import { trapText } from "../engine/method/trapMessages";
import { READ_ONLY_JOBS, type JobKind, type JobOptions, type JobResult } from "./jobProtocol";
import type { JobRunner, RunControl } from "./jobRunner";

/**
 * One job for any host: read the sheet here (Office.js must), compute in the runner (a worker
 * when there is one), then apply here. Inspect and dedupe (the review list) write nothing.
 */
export async function runJob(host: Host, runner: JobRunner, job: JobKind, options: JobOptions, control: RunControl = {}): Promise<JobResult> {
  const sheet = await host.readSheet(undefined, control.onProgress);
  control.signal?.throwIfAborted();
  const traps = options.traps ? { ...options.traps, ownedSheet: await readOwnedSheet(host, options.traps.sheet, sheet.name) } : undefined;
  const result = await runner.run(job, sheet, traps ? { ...options, traps } : options, control);
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

/** The user's sheet of owned addresses for trap records: another sheet than the customers', one that exists. */
async function readOwnedSheet(host: Host, name: string, customers: string) {
  const sheets = await host.listSheets();
  const found = sheets.find((sheet) => sheet.toLowerCase() === name.trim().toLowerCase());
  if (found === undefined || found === customers) {
    const params = { sheet: name, sheets: sheets.filter((sheet) => sheet !== customers).join(", ") };
    const code = found === undefined ? "noOwnedSheet" : "ownedIsCustomers";
    throw new OptionError(`traps.${code}`, { fr: trapText("fr", code, params), en: trapText("en", code, params) });
  }
  return host.readSheet(found);
}
