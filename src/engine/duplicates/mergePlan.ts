import type { Lang } from "../i18n/lang";
import { emptyPlan, type Plan } from "../plan";
import type { CellValue } from "../table/cellValue";
import type { Table } from "../table/table";
import { dedupePlan } from "./dedupePlan";
import { DEDUPE_HEADERS, MERGED_SHEET_NAME } from "./duplicateMessages";
import type { DuplicateResult } from "./findDuplicates";
import { mergedRow } from "./mergedRow";

export const MERGED_SHEET_KEY = "dedupe.merged";

/**
 * The merge action, asked for explicitly: the dedupe Plan (columns, flags, report) plus a NEW
 * sheet "Clients fusionnés" / "Merged customers" holding one row per customer, each cluster
 * as its merged row, with the sheet rows it came from. The original sheet keeps every row.
 */
export function mergePlan(table: Table, result: DuplicateResult, lang: Lang): Plan {
  const plan = table.rows.length === 0 ? emptyPlan("dedupe", table) : dedupePlan(table, result, lang);
  const clusterOf = new Map<number, number>();
  result.clusters.forEach((cluster, k) => cluster.members.forEach((m) => clusterOf.set(m, k)));
  const rows: CellValue[][] = [[...table.headers, DEDUPE_HEADERS[lang].sourceRows]];
  table.rows.forEach((row, index) => {
    const k = clusterOf.get(index);
    if (k === undefined) {
      rows.push([...row.cells, String(row.rowNumber)]);
      return;
    }
    const cluster = result.clusters[k]!;
    if (cluster.survivor !== index) return;
    const sources = cluster.members.map((m) => table.rows[m]!.rowNumber).join(", ");
    rows.push([...mergedRow(cluster, table, result.completeness), sources]);
  });
  return { ...plan, addedSheets: [{ key: MERGED_SHEET_KEY, name: MERGED_SHEET_NAME[lang], rows }] };
}
