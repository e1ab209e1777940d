import type { JobResult } from "../app/jobProtocol";
import { issueOrder } from "../ui/flagSummary";

/**
 * What the web page is sent of a job the session worker ran (issue 11): the report it shows
 * and the Plan's shape, without the Plan's cells. On 50,000 rows those were 35 columns of
 * 50,000 values, every flag twice and the splits twice (about 45 MB as JSON): the page's
 * thread took seconds, in tasks of up to a second, to read them and collect them again, and
 * never used them. The worker keeps the whole result (applying suggestions happens there).
 *
 * Kept: the report's flags (the issue list shows and filters them, and gets them in its order),
 * its scores (the Score tab's charts), duplicate groups, and the Plan's added sheets (their
 * names; the merged sheet's size). Left out: the Plan's rows, its columns' values, its cell
 * flags and its report extras (the report has them), the rows each column flag covers, the
 * report's address splits and each duplicate's link-by-link weights (no pane draws them).
 */
export function pageResult(result: JobResult): JobResult {
  const { plan, report } = result;
  return {
    ...result,
    plan: {
      ...plan,
      rows: [],
      addedColumns: plan.addedColumns.map(({ key, header, after, numberFormat }) => ({
        key,
        header,
        after,
        values: [],
        ...(numberFormat !== undefined ? { numberFormat } : {}),
      })),
      flags: [],
      ...(plan.columnFlags ? { columnFlags: plan.columnFlags.map(({ column, kind, message }) => ({ column, kind, message })) } : {}),
      extras: {},
    },
    report: {
      ...report,
      // In the issue list's order: the page's sort then finds them sorted (a 23,000-flag sort was part of a 0.4 s task).
      flags: [...report.flags].sort(issueOrder),
      splits: [],
      duplicates: report.duplicates.map(({ rows, survivor, score, matchedOn }) => ({ rows, survivor, score, matchedOn })),
    },
  };
}
