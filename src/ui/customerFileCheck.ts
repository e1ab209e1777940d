import type { Report } from "../engine/report";
import type { ColumnRole } from "../engine/table/columnRole";
import { recognisedColumns } from "../engine/table/customerTable";

/**
 * True when at least one column was recognised as something a customer file holds (a name, an
 * e-mail, a date of purchase…), or the user named one. Meeting notes saved as .csv are not: their
 * first sentence becomes a header no role fits, and no job should run on them.
 */
export function looksLikeCustomerFile(report: Pick<Report, "columns">, chosen: Readonly<Record<number, ColumnRole>> = {}): boolean {
  if (Object.values(chosen).some((role) => role !== "other")) return true;
  return recognisedColumns(report.columns) > 0;
}

/** Why no job may run on this table, or null: no customer-like column, or a header with no row under it. */
export type NothingToRun = "notCustomerFile" | "noDataRows";

export function nothingToRun(report: Pick<Report, "columns" | "counts">, chosen: Readonly<Record<number, ColumnRole>> = {}): NothingToRun | null {
  if (!looksLikeCustomerFile(report, chosen)) return "notCustomerFile";
  return report.counts.rows === 0 ? "noDataRows" : null;
}
