import type { Host } from "../hosts/host";
import { runDuplicateJob, type DedupeOptions, type DedupeOutcome } from "./runDedupe";

/**
 * The explicit merge action: everything dedupe does, plus a new sheet "Clients fusionnés" /
 * "Merged customers" with one row per customer (each cluster as its proposed merged row).
 * The original sheet keeps every row: merging never deletes.
 */
export async function runMerge(host: Host, options: DedupeOptions): Promise<DedupeOutcome> {
  return runDuplicateJob(host, options, true);
}
