import type { Host } from "../hosts/host";
import type { JobOutcome } from "./jobOutcome";
import { runDuplicateJob, type DedupeOptions } from "./runDedupe";

/**
 * The explicit merge action: everything dedupe does, plus a new sheet "Clients fusionnés" /
 * "Merged customers" with one row per customer (each cluster as its proposed merged row).
 * The original sheet keeps every row: merging never deletes.
 */
export async function runMerge(host: Host, options: DedupeOptions): Promise<JobOutcome> {
  return runDuplicateJob(host, options, true);
}
